/**
 * README's "Validation": the example, verbatim, over HTTP; and every row of the errorCode table,
 * read from README.md itself, checked against a DTO that breaks exactly that constraint.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  ArrayMaxSize, ArrayNotEmpty, IsDefined, IsEmail, IsEnum, IsIn, IsInt, IsNotEmpty, IsPositive, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min, MinLength,
} from 'class-validator';
import { createHost, defineEnum, Dto, Handles, List, Member, Returns, Route } from '../../src/index.js';
import { http } from '../support/http.js';

@Dto() export class CustomerResponse { @Member() Name?: string; }

// README example begins
@Dto() @Route('/customers', 'POST') @Returns(() => CustomerResponse)
export class CreateCustomer {
  @Member() @IsNotEmpty() @Length(2, 40) Name?: string;
  @Member() @IsEmail() Email?: string;
  @Member('int') @Min(18) Age?: number;
}
// README example ends

enum Tier { Basic, Gold }
defineEnum(Tier, { name: 'Tier' });

/** One member per constraint the table names; the request below breaks each of them alone. */
@Dto() @Route('/rules', 'POST')
export class EveryRule {
  @Member() @IsNotEmpty() NotEmpty?: string;
  @Member(List('string')) @ArrayNotEmpty() ArrayNotEmpty?: string[];
  @Member() @IsDefined() Defined?: string;
  @Member() @MaxLength(2) MaxLength?: string;
  @Member(List('int')) @ArrayMaxSize(1) ArrayMaxSize?: number[];
  @Member() @MinLength(5) MinLength?: string;
  @Member() @Length(5, 6) Length?: string;
  @Member() @IsEmail() Email?: string;
  @Member() @Matches(/^x+$/) Matches?: string;
  @Member('int') @Min(10) Min?: number;
  @Member('int') @Max(1) Max?: number;
  @Member('int') @IsPositive() Positive?: number;
  @Member() @IsIn(['a', 'b']) In?: string;
  @Member('int') @IsEnum(Tier) Enum?: number;
  @Member() @IsUUID() Uuid?: string;
  @Member('double') @IsInt() Int?: number;
  @Member() @IsUrl() Url?: string;
}

const BROKEN: Record<string, unknown> = {
  NotEmpty: '', ArrayNotEmpty: [], MaxLength: 'abc', ArrayMaxSize: [1, 2], MinLength: 'ab', Length: 'ab', Email: 'no-at-sign',
  Matches: 'y', Min: 3, Max: 5, Positive: -1, In: 'c', Enum: 7, Uuid: 'not-a-uuid', Int: 1.5, Url: 'not a url',
};
// `Defined` is broken by leaving it out.

/** README's table: the decorator names in the first column → the errorCode in the second. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Validation'));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const m = /^\| (`@\w+\(\)`(?:, `@\w+\(\)`)*) \| `(\w+)` \|$/.exec(line);
    if (!m) continue;
    for (const d of m[1].matchAll(/`@(\w+)\(\)`/g)) rows.set(d[1], m[2]);
  }
  return rows;
}

class RulesService {
  @Handles(CreateCustomer) post(r: CreateCustomer) { return Object.assign(new CustomerResponse(), { Name: r.Name }); }
  @Handles(EveryRule) any() { return null; }
}
const host = createHost().register(new RulesService());

describe("README's Validation section", () => {
  it('the example answers 400 with the first failure and one error per failure', async () => {
    const res = await http(host).post('/customers').send({ Age: 3 });
    assert.equal(res.status, 400, res.text);
    const status = res.body.responseStatus;
    assert.equal(status.errorCode, 'Length', res.text);
    assert.equal(status.message, 'Name must be longer than or equal to 2 characters');
    assert.deepEqual(status.errors[0], { errorCode: 'Length', fieldName: 'Name', message: 'Name must be longer than or equal to 2 characters', meta: { PropertyName: 'Name' } });
    const codes = (status.errors as { fieldName: string; errorCode: string }[]).map((e) => `${e.fieldName}:${e.errorCode}`);
    assert.deepEqual(codes.sort(), ['Age:GreaterThanOrEqual', 'Email:Email', 'Name:Length', 'Name:NotEmpty'], codes.join(', '));
  });

  it('a valid request reaches the service', async () => {
    const res = await http(host).post('/customers').send({ Name: 'Ann', Email: 'ann@example.com', Age: 30 });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body, { name: 'Ann' });
  });

  it('every row of the errorCode table is the errorCode the server answers', async () => {
    const table = readmeTable();
    assert.ok(table.size >= 16, `README's table has ${table.size} decorators`);
    const res = await http(host).post('/rules').send(BROKEN);
    assert.equal(res.status, 400, res.text);
    const byField = new Map((res.body.responseStatus.errors as { fieldName: string; errorCode: string }[]).map((e) => [e.fieldName, e.errorCode]));
    const member: Record<string, string> = {
      IsNotEmpty: 'NotEmpty', ArrayNotEmpty: 'ArrayNotEmpty', IsDefined: 'Defined', MaxLength: 'MaxLength', ArrayMaxSize: 'ArrayMaxSize',
      MinLength: 'MinLength', Length: 'Length', IsEmail: 'Email', Matches: 'Matches', Min: 'Min', Max: 'Max', IsPositive: 'Positive',
      IsIn: 'In', IsEnum: 'Enum', IsUUID: 'Uuid', IsInt: 'Int',
    };
    for (const [decorator, errorCode] of table) {
      const field = member[decorator];
      assert.ok(field, `README lists @${decorator}(), which this test does not exercise`);
      assert.equal(byField.get(field), errorCode, `@${decorator}() on ${field}: the server answered ${byField.get(field)}, README says ${errorCode}`);
    }
    // The last row: any other constraint is its own name, capitalised.
    assert.equal(byField.get('Url'), 'IsUrl');
  });
});
