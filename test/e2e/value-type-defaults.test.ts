/**
 * Bound request DTOs hold .NET's default(T) for non-nullable value-type members the request did
 * not set, in JSON, XML, JSV bodies and the query string, nested DTOs included; nullable types,
 * strings, DTOs and collections stay unset. A response DTO a service builds is left as it is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHost, defineEnum, Dto, Handles, List, Member, Nullable, Returns, Route } from '../../src/index.js';
import { http } from '../support/http.js';

enum Level { None = 0, Low = 1, High = 2 }
defineEnum(Level, { name: 'Level', namespace: 'Defaults.ServiceModel' });
enum Shade { Light = 'Light', Dark = 'Dark' }
defineEnum(Shade, { name: 'Shade', namespace: 'Defaults.ServiceModel' });

@Dto({ namespace: 'Defaults.ServiceModel' })
class Line { @Member('int') Quantity?: number; @Member() Sku?: string; }

@Dto({ namespace: 'Defaults.ServiceModel' })
class ProbeResponse { @Member() Seen?: string; @Member('int') Count?: number; @Member('int?') Maybe?: number; }

@Dto({ namespace: 'Defaults.ServiceModel' }) @Route('/probe', 'GET POST') @Returns(() => ProbeResponse)
class Probe {
  @Member('int') Int?: number;
  @Member('long') Long?: number;
  @Member('double') Double?: number;
  @Member('decimal') Decimal?: unknown;
  @Member('bool') Bool?: boolean;
  @Member('Guid') Guid?: string;
  @Member('DateTime') DateTime?: Date;
  @Member('TimeSpan') TimeSpan?: unknown;
  @Member(Level) Level?: Level;
  @Member(Shade) Shade?: Shade;
  @Member('int?') NullableInt?: number;
  @Member(Nullable(Level)) NullableLevel?: Level;
  @Member() Text?: string;
  @Member(() => Line) First?: Line;
  @Member(List(Line)) Lines?: Line[];
}

/** Each member as the service sees it: its JavaScript type and value. */
function describeValue(v: unknown): string {
  if (v === undefined || v === null) return String(v);
  if (v instanceof Date) return `${v.constructor.name}(${v.toISOString()})`;
  if (typeof v === 'object' && !Array.isArray(v)) return `${v.constructor.name}(${String(v) === '[object Object]' ? JSON.stringify(v) : String(v)})`;
  return `${typeof v}(${JSON.stringify(v)})`;
}

const built: ProbeResponse[] = [];
class ProbeService {
  @Handles(Probe) any(r: Probe): ProbeResponse {
    const seen = ['Int', 'Long', 'Double', 'Decimal', 'Bool', 'Guid', 'DateTime', 'TimeSpan', 'Level', 'Shade', 'NullableInt', 'NullableLevel', 'Text', 'First', 'Lines']
      .map((k) => `${k}=${describeValue(r[k as keyof Probe])}`).join(' ');
    const lines = (r.Lines ?? []).map((l) => `${describeValue(l.Quantity)}/${describeValue(l.Sku)}`).join(',');
    const res = Object.assign(new ProbeResponse(), { Seen: `${seen}${r.First ? ` First.Quantity=${describeValue(r.First.Quantity)}` : ''}${lines ? ` Lines=${lines}` : ''}` });
    built.push(res);
    return res;
  }
}

const api = http(createHost().register(new ProbeService()));
const DEFAULTS = 'Int=number(0) Long=number(0) Double=number(0) Decimal=Decimal(0) Bool=boolean(false) Guid=string("00000000-0000-0000-0000-000000000000")'
  + ' DateTime=DateTime(0001-01-01T00:00:00.000Z) TimeSpan=TimeSpan(00:00:00) Level=number(0) Shade=string("Light")'
  + ' NullableInt=undefined NullableLevel=undefined Text=undefined First=undefined Lines=undefined';
const NS = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Defaults.ServiceModel"';

describe('unset value-type members of a bound request hold their .NET default', () => {
  const cases: [string, () => Promise<{ body: { seen?: string }; text: string }>][] = [
    ['query string', () => api.get('/probe')],
    ['JSON body', () => api.post('/probe').send({})],
    ['XML body', () => api.post('/probe').set('Content-Type', 'application/xml').set('Accept', 'application/json').send(`<Probe ${NS} />`)],
    ['JSV body', () => api.post('/probe').set('Content-Type', 'text/jsv').set('Accept', 'application/json').send('{}')],
    ['predefined route, JSON', () => api.post('/json/reply/Probe').send({})],
  ];
  for (const [name, send] of cases) {
    it(name, async () => {
      const res = await send();
      assert.equal(res.body.seen, DEFAULTS, res.text);
    });
  }
  it('an explicit JSON null for a non-nullable int reads as 0, as ServiceStack.Text leaves it', async () => {
    const res = await api.post('/probe').send({ int: null, nullableInt: null });
    assert.match(res.body.seen!, /Int=number\(0\) .* NullableInt=null /);
  });
  it('sent values are kept', async () => {
    const res = await api.get('/probe?Int=5&Bool=true&Level=High&Shade=Dark&NullableInt=3');
    assert.match(res.body.seen!, /^Int=number\(5\) Long=number\(0\) .* Bool=boolean\(true\) .* Level=number\(2\) Shade=string\("Dark"\) NullableInt=number\(3\) /);
  });
  it('nested DTOs, alone and in lists, are filled too (JSON, XML, query string)', async () => {
    const json = await api.post('/probe').send({ first: { sku: 'a' }, lines: [{ sku: 'b' }, { quantity: 2 }] });
    assert.match(json.body.seen!, / First.Quantity=number\(0\) Lines=number\(0\)\/string\("b"\),number\(2\)\/undefined$/);
    const xml = await api.post('/probe').set('Content-Type', 'application/xml').set('Accept', 'application/json')
      .send(`<Probe ${NS}><First><Sku>a</Sku></First></Probe>`);
    assert.match(xml.body.seen!, / First.Quantity=number\(0\)$/);
    const query = await api.get('/probe?First={Sku:a}&Lines=[{Sku:b}]');
    assert.match(query.body.seen!, / First.Quantity=number\(0\) Lines=number\(0\)\/string\("b"\)$/);
  });
  it('every element of an auto-batch', async () => {
    const res = await api.post('/json/reply/Probe[]').send([{}, { int: 4 }]);
    assert.equal(res.body[0].seen, DEFAULTS);
    assert.match(res.body[1].seen, /^Int=number\(4\) Long=number\(0\)/);
  });
  it('the response DTO the service built is not filled: the writers decide what unset members look like', async () => {
    built.length = 0;
    const res = await api.get('/probe');
    assert.equal(built.length, 1);
    assert.deepEqual([built[0]!.Count, built[0]!.Maybe], [undefined, undefined]);
    assert.match(res.text, /"count":0\}$/);
  });
});
