/**
 * JSV codec benchmarks on a ~1 KB order DTO: stringify against JSON.stringify and against
 * @servicestack/client's JSV.stringify, parse against JSON.parse — the same object each time.
 */
import { JSV as ClientJsv } from '@servicestack/client';
import { Dto, Member } from '../../src/framework/dto/decorators.js';
import { defineEnum } from '../../src/framework/dto/enum-meta.js';
import { jsvFormat, jsvOptions } from '../../src/framework/formats/jsv/index.js';
import { DateTime } from '../../src/framework/types/date-time.js';
import { Decimal } from '../../src/framework/types/decimal.js';
import { Dict, List, resolveTypeSpec } from '../../src/framework/types/type-ref.js';
import type { BenchCase } from './bench-case.js';

enum OrderStatus { Pending, Paid, Shipped, Cancelled }
defineEnum(OrderStatus, { name: 'OrderStatus', namespace: 'Bench.ServiceModel' });

@Dto({ namespace: 'Bench.ServiceModel' })
class Address {
  @Member('string') Street?: string;
  @Member('string') City?: string;
  @Member('string') PostCode?: string;
  @Member('string') Country?: string;
}

@Dto({ namespace: 'Bench.ServiceModel' })
class OrderLine {
  @Member('string') Sku?: string;
  @Member('string') Description?: string;
  @Member('int') Quantity?: number;
  /** Money is decimal in .NET contracts; the discount rate is a double. */
  @Member('decimal') UnitPrice?: Decimal;
  @Member('double?') Discount?: number | null;
}

@Dto({ namespace: 'Bench.ServiceModel' })
export class BenchOrder {
  @Member('int') Id?: number;
  @Member('string') OrderNumber?: string;
  @Member('Guid') CustomerId?: string;
  @Member('string') CustomerName?: string;
  @Member('string') Email?: string;
  @Member('DateTime') CreatedDate?: Date;
  @Member('decimal') Total?: Decimal;
  @Member('string') Currency?: string;
  @Member('bool') IsPaid?: boolean;
  @Member(OrderStatus) Status?: OrderStatus;
  @Member('string') Notes?: string;
  @Member('List<string>') Tags?: string[];
  @Member(List(() => OrderLine)) Lines?: OrderLine[];
  @Member(Dict('string', 'string')) Meta?: Record<string, string>;
  @Member(() => Address) Shipping?: Address;
}

const line = (i: number): OrderLine => Object.assign(new OrderLine(), {
  Sku: `SKU-${1000 + i}`, Description: `Widget model ${i}, blue`, Quantity: i + 1, UnitPrice: new Decimal(`${19 + i}.99`), Discount: i % 2 ? 0.15 : null,
});

export function sampleOrder(): BenchOrder {
  return Object.assign(new BenchOrder(), {
    Id: 123456, OrderNumber: 'ORD-2024-000123', CustomerId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    CustomerName: 'Jane Q. Public', Email: 'jane.public@example.com', CreatedDate: DateTime.utc(2024, 3, 5, 13, 45, 7, 250),
    Total: new Decimal('1234.50'), Currency: 'EUR', IsPaid: true, Status: OrderStatus.Paid,
    Notes: 'Leave at the door: ring twice, then wait. Fragile items inside!',
    Tags: ['priority', 'gift', 'express', 'eu-warehouse'],
    Lines: [0, 1, 2, 3, 4, 5].map(line),
    Meta: Object.assign(Object.create(null) as Record<string, string>, { channel: 'web', campaign: 'spring-sale', ref: 'newsletter' }),
    Shipping: Object.assign(new Address(), { Street: '221B Baker Street', City: 'London', PostCode: 'NW1 6XE', Country: 'United Kingdom' }),
  });
}

const type = resolveTypeSpec(BenchOrder);
const options = jsvOptions({ timeZone: 'UTC' });
const order = sampleOrder();
const jsonText = JSON.stringify(order);
// The client's writer sniffs constructors by their source text (a class mentioning "Number" or
// "Date" is mistaken for one), so it gets the plain-object form it is written for.
const plainOrder = JSON.parse(jsonText) as unknown;
const jsvText = jsvFormat.write(order, type, options);

export const cases: BenchCase[] = [
  {
    name: `JSV stringify (${jsvText.length} B DTO)`,
    baseline: { name: 'JSON.stringify', fn: () => JSON.stringify(order) },
    subject: { name: 'jsvFormat.write', fn: () => jsvFormat.write(order, type, options) },
    target: { atLeast: 0.8 },
  },
  {
    name: `JSV parse (${jsvText.length} B DTO)`,
    baseline: { name: 'JSON.parse', fn: () => JSON.parse(jsonText) },
    subject: { name: 'jsvFormat.read', fn: () => jsvFormat.read(jsvText, type, options) },
    target: { atLeast: 0.5 },
  },
  {
    name: `JSV stringify vs @servicestack/client (${jsvText.length} B DTO)`,
    baseline: { name: '@servicestack/client JSV.stringify', fn: () => ClientJsv.stringify(plainOrder) },
    subject: { name: 'jsvFormat.write', fn: () => jsvFormat.write(order, type, options) },
    target: { atLeast: 4 },
  },
];
