/**
 * Type strings that name DTO classes and enums (library issue 17 item 2): `@Member('List<Item>')`,
 * `'Dictionary<string,Item>'`, `'Item[]'`, `'Item?'` and `@Returns('List<Line>')` bind and write in
 * JSON, XML and JSV; an unknown or ambiguous name is refused when the service is registered, with
 * the DTO, the member and the name in the message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHost, defineEnum, Dto, Handles, Member, Returns, Route } from '../../src/index.js';
import { http, text } from '../support/http.js';

const NS = 'Basket.ServiceModel';

enum Colour { Red = 1, Green = 2 }
defineEnum(Colour, { name: 'Colour', namespace: NS });

@Dto({ namespace: NS })
class Item { @Member('int') Id?: number; @Member('Colour?') Colour?: Colour; }

@Dto({ namespace: NS }) @Route('/basket', 'POST')
class Basket {
  @Member('List<Item>') Items?: Item[];
  @Member('Dictionary<string,Item>') ByName?: Record<string, Item>;
  @Member('Item[]') Spare?: Item[];
  @Member('Item?') Best?: Item;
  @Member('List<Colour>') Colours?: Colour[];
  @Member('Basket.ServiceModel.Item') Full?: Item;
}

@Dto({ namespace: NS }) @Route('/lines', 'GET') @Returns('List<Item>')
class GetLines {}

class BasketService {
  @Handles(Basket) post(req: Basket): Basket { return req; }
  @Handles(GetLines) get(): Item[] { return [Object.assign(new Item(), { Id: 1, Colour: Colour.Green })]; }
}

const api = http(createHost().register(new BasketService()));

const SENT = {
  json: ['application/json', '{"Items":[{"Id":1,"Colour":"Red"}],"ByName":{"a":{"Id":2}},"Spare":[{"Id":3}],"Best":{"Id":4},"Colours":["Green","Red"],"Full":{"Id":5}}'],
  jsv: ['application/jsv', '{Items:[{Id:1,Colour:Red}],ByName:{a:{Id:2}},Spare:[{Id:3}],Best:{Id:4},Colours:[Green,Red],Full:{Id:5}}'],
  xml: ['application/xml', `<Basket xmlns="http://schemas.datacontract.org/2004/07/${NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Best><Colour i:nil="true"/><Id>4</Id></Best><ByName xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><a:KeyValueOfstringItemKwxAOVC8><a:Key>a</a:Key><a:Value><Colour i:nil="true"/><Id>2</Id></a:Value></a:KeyValueOfstringItemKwxAOVC8></ByName><Colours><Colour>Green</Colour><Colour>Red</Colour></Colours><Full><Colour i:nil="true"/><Id>5</Id></Full><Items><Item><Colour>Red</Colour><Id>1</Id></Item></Items><Spare><Item><Colour i:nil="true"/><Id>3</Id></Item></Spare></Basket>`],
} as const;

describe('type strings naming DTOs and enums', () => {
  it('JSON: List<Item>, Dictionary<string,Item>, Item[], Item?, List<Colour> and a full name bind and write', async () => {
    const res = await api.post('/basket').set('Content-Type', SENT.json[0]).set('Accept', 'application/json').send(SENT.json[1]);
    assert.equal(res.status, 200, text(res));
    assert.equal(text(res), '{"items":[{"id":1,"colour":"Red"}],"byName":{"a":{"id":2}},"spare":[{"id":3}],"best":{"id":4},"colours":["Green","Red"],"full":{"id":5}}');
  });

  it('JSV: the same DTO round-trips', async () => {
    const res = await api.post('/basket').set('Content-Type', SENT.jsv[0]).set('Accept', 'application/jsv').send(SENT.jsv[1]);
    assert.equal(res.status, 200, text(res));
    assert.equal(text(res), '{items:[{id:1,colour:Red}],byName:{a:{id:2}},spare:[{id:3}],best:{id:4},colours:[Green,Red],full:{id:5}}');
  });

  it('XML: the same DTO round-trips with DataContract names (ArrayOfItem, KeyValueOfstringItem…)', async () => {
    const res = await api.post('/basket').set('Content-Type', SENT.xml[0]).set('Accept', 'application/xml').send(SENT.xml[1]);
    assert.equal(res.status, 200, text(res));
    assert.equal(text(res), '<?xml version="1.0" encoding="utf-8"?>' + SENT.xml[1]
      .replace(/<Basket [^>]*>/, `<Basket xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/${NS}">`)
      .replace(/ xmlns:a=/, ' xmlns:d2p1=').replace(/(<\/?)a:/g, '$1d2p1:').replaceAll('"/>', '" />'));
  });

  it("@Returns('List<Item>') writes the list in every format", async () => {
    const cases: [string, RegExp | string][] = [
      ['json', '[{"id":1,"colour":"Green"}]'],
      ['jsv', '[{id:1,colour:Green}]'],
      ['xml', /<ArrayOfItem [^>]*><Item><Colour>Green<\/Colour><Id>1<\/Id><\/Item><\/ArrayOfItem>$/],
    ];
    for (const [format, body] of cases) {
      const res = await api.get(`/lines?format=${format}`);
      assert.equal(res.status, 200, `${format}: ${text(res)}`);
      if (typeof body === 'string') assert.equal(text(res), body, format);
      else assert.match(text(res), body, format);
    }
  });
});

describe('type strings: unknown and ambiguous names', () => {
  @Dto({ namespace: 'A' }) class Widget { @Member('int') Id?: number; }
  @Dto({ name: 'Widget', namespace: 'B' }) class OtherWidget { @Member('int') Id?: number; }

  const hostWith = (request: new () => object): (() => void) => () => {
    class Svc { @Handles(request) any(): undefined { return undefined; } }
    createHost().register(new Svc());
  };

  it('an unknown name is refused at registration, naming the DTO, the member and the name', () => {
    @Dto() @Route('/typo') class Typo { @Member('List<Iten>') Items?: unknown[]; }
    assert.throws(hostWith(Typo), (e: Error) => {
      assert.match(e.message, /Typo\.Items/, e.message);
      assert.match(e.message, /'Iten'/, e.message);
      return true;
    });
  });

  it('an unknown @Returns name is refused at registration, naming the DTO and the name', () => {
    @Dto() @Route('/typo-returns') @Returns('Dictionary<string,Ordr>') class TypoReturns {}
    assert.throws(hostWith(TypoReturns), /TypoReturns \(@Returns\): unknown type 'Ordr'/);
  });

  it('a name two namespaces define is ambiguous from a third, and the full name or the own namespace decides', () => {
    @Dto({ namespace: 'C' }) @Route('/ambiguous') class Ambiguous { @Member('Widget?') W?: unknown; }
    assert.throws(hostWith(Ambiguous), (e: Error) => {
      assert.match(e.message, /Ambiguous\.W: type 'Widget' is ambiguous: A\.Widget, B\.Widget/, e.message);
      return true;
    });
    @Dto({ namespace: 'C' }) @Route('/qualified') class Qualified { @Member('B.Widget') W?: unknown; }
    @Dto({ namespace: 'A' }) @Route('/local') class Local { @Member('List<Widget>') W?: unknown; }
    assert.doesNotThrow(hostWith(Qualified));
    assert.doesNotThrow(hostWith(Local));
  });
});
