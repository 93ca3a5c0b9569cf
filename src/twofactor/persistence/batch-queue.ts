/**
 * Group commit for MariaDB. Each InnoDB statement costs the server a roughly fixed 50–75 µs of CPU
 * whatever it carries, and a two-core machine running the server, mariadbd and the clients spends
 * its cores on that overhead long before the rows themselves cost anything. So work submitted
 * during one event-loop turn runs as one set-based batch (one multi-row INSERT, one UPDATE …),
 * with at most `maxInFlight` batches at the database while the next one forms behind them. Under
 * light load a batch is one item and adds nothing but a setImmediate.
 *
 * Items whose `keys` overlap an item already in the batch wait for a later one, so no batch ever
 * holds two items that must see each other's effects (two OTPs for one user or number). A batch
 * that fails is run again item by item, so one bad item fails alone — unless the database is gone,
 * when the outcome of the batch may be unknown and nothing is retried.
 */
import type { DatabaseKind } from './create-data-source.js';
import { isDatabaseUnavailable } from './database.js';

export interface BatchQueueOptions<I, O> {
  /** Results in the order of `items`; all-or-nothing (one statement or one transaction). */
  runBatch(items: I[]): Promise<O[]>;
  /** A single item; defaults to a batch of one. */
  runOne?(item: I): Promise<O>;
  /** Items sharing a key never run in the same batch; null: the item runs alone. */
  keys?(item: I): readonly string[] | null;
  maxBatch?: number;
  maxInFlight?: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** 64 rows keep one statement well under max_allowed_packet and bound the wait of a batch's first item. */
const MAX_BATCH = 64;
/** Two: one batch at the database while the next one forms; more only adds lock waits. */
const MAX_IN_FLIGHT = 2;

export class BatchQueue<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(private readonly o: BatchQueueOptions<I, O>) {
    this.maxBatch = o.maxBatch ?? MAX_BATCH;
    this.maxInFlight = o.maxInFlight ?? MAX_IN_FLIGHT;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** After the poll phase, so every request read in this loop turn joins the batch. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || !this.waiting.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.inFlight < this.maxInFlight && this.waiting.length) {
        const batch = this.take();
        this.inFlight++;
        void this.run(batch).finally(() => {
          this.inFlight--;
          this.schedule();
        });
      }
    });
  }

  /** The oldest waiting items with pairwise disjoint keys; the rest keep their places. */
  private take(): Waiting<I, O>[] {
    const keysOf = this.o.keys;
    if (!keysOf) return this.waiting.splice(0, this.maxBatch);
    const taken: Waiting<I, O>[] = [];
    const used = new Set<string>();
    for (let i = 0; i < this.waiting.length && taken.length < this.maxBatch;) {
      const keys = keysOf(this.waiting[i]!.item);
      if (keys === null) {
        if (!taken.length) return this.waiting.splice(i, 1);
        i++;
        continue;
      }
      if (keys.some((k) => used.has(k))) { i++; continue; }
      for (const k of keys) used.add(k);
      taken.push(this.waiting.splice(i, 1)[0]!);
    }
    return taken;
  }

  private async run(batch: Waiting<I, O>[]): Promise<void> {
    if (batch.length === 1) return this.runAlone(batch[0]!);
    let results: O[];
    try {
      results = await this.o.runBatch(batch.map((w) => w.item));
    } catch (error) {
      if (isDatabaseUnavailable(error)) { for (const w of batch) w.reject(error); return; }
      await Promise.all(batch.map((w) => this.runAlone(w)));
      return;
    }
    batch.forEach((w, i) => w.resolve(results[i]!));
  }

  private async runAlone(w: Waiting<I, O>): Promise<void> {
    try {
      w.resolve(this.o.runOne ? await this.o.runOne(w.item) : (await this.o.runBatch([w.item]))[0]!);
    } catch (error) {
      w.reject(error);
    }
  }
}

/**
 * Where shared work goes: on MariaDB through a BatchQueue; on SQLite item by item, at once —
 * Database already group-commits SQLite's units, and a queue in front would only add a loop turn.
 */
export function batchedOn<I, O>(kind: DatabaseKind, options: BatchQueueOptions<I, O>): (item: I) => Promise<O> {
  if (kind === 'mariadb') {
    const queue = new BatchQueue(options);
    return (item) => queue.submit(item);
  }
  return options.runOne ?? (async (item) => (await options.runBatch([item]))[0]!);
}
