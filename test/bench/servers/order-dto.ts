/**
 * The ~1 KB response DTO of the HTTP bench rows (issue 21): a Guid, strings, a DateTime, a list of
 * eight nested items and a list of strings — as a Stackport DTO for the Stackport servers and as
 * the same plain object for the baselines. Both are built per request, as a handler would.
 */
import { Dto, Handles, List, Member, Returns, Route } from '../../../src/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';

@Dto({ namespace: 'Bench' })
export class BenchOrderLine {
  @Member('int') LineNo?: number;
  @Member() Sku?: string;
  @Member() Description?: string;
  @Member('int') Quantity?: number;
  @Member('double') UnitPrice?: number;
}

@Dto({ namespace: 'Bench' })
export class BenchOrderResponse {
  @Member('Guid') Id?: string;
  @Member() CustomerName?: string;
  @Member() Email?: string;
  @Member() Phone?: string;
  @Member('DateTime') CreatedAt?: DateTime;
  @Member(List(BenchOrderLine)) Lines?: BenchOrderLine[];
  @Member('List<string>') Tags?: string[];
}

@Dto({ namespace: 'Bench' })
@Route('/order/{Id}', 'GET')
@Returns(() => BenchOrderResponse)
export class BenchOrder {
  @Member() Id?: string;
}

const CREATED = Date.UTC(2024, 2, 27, 10, 5, 48, 581);
const ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const LINES = [1, 2, 3, 4, 5, 6, 7, 8];

export class BenchOrderService {
  @Handles(BenchOrder) get(_req: BenchOrder): BenchOrderResponse {
    return Object.assign(new BenchOrderResponse(), {
      Id: ID, CustomerName: 'Ada Lovelace', Email: 'ada@example.com', Phone: '+905321234567',
      CreatedAt: new DateTime(CREATED, 'Utc'),
      Lines: LINES.map((i) => Object.assign(new BenchOrderLine(), { LineNo: i, Sku: `SKU-${1000 + i}`, Description: `Widget number ${i}, blue`, Quantity: i * 2, UnitPrice: i + 0.9 })),
      Tags: ['priority', 'fragile', 'b2b'],
    });
  }
}

export interface PlainOrder {
  Id: string; CustomerName: string; Email: string; Phone: string; CreatedAt: string;
  Lines: { LineNo: number; Sku: string; Description: string; Quantity: number; UnitPrice: number }[];
  Tags: string[];
}

/** The same data as a plain object (the date as ISO text) for the baselines. */
export function plainOrder(): PlainOrder {
  return {
    Id: ID, CustomerName: 'Ada Lovelace', Email: 'ada@example.com', Phone: '+905321234567',
    CreatedAt: new Date(CREATED).toISOString(),
    Lines: LINES.map((i) => ({ LineNo: i, Sku: `SKU-${1000 + i}`, Description: `Widget number ${i}, blue`, Quantity: i * 2, UnitPrice: i + 0.9 })),
    Tags: ['priority', 'fragile', 'b2b'],
  };
}

/** Fastify's response schema for the plain object: what fast-json-stringify compiles. */
export const plainOrderSchema = {
  type: 'object',
  properties: {
    Id: { type: 'string' }, CustomerName: { type: 'string' }, Email: { type: 'string' }, Phone: { type: 'string' }, CreatedAt: { type: 'string' },
    Lines: { type: 'array', items: { type: 'object', properties: { LineNo: { type: 'integer' }, Sku: { type: 'string' }, Description: { type: 'string' }, Quantity: { type: 'integer' }, UnitPrice: { type: 'number' } } } },
    Tags: { type: 'array', items: { type: 'string' } },
  },
} as const;
