import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RouteTable } from '../../../src/framework/routing/route-table.js';

const segs = (p: string): string[] => p.split('/').filter(Boolean);

describe('RouteTable', () => {
  it('picks the highest score within the first bucket that matches', () => {
    const t = new RouteTable<string>();
    t.add('/users/{Id}', [], 'byId');
    t.add('/users/2fa', ['GET'], 'twoFa');
    assert.equal(t.match(segs('/users/2fa'), 'GET')!.route.target, 'twoFa');
    assert.equal(t.match(segs('/users/5'), 'GET')!.route.target, 'byId');
    assert.equal(t.match(segs('/users/2fa'), 'POST')!.route.target, 'byId');
  });

  it('ties go to the first registered route', () => {
    const t = new RouteTable<string>();
    t.add('/a/{X}', [], 'first');
    t.add('/a/{Y}', [], 'second');
    assert.equal(t.match(segs('/a/1'), 'GET')!.route.target, 'first');
  });

  it('tries wildcard buckets only after exact-length ones', () => {
    const t = new RouteTable<string>();
    t.add('/files/{Path*}', [], 'wild');
    t.add('/files/{Name}', [], 'exact');
    assert.equal(t.match(segs('/files/a'), 'GET')!.route.target, 'exact');
    assert.equal(t.match(segs('/files/a/b'), 'GET')!.route.target, 'wild');
  });

  it('buckets by the first literal wherever it stands', () => {
    const t = new RouteTable<string>();
    t.add('/{Tenant}/orders/{Id}', [], 'orders');
    assert.equal(t.match(segs('/acme/orders/7'), 'GET')!.vars.get('Tenant'), 'acme');
  });

  it('reports path matches under other verbs', () => {
    const t = new RouteTable<string>();
    t.add('/users/2fa/generate-key', ['PUT'], 'gen');
    assert.equal(t.match(segs('/users/2fa/generate-key'), 'GET'), undefined);
    assert.deepEqual(t.matchAnyVerb(segs('/users/2fa/generate-key')).map((m) => m.route.target), ['gen']);
  });
});
