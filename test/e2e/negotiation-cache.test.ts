/**
 * Negotiation answers are cached per Accept / Content-Type pair (negotiate.ts). Every part of the
 * key is request data, so the cache must stay bounded under a flood of distinct headers, and a
 * cached answer must never leak to a request that chose its format explicitly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedAnswers } from '../../src/framework/formats/negotiate.js';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

describe('negotiation cache', () => {
  it('stays bounded under 2,000 distinct Accept headers, and answers each correctly', async () => {
    const { host } = helloHost();
    const api = http(host);
    for (let i = 0; i < 2000; i++) {
      const res = await api.get('/hello/x').set('Accept', `application/x-flood-${i}, application/xml;q=0.${(i % 9) + 1}`);
      assert.equal(res.headers['content-type'], 'application/xml', `request ${i}`);
    }
    const size = cachedAnswers(host.config.dialect, host.formats);
    assert.ok(size <= 256, `${size} cached negotiation answers after 2,000 distinct Accept headers`);
    assert.equal((await api.get('/hello/x').set('Accept', 'text/jsv')).headers['content-type'], 'application/jsv');
  });

  it('an explicit choice is never answered from the cache, nor cached for others', async () => {
    const api = http(helloHost().host);
    for (let round = 0; round < 2; round++) {
      assert.equal((await api.get('/hello/x').set('Accept', 'application/xml')).headers['content-type'], 'application/xml');
      assert.equal((await api.get('/hello/x?format=jsv').set('Accept', 'application/xml')).headers['content-type'], 'application/jsv');
      assert.equal((await api.get('/json/reply/Hello').set('Accept', 'application/xml')).headers['content-type'], 'application/json; charset=utf-8');
      assert.equal((await api.get('/hello/x.jsv').set('Accept', 'application/xml')).headers['content-type'], 'application/jsv');
    }
  });
});
