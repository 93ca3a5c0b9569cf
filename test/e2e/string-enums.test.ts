/**
 * String-valued TypeScript enums (`Red = 'Red'`, as @servicestack/client's DTOs declare them):
 * the service sees member names, the wire carries what ServiceStack writes for the .NET enum
 * (its names; numbers are read too), in JSON, XML and JSV both ways, and in query strings.
 * Mixed or odd enums are refused when they are defined.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHost, defineEnum, Dto, Handles, List, Member, Nullable, Returns, Route } from '../../src/index.js';
import { http } from '../support/http.js';

enum Color { Red = 'Red', Green = 'Green', Blue = 'Blue' }
defineEnum(Color, { name: 'Color', namespace: 'Paint.ServiceModel' });

@Dto({ namespace: 'Paint.ServiceModel' })
class PaintResponse {
  @Member(Color) Color?: Color;
  @Member(List(Color)) Palette?: Color[];
  @Member(Nullable(Color)) Trim?: Color | null;
  @Member() Seen?: string;
}

@Dto({ namespace: 'Paint.ServiceModel' }) @Route('/paint', 'GET POST') @Returns(() => PaintResponse)
class Paint {
  @Member(Color) Color?: Color;
  @Member(List(Color)) Palette?: Color[];
  @Member(Nullable(Color)) Trim?: Color | null;
}

class PaintService {
  /** Echoes the request, and says what JavaScript values the service was given. */
  @Handles(Paint) any(r: Paint): PaintResponse {
    const seen = JSON.stringify([r.Color, r.Palette, r.Trim]);
    return Object.assign(new PaintResponse(), { Color: r.Color, Palette: r.Palette, Trim: r.Trim, Seen: seen });
  }
}

const api = http(createHost().register(new PaintService()));
const NS = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Paint.ServiceModel"';

describe('string-valued enums', () => {
  it('registers the members, numbered in declaration order as C# does', async () => {
    const { getEnumMeta } = await import('../../src/index.js');
    assert.deepEqual(getEnumMeta(Color)!.members.map((m) => [m.name, m.value]), [['Red', 0], ['Green', 1], ['Blue', 2]]);
  });
  it('JSON: names in, the service sees names, names out', async () => {
    const res = await api.post('/paint').send({ color: 'Blue', palette: ['Red', 'Green'], trim: 'Green' });
    assert.equal(res.text, '{"color":"Blue","palette":["Red","Green"],"trim":"Green","seen":"[\\"Blue\\",[\\"Red\\",\\"Green\\"],\\"Green\\"]"}');
  });
  it('JSON: numbers and any case are read as ServiceStack reads enums', async () => {
    const res = await api.post('/paint').send({ color: 2, palette: ['green'] });
    assert.equal(res.body.seen, '["Blue",["Green"],null]');
  });
  it('XML: names in and out', async () => {
    // DataContractSerializer writes a list of enums in the enum's own namespace.
    const body = `<Paint ${NS}><Color>Green</Color><Palette><Color>Blue</Color></Palette><Trim>Red</Trim></Paint>`;
    const res = await api.post('/paint').set('Content-Type', 'application/xml').set('Accept', 'application/xml').send(body);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.text, `<?xml version="1.0" encoding="utf-8"?><PaintResponse ${NS}><Color>Green</Color><Palette><Color>Blue</Color></Palette><Seen>["Green",["Blue"],"Red"]</Seen><Trim>Red</Trim></PaintResponse>`);
  });
  it('JSV: names in and out', async () => {
    const res = await api.post('/paint').set('Content-Type', 'text/jsv').set('Accept', 'text/jsv').send('{Color:Red,Palette:[Blue,Green],Trim:Blue}');
    assert.equal(res.text, '{color:Red,palette:[Blue,Green],trim:Blue,seen:"[""Red"",[""Blue"",""Green""],""Blue""]"}');
  });
  it('query string: names, numbers and JSV lists', async () => {
    const res = await api.get('/paint?Color=Green&Palette=Blue,Red&Trim=0');
    assert.equal(res.body.seen, '["Green",["Blue","Red"],"Red"]');
  });
  it('an unknown name is a 400 in the route\'s error shape', async () => {
    const res = await api.get('/paint?Color=Purple');
    assert.equal(res.status, 400);
    assert.equal(res.body.responseStatus.errorCode, 'SerializationException');
  });
  it('a service that returns an unset member writes the enum\'s zero member', async () => {
    const res = await api.get('/paint');
    assert.equal(res.body.color, 'Red');
  });
});

describe('enums defineEnum refuses', () => {
  it('mixed numeric and string members', () => {
    enum Mixed { A = 1, B = 'B' }
    assert.throws(() => defineEnum(Mixed, { name: 'Mixed' }), /defineEnum\(Mixed\): mixes numeric members \(A\) with string members \(B\)/);
  });
  it('a string value other than the member\'s name', () => {
    enum Lower { Red = 'red' }
    assert.throws(() => defineEnum(Lower, { name: 'Lower' }), /defineEnum\(Lower\): member Red has the value 'red'; a string-valued enum gives each member its own name \(Red = 'Red'\)/);
  });
  it('[Flags] on names', () => {
    enum Perm { Read = 'Read', Write = 'Write' }
    assert.throws(() => defineEnum(Perm, { name: 'Perm', flags: true }), /\[Flags\] needs numeric members/);
  });
});
