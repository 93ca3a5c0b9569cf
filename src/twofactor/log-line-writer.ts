/**
 * Where log lines go: standard output, written once per event-loop turn. A request writes three
 * lines; pino's asynchronous destination (sonic-boom) handed each to libuv's thread pool and, while
 * one write was in flight, appended to a growing string whose byte length it measured on every
 * line, flattening it each time — a fifth of all the server's allocation under load. Here the
 * lines of a turn are joined once and written with one system call, after the turn's responses.
 *
 * On a non-blocking output (a pipe Node or the parent made so), a full pipe (EAGAIN) or a partial
 * write keeps the rest for a retry shortly after, and past `maxPendingChars` new lines are counted
 * and dropped, the count written as a line of its own once there is room. An output that blocks (a
 * file, a blocking pipe) makes the write wait, as pino's default synchronous destination does.
 */
import { writeSync } from 'node:fs';

export type WriteSync = (fd: number, buffer: Buffer) => number;

export interface LineWriterOptions {
  /** What may wait for a slow reader (characters, and bytes a write did not take) before lines are dropped. */
  maxPendingChars?: number;
  /** After EAGAIN or a partial write: how long before trying again. */
  retryMs?: number;
  write?: WriteSync;
}

export class LineWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  /** Bytes a previous write did not take; they go out before anything newer. */
  private unwritten: Buffer | null = null;
  private dropped = 0;
  private scheduled = false;
  private readonly maxPendingChars: number;
  private readonly retryMs: number;
  private readonly writeTo: WriteSync;

  constructor(private readonly fd: number, options: LineWriterOptions = {}) {
    this.maxPendingChars = options.maxPendingChars ?? 8 * 1024 * 1024;
    this.retryMs = options.retryMs ?? 5;
    this.writeTo = options.write ?? ((fd, b) => writeSync(fd, b));
  }

  /** pino's destination interface: one serialised line, newline included. */
  write(line: string): boolean {
    if (this.pendingChars + (this.unwritten?.length ?? 0) + line.length > this.maxPendingChars) {
      this.dropped++;
      return false;
    }
    this.pending.push(line);
    this.pendingChars += line.length;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
    return true;
  }

  /** Writes out everything now (before the process exits); gives up on a reader that takes nothing. */
  flushSync(): void {
    for (let stalled = 0; this.hasWork() && stalled < 100;) stalled = this.writeOnce() ? 0 : stalled + 1;
  }

  private hasWork(): boolean {
    return this.unwritten !== null || this.pending.length > 0 || this.dropped > 0;
  }

  private drain(): void {
    this.scheduled = false;
    while (this.hasWork()) {
      if (!this.writeOnce()) {
        this.scheduled = true;
        setTimeout(() => this.drain(), this.retryMs).unref();
        return;
      }
    }
  }

  /** One write of what is waiting; false when the reader took nothing or not all of it. */
  private writeOnce(): boolean {
    if (!this.unwritten) {
      if (this.dropped) {
        this.pending.push(`{"level":"warn","time":"${new Date().toISOString()}","pid":${process.pid},"lines":${this.dropped},"event":"log.dropped"}\n`);
        this.dropped = 0;
      }
      this.unwritten = Buffer.from(this.pending.length === 1 ? this.pending[0]! : this.pending.join(''));
      this.pending = [];
      this.pendingChars = 0;
    }
    let written: number;
    try {
      written = this.writeTo(this.fd, this.unwritten);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return false;
      // Nowhere left to report it: standard output is gone (EPIPE, EBADF). Lines are discarded.
      this.unwritten = null;
      return true;
    }
    if (written >= this.unwritten.length) {
      this.unwritten = null;
      return true;
    }
    this.unwritten = this.unwritten.subarray(written);
    return false;
  }
}
