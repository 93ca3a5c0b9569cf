import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineWriter, type WriteSync } from '../../../src/twofactor/log-line-writer.js';
import { eventually } from '../../support/patience.js';

/** A stand-in for write(2): records what it took; `plan` says, call by call, what to do instead. */
function fakeFd(plan: Array<'eagain' | 'epipe' | number> = []) {
  const writes: string[] = [];
  const write: WriteSync = (_fd, buffer) => {
    const step = plan.shift();
    if (step === 'eagain' || step === 'epipe') throw Object.assign(new Error(step), { code: step.toUpperCase() });
    const n = step === undefined ? buffer.length : Math.min(step, buffer.length);
    writes.push(buffer.subarray(0, n).toString());
    return n;
  };
  return { writes, write, all: () => writes.join('') };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('log line writer', () => {
  it('writes the lines of one event-loop turn with one write, after the turn, in order', async () => {
    const fd = fakeFd();
    const w = new LineWriter(1, { write: fd.write });
    for (let i = 0; i < 5; i++) w.write(`{"n":${i}}\n`);
    assert.equal(fd.writes.length, 0, 'nothing is written while the turn runs');
    await turn();
    assert.deepEqual(fd.writes, ['{"n":0}\n{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}\n']);
    w.write('{"n":5}\n');
    await turn();
    assert.deepEqual(fd.writes.slice(1), ['{"n":5}\n']);
  });

  it('keeps what a full pipe (EAGAIN) or a partial write did not take, and sends it before newer lines', async () => {
    const fd = fakeFd(['eagain', 4]);
    const w = new LineWriter(1, { write: fd.write, retryMs: 1 });
    w.write('first line\n');
    await turn();
    assert.equal(fd.all(), '', 'EAGAIN: nothing taken yet');
    w.write('second line\n');
    await eventually('both lines written', () => fd.all().length >= 'first line\nsecond line\n'.length);
    assert.equal(fd.all(), 'first line\nsecond line\n');
    assert.equal(fd.writes[0], 'firs', 'the partial write was continued, not restarted');
  });

  it('drops lines beyond the pending limit and says how many, once there is room', async () => {
    const fd = fakeFd(['eagain']);
    const w = new LineWriter(1, { write: fd.write, retryMs: 1, maxPendingChars: 25 });
    assert.equal(w.write('0123456789\n'), true);
    await turn();
    assert.equal(w.write('abcdefghi\n'), true);
    assert.equal(w.write('dropped-1\n'), false);
    assert.equal(w.write('dropped-2\n'), false);
    await eventually('the kept lines and the notice written', () => fd.all().split('\n').length > 3);
    const lines = fd.all().trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 2), ['0123456789', 'abcdefghi']);
    const notice = JSON.parse(lines[2]!) as Record<string, unknown>;
    assert.equal(notice.event, 'log.dropped');
    assert.equal(notice.lines, 2);
    assert.equal(lines.length, 3);
  });

  it('flushSync writes everything at once, and a closed output (EPIPE) loses lines without throwing', () => {
    const fd = fakeFd();
    const w = new LineWriter(1, { write: fd.write });
    w.write('a\n');
    w.write('b\n');
    w.flushSync();
    assert.equal(fd.all(), 'a\nb\n');

    const gone = new LineWriter(1, { write: fakeFd(['epipe']).write });
    gone.write('lost\n');
    assert.doesNotThrow(() => gone.flushSync());
  });
});
