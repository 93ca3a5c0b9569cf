/**
 * Declaration mistakes surface when the service is registered (library issue 17 item 3): the
 * whole type graph of each operation — request, base class, nested members, `@Returns` — is
 * resolved then, and the error names the DTO, the member and what is wrong.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHost, Dto, Handles, List, Member, Returns, Route, type Constructor } from '../../src/index.js';
import { http, text } from '../support/http.js';

const register = (request: Constructor) => () => {
  class Svc { @Handles(request) any(): object { return {}; } }
  return createHost().register(new Svc());
};

class NotADto { Id?: number; }

describe('type graph resolved at registration', () => {
  it('a typo in a nested DTO member type: throws naming the nested DTO and member', () => {
    @Dto() class Line { @Member('List<Sku>') Skus?: unknown[]; }
    @Dto() @Route('/nested') class PlaceOrder { @Member(List(Line)) Lines?: Line[]; }
    assert.throws(register(PlaceOrder), (e: Error) => {
      assert.match(e.message, /^Line\.Skus: unknown type 'Sku' in 'List<Sku>'/, e.message);
      return true;
    });
  });

  it('a member typed with a class no decorator registered: throws naming the DTO, the member and the class', () => {
    @Dto() class Holder { @Member(() => NotADto) Thing?: NotADto; }
    @Dto() @Route('/holder') class GetHolder { @Member() Holder?: Holder; }
    assert.throws(register(GetHolder), /TypeError: Holder\.Thing: NotADto is not a DTO/);
  });

  it('a thunk that throws (a forward reference gone wrong): throws naming the DTO and member', () => {
    @Dto() @Route('/thunk') class Thunked { @Member(() => { throw new ReferenceError('Cannot access Later before initialization'); }) Later?: unknown; }
    assert.throws(register(Thunked), /TypeError: Thunked\.Later: Cannot access Later before initialization/);
  });

  it('@Returns of a class that is not a DTO: throws naming the request DTO', () => {
    @Dto() @Route('/returns') @Returns(List(() => NotADto)) class GetThings {}
    assert.throws(register(GetThings), /TypeError: GetThings \(@Returns\): NotADto is not a DTO/);
  });

  it('a mistake in an inherited base class member: throws naming the base DTO', () => {
    @Dto() class Base { @Member('Dictionary<string,Missing>') Map?: unknown; }
    @Dto() @Route('/derived') class Derived extends Base { @Member('int') Id?: number; }
    assert.throws(register(Derived), /TypeError: Base\.Map: unknown type 'Missing'/);
  });

  it('a correct graph registers and serves over HTTP', async () => {
    @Dto() class Leaf { @Member('int') N?: number; }
    @Dto() class Branch { @Member('List<Leaf>') Leaves?: Leaf[]; }
    @Dto() @Route('/tree', 'POST') @Returns('Branch') class GetTree { @Member('Branch?') Root?: Branch; }
    class TreeService { @Handles(GetTree) post(r: GetTree): Branch | undefined { return r.Root; } }
    const api = http(createHost().register(new TreeService()));
    const res = await api.post('/tree').set('Content-Type', 'application/json').send('{"Root":{"Leaves":[{"N":1}]}}');
    assert.equal(res.status, 200, text(res));
    assert.equal(text(res), '{"leaves":[{"n":1}]}');
  });
});
