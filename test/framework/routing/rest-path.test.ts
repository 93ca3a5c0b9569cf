import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RestPath } from '../../../src/framework/routing/rest-path.js';

const segs = (p: string): string[] => p.split('/').filter(Boolean);

describe('RestPath', () => {
  it('matches literals case-insensitively and captures variables', () => {
    const r = new RestPath('/users/{Id}/posts', ['GET'], null);
    const m = r.match(segs('/USERS/42/Posts'), 'GET');
    assert.ok(m);
    assert.equal(m.vars.get('Id'), '42');
    assert.equal(r.match(segs('/users/42'), 'GET'), undefined);
    assert.equal(r.match(segs('/users/42/posts'), 'POST'), undefined);
  });

  it('scores as ServiceStack: literal exact-verb route beats a variable all-verbs route', () => {
    const literal = new RestPath('/users/2fa', ['GET'], null);
    const variable = new RestPath('/users/{Id}', [], null);
    assert.equal(literal.match(segs('/users/2fa'), 'GET')!.score, 101010);
    assert.equal(variable.match(segs('/users/2fa'), 'GET')!.score, 100901);
  });

  it('splits dotted sub-segments', () => {
    const r = new RestPath('/files/{Name}.{Ext}', [], null);
    const m = r.match(segs('/files/report.pdf'), 'GET')!;
    assert.equal(m.vars.get('Name'), 'report');
    assert.equal(m.vars.get('Ext'), 'pdf');
    assert.equal(r.match(segs('/files/report'), 'GET'), undefined);
  });

  it('trailing wildcard keeps slashes and may consume nothing', () => {
    const r = new RestPath('/files/{Path*}', [], null);
    assert.equal(r.match(segs('/files/a/b/c.txt'), 'GET')!.vars.get('Path'), 'a/b/c.txt');
    assert.equal(r.match(segs('/files'), 'GET')!.vars.get('Path'), '');
    assert.equal(r.match(segs('/files/a/b'), 'GET')!.score, 98000 + 900 + 1);
  });

  it('middle wildcard consumes up to the next literal', () => {
    const r = new RestPath('/a/{Rest*}/end', [], null);
    assert.equal(r.match(segs('/a/x/y/end'), 'GET')!.vars.get('Rest'), 'x/y');
  });

  it('rejects templates without literals and misplaced wildcards', () => {
    assert.throws(() => new RestPath('/{Id}', [], null), /literal/);
    assert.throws(() => new RestPath('/a/{P*}/{Q}', [], null), /wildcard/);
  });

  it('records constraints and optional markers by name only', () => {
    const r = new RestPath('/items/{Id:int}/{Name?}', [], null);
    assert.deepEqual([...r.match(segs('/items/1/x'), 'GET')!.vars.keys()], ['Id', 'Name']);
  });
});
