/**
 * DTOs written for a NestJS app — class-validator and class-transformer decorators, no `@Member` —
 * hosted with only `@Dto()`/`@Route` added (library issue 17 item 11): `@Type(() => Item)` gives a
 * member's nested or element type, `@Expose({ name })` its wire name, `@Exclude()` keeps it off the
 * wire both ways, `@Member` wins where both speak, and `instanceToPlain`/`plainToInstance`
 * round-trip the bound DTO. Called in JSON, XML and JSV.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Exclude, Expose, instanceToPlain, plainToInstance, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { createHost, Dto, Handles, Member, Returns, Route } from '../../src/index.js';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { http, text } from '../support/http.js';

const NS = 'Nest.ServiceModel';

@Dto({ namespace: NS })
class LineItemDto {
  @IsString() sku!: string;
  @IsInt() @Min(1) quantity!: number;
}

@Dto({ namespace: NS }) @Route('/orders', 'POST') @Returns(() => CreateOrderDto)
class CreateOrderDto {
  @IsString() @Expose({ name: 'customer_name' }) customerName!: string;
  @ValidateNested({ each: true }) @Type(() => LineItemDto) items!: LineItemDto[];
  @IsOptional() @ValidateNested() @Type(() => LineItemDto) gift?: LineItemDto;
  @IsOptional() @IsBoolean() express?: boolean;
  @Exclude() @IsOptional() @IsString() internalNote?: string;
  // Both speak: @Member's [DataMember] name wins over @Expose's (which class-transformer still uses).
  @Member('long', { dataMember: { name: 'OrderRef' } }) @Expose({ name: 'order_ref' }) orderRef?: bigint;
}

const seen: CreateOrderDto[] = [];
class OrdersService {
  @Handles(CreateOrderDto) post(req: CreateOrderDto): CreateOrderDto {
    seen.push(req);
    return Object.assign(plainToInstance(CreateOrderDto, instanceToPlain(req)), { internalNote: 'never on the wire' });
  }
}

const api = http(addMetadataPages(createHost().register(new OrdersService())));

const REQUESTS = {
  json: ['application/json', '{"customer_name":"Ann","items":[{"sku":"A1","quantity":2}],"gift":{"sku":"G","quantity":1},"express":true,"internalNote":"sent","OrderRef":9007199254740993}'],
  jsv: ['application/jsv', '{customer_name:Ann,items:[{sku:A1,quantity:2}],gift:{sku:G,quantity:1},express:true,internalNote:sent,OrderRef:42}'],
  xml: ['application/xml', `<CreateOrderDto xmlns="http://schemas.datacontract.org/2004/07/${NS}"><customerName>Ann</customerName><express>true</express><gift><quantity>1</quantity><sku>G</sku></gift><internalNote>sent</internalNote><items><LineItemDto><quantity>2</quantity><sku>A1</sku></LineItemDto></items><orderRef>42</orderRef></CreateOrderDto>`],
} as const;

const post = (format: keyof typeof REQUESTS) =>
  api.post('/orders').set('Content-Type', REQUESTS[format][0]).set('Accept', REQUESTS[format][0]).send(REQUESTS[format][1]);

describe('Nest-style DTOs (class-validator + class-transformer)', () => {
  it('JSON: @Expose names, @Type nested and element types, @Exclude off the wire both ways, @Member wins', async () => {
    const res = await post('json');
    assert.equal(res.status, 200, text(res));
    // Declaration order, whichever decorators declare each member.
    assert.equal(text(res), '{"customer_name":"Ann","items":[{"sku":"A1","quantity":2}],"gift":{"sku":"G","quantity":1},"express":true,"OrderRef":9007199254740993}');
    const req = seen.at(-1)!;
    assert.equal(req.internalNote, undefined, 'an @Exclude() member is not bound');
    assert.ok(req.items[0] instanceof LineItemDto && req.gift instanceof LineItemDto, 'nested members are bound as their @Type classes');
  });

  it('JSV: the same names and types', async () => {
    const res = await post('jsv');
    assert.equal(res.status, 200, text(res));
    assert.equal(text(res), '{customer_name:Ann,items:[{sku:A1,quantity:2}],gift:{sku:G,quantity:1},express:True,OrderRef:42}');
    assert.equal(seen.at(-1)!.internalNote, undefined);
  });

  it('XML: the same members under their property names (@Expose renames as [DataMember] does: inside a [DataContract] only)', async () => {
    const res = await post('xml');
    assert.equal(res.status, 200, text(res));
    assert.equal(text(res), `<?xml version="1.0" encoding="utf-8"?><CreateOrderDto xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/${NS}"><customerName>Ann</customerName><express>true</express><gift><quantity>1</quantity><sku>G</sku></gift><items><LineItemDto><quantity>2</quantity><sku>A1</sku></LineItemDto></items><orderRef>42</orderRef></CreateOrderDto>`);
    assert.equal(seen.at(-1)!.internalNote, undefined);
  });

  it('instanceToPlain / plainToInstance round-trip the bound DTO', async () => {
    await post('json');
    const bound = seen.at(-1)!;
    const plain = instanceToPlain(bound);
    assert.deepEqual(plain, { customer_name: 'Ann', items: [{ sku: 'A1', quantity: 2 }], gift: { sku: 'G', quantity: 1 }, express: true, order_ref: bound.orderRef });
    const back = plainToInstance(CreateOrderDto, plain);
    assert.ok(back instanceof CreateOrderDto && back.items[0] instanceof LineItemDto);
    assert.deepEqual(back, bound);
  });

  it('class-validator rules still judge the request: a nested rule fails with 400', async () => {
    const res = await api.post('/orders').set('Content-Type', 'application/json').send('{"customer_name":"Ann","items":[{"sku":"A1","quantity":0}]}');
    assert.equal(res.status, 400, text(res));
    assert.equal(res.body.responseStatus.errorCode, 'GreaterThanOrEqual', text(res));
  });

  it('the metadata shows the members with their .NET types and wire names', async () => {
    const res = await api.get('/types/csharp');
    assert.equal(res.status, 200, text(res));
    for (const line of ['public virtual string customerName', 'public virtual List<LineItemDto> items', 'public virtual LineItemDto gift', 'public virtual long orderRef']) {
      assert.ok(text(res).includes(line), `${line} missing from /types/csharp`);
    }
    assert.ok(!text(res).includes('internalNote'), 'an @Exclude() member is not in the contract');
  });
});
