/**
 * JSON codec rows: each dialect's writer and reader on a ~1 KB order DTO against JSON.stringify /
 * JSON.parse of the same object and text. The writers must stay within 2× JSON.stringify's time
 * (the HTTP pipeline's 0.9× Express budget depends on it).
 */
import 'reflect-metadata';
import { Dto, Member } from '../../src/framework/dto/decorators.js';
import { defineEnum } from '../../src/framework/dto/enum-meta.js';
import { codecOptions } from '../../src/framework/formats/codec-options.js';
import { jsonFormat } from '../../src/framework/formats/json/json-format.js';
import { DateTime } from '../../src/framework/types/date-time.js';
import { Decimal } from '../../src/framework/types/decimal.js';
import { List, resolveTypeSpec } from '../../src/framework/types/type-ref.js';
import type { BenchCase } from './bench-case.js';

enum OrderStatus { Pending, Paid, Shipped }
defineEnum(OrderStatus, { name: 'OrderStatus', namespace: 'Bench' });

@Dto({ namespace: 'Bench' })
class Address {
  @Member() Street?: string;
  @Member() City?: string;
  @Member() PostalCode?: string;
  @Member() Country?: string;
}

@Dto({ namespace: 'Bench' })
class OrderLine {
  @Member('int') LineNo?: number;
  @Member() Sku?: string;
  @Member() Description?: string;
  @Member('int') Quantity?: number;
  @Member('decimal') UnitPrice?: Decimal;
}

@Dto({ namespace: 'Bench' })
export class Order {
  @Member('long') Id?: number;
  @Member('Guid') CustomerId?: string;
  @Member() CustomerName?: string;
  @Member() Email?: string;
  @Member() Phone?: string;
  @Member(OrderStatus) Status?: OrderStatus;
  @Member('DateTime') CreatedAt?: DateTime;
  @Member('decimal') Total?: Decimal;
  @Member('double') Weight?: number;
  @Member() Gift?: boolean;
  @Member(Address) ShipTo?: Address;
  @Member(List(OrderLine)) Lines?: OrderLine[];
  @Member('List<string>') Tags?: string[];
}

const line = (i: number): OrderLine => Object.assign(new OrderLine(), {
  LineNo: i, Sku: `SKU-${1000 + i}`, Description: `Widget number ${i}, blue`, Quantity: i * 2, UnitPrice: new Decimal(`${i}9.90`),
});

export const order: Order = Object.assign(new Order(), {
  Id: 1234567, CustomerId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', CustomerName: 'Ada Lovelace', Email: 'ada@example.com',
  Phone: '+905321234567', Status: OrderStatus.Paid, CreatedAt: new DateTime(Date.UTC(2024, 2, 27, 10, 5, 48, 581), 'Utc'),
  Total: new Decimal('1234.50'), Weight: 12.75, Gift: false,
  ShipTo: Object.assign(new Address(), { Street: '12 Analytical Engine Rd', City: 'London', PostalCode: 'NW1 2DB', Country: 'GB' }),
  Lines: [1, 2, 3, 4, 5].map(line), Tags: ['priority', 'fragile', 'b2b'],
});

const type = resolveTypeSpec(Order);
const ss = codecOptions({ dialect: 'servicestack' });
const net = codecOptions({ dialect: 'aspnet' });
const gw = codecOptions({ dialect: 'gateway' });
const ssText = jsonFormat.write(order, type, ss);
const netText = jsonFormat.write(order, type, net);
const gwText = jsonFormat.write(order, type, gw);
const plain = JSON.parse(ssText) as unknown;

const stringify = { name: 'JSON.stringify', fn: () => JSON.stringify(plain) };
const parse = (text: string) => ({ name: 'JSON.parse', fn: () => JSON.parse(text) });

export const cases: BenchCase[] = [
  { name: `JSON stringify, ServiceStack (${ssText.length} B DTO)`, baseline: stringify, subject: { name: 'jsonFormat.write', fn: () => jsonFormat.write(order, type, ss) }, target: { atMostTime: 2 } },
  { name: `JSON stringify, Json.NET (${netText.length} B DTO)`, baseline: stringify, subject: { name: 'jsonFormat.write', fn: () => jsonFormat.write(order, type, net) }, target: { atMostTime: 2 } },
  { name: `JSON stringify, protojson (${gwText.length} B DTO)`, baseline: stringify, subject: { name: 'jsonFormat.write', fn: () => jsonFormat.write(order, type, gw) }, target: { atMostTime: 2 } },
  { name: 'JSON parse to typed DTO, ServiceStack', baseline: parse(ssText), subject: { name: 'jsonFormat.read', fn: () => jsonFormat.read(ssText, type, ss) }, target: { atMostTime: 3 } },
  { name: 'JSON parse to typed DTO, Json.NET', baseline: parse(netText), subject: { name: 'jsonFormat.read', fn: () => jsonFormat.read(netText, type, net) }, target: { atMostTime: 3 } },
  { name: 'JSON parse to typed DTO, protojson', baseline: parse(gwText), subject: { name: 'jsonFormat.read', fn: () => jsonFormat.read(gwText, type, gw) }, target: { atMostTime: 3 } },
];
