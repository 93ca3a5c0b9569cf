import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TimeSpan } from '../../../src/framework/types/time-span.js';

describe('TimeSpan', () => {
  it('XSD durations round-trip (ServiceStack TimeSpanConverter forms)', () => {
    for (const s of ['P1D', 'PT1H', 'PT0.001S', 'P1DT2H3M4.5670001S', 'PT0.0000001S', '-PT1M', 'P3605D', 'PT0S']) {
      assert.equal(TimeSpan.parseXsdDuration(s)!.toXsdDuration(), s);
    }
  });
  it('"c" format', () => {
    assert.equal(TimeSpan.fromParts(0, 1, 2, 3).toString(), '01:02:03');
    assert.equal(TimeSpan.parseClock('1.02:03:04.5')!.toString(), '1.02:03:04.5000000');
    assert.equal(new TimeSpan(-36000000000n).toString(), '-01:00:00');
  });
  it('rejects malformed text', () => {
    for (const s of ['P', 'PT', '1H', 'P1X']) assert.equal(TimeSpan.parseXsdDuration(s), undefined, s);
    assert.equal(TimeSpan.parseClock('25:00'), undefined);
  });
});
