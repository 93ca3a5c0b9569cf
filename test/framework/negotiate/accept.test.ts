import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAccept, rangeMatches } from '../../../src/framework/formats/accept.js';

describe('parseAccept', () => {
  it('orders by q, keeps header order on ties, drops q=0', () => {
    const r = parseAccept('application/xml;q=0.5, text/jsv, application/json;q=0.9, text/html;q=0');
    assert.deepEqual(r.map((x) => x.type), ['text/jsv', 'application/json', 'application/xml']);
  });
  it('marks specificity of ranges', () => {
    assert.deepEqual(parseAccept('*/*, application/*, text/xml').map((x) => x.specificity), [2, 1, 0]);
  });
  it('tolerates junk and empty headers', () => {
    assert.deepEqual(parseAccept(undefined), []);
    assert.deepEqual(parseAccept(',,;q=x,').map((x) => x.type), []);
  });
  it('matches ranges', () => {
    assert.ok(rangeMatches('*/*', 'application/json'));
    assert.ok(rangeMatches('application/*', 'application/xml'));
    assert.ok(!rangeMatches('text/*', 'application/xml'));
  });
});
