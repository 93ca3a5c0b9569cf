/**
 * BatchQueue: what arrives in one event-loop turn runs as one batch; items sharing a key never
 * share a batch; a failed batch is re-run item by item unless the database is gone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BatchQueue } from '../../../src/twofactor/persistence/batch-queue.js';

interface Item { id: number; keys?: string[] | null; fail?: boolean }

function recorder(options: { maxInFlight?: number; maxBatch?: number; batchError?: (items: Item[]) => Error | undefined } = {}) {
  const batches: number[][] = [];
  const alone: number[] = [];
  let inFlight = 0;
  let maxSeen = 0;
  const queue = new BatchQueue<Item, string>({
    runBatch: async (items) => {
      batches.push(items.map((i) => i.id));
      inFlight++;
      maxSeen = Math.max(maxSeen, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      const error = options.batchError?.(items);
      if (error) throw error;
      return items.map((i) => `batched ${i.id}`);
    },
    runOne: async (item) => {
      alone.push(item.id);
      if (item.fail) throw new Error(`item ${item.id} is bad`);
      return `alone ${item.id}`;
    },
    keys: (i) => (i.keys === undefined ? [`k${i.id}`] : i.keys),
    ...(options.maxInFlight ? { maxInFlight: options.maxInFlight } : {}),
    ...(options.maxBatch ? { maxBatch: options.maxBatch } : {}),
  });
  return { queue, batches, alone, maxInFlight: () => maxSeen };
}

describe('BatchQueue', () => {
  it('runs what is submitted in one turn as one batch, results in order', async () => {
    const r = recorder();
    const results = await Promise.all([1, 2, 3, 4].map((id) => r.queue.submit({ id })));
    assert.deepEqual(results, ['batched 1', 'batched 2', 'batched 3', 'batched 4']);
    assert.deepEqual(r.batches, [[1, 2, 3, 4]]);
  });

  it('a single item runs alone (runOne), with no batch around it', async () => {
    const r = recorder();
    assert.equal(await r.queue.submit({ id: 7 }), 'alone 7');
    assert.deepEqual(r.batches, []);
  });

  it('keeps items that share a key in different batches, in arrival order', async () => {
    const r = recorder();
    const results = await Promise.all([
      r.queue.submit({ id: 1, keys: ['user:a', 'gsm:1'] }),
      r.queue.submit({ id: 2, keys: ['user:a', 'gsm:2'] }),
      r.queue.submit({ id: 3, keys: ['user:b', 'gsm:1'] }),
      r.queue.submit({ id: 4, keys: ['user:c', 'gsm:3'] }),
    ]);
    assert.equal(results.length, 4);
    const batchOf = (id: number) => r.batches.findIndex((b) => b.includes(id));
    assert.deepEqual(r.batches[0], [1, 4]);
    assert.notEqual(batchOf(2), 0);
    assert.deepEqual([...r.alone, ...r.batches.slice(1).flat()].sort(), [2, 3]);
  });

  it('an item without keys (null) always runs alone', async () => {
    const r = recorder();
    await Promise.all([r.queue.submit({ id: 1 }), r.queue.submit({ id: 2, keys: null }), r.queue.submit({ id: 3 })]);
    assert.deepEqual(r.batches, [[1, 3]]);
    assert.deepEqual(r.alone, [2]);
  });

  it('caps batches in flight and batch size; the rest waits and forms the next batch', async () => {
    const r = recorder({ maxInFlight: 1, maxBatch: 3 });
    await Promise.all(Array.from({ length: 7 }, (_, i) => r.queue.submit({ id: i + 1 })));
    assert.equal(r.maxInFlight(), 1);
    assert.deepEqual(r.batches, [[1, 2, 3], [4, 5, 6]]);
    assert.deepEqual(r.alone, [7]);
  });

  it('a failed batch is re-run item by item: only the bad item fails', async () => {
    const r = recorder({ batchError: (items) => (items.some((i) => i.fail) ? new Error('batch failed') : undefined) });
    const settled = await Promise.allSettled([r.queue.submit({ id: 1 }), r.queue.submit({ id: 2, fail: true }), r.queue.submit({ id: 3 })]);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.deepEqual(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message)), ['alone 1', 'item 2 is bad', 'alone 3']);
  });

  it('when the database is gone the whole batch fails at once: its outcome may be unknown, nothing is re-run', async () => {
    const lost = Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });
    const r = recorder({ batchError: () => lost });
    const settled = await Promise.allSettled([r.queue.submit({ id: 1 }), r.queue.submit({ id: 2 })]);
    assert.deepEqual(settled.map((s) => s.status), ['rejected', 'rejected']);
    assert.deepEqual(r.alone, []);
  });
});
