/**
 * A local stand-in for MessageBird's REST API. The messagebird SDK calls `https.request` with its
 * hard-coded host, so the stub replaces `https.request` for this process and sends requests for
 * rest.messagebird.com to a plain-HTTP server on 127.0.0.1; everything else passes through. The
 * real SDK builds, sends and parses every request — only the network hop is redirected. Server
 * processes spawned by tests get the same redirect from the preload messagebird-redirect.ts.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { PATIENCE_MS } from '../../support/patience.js';

export interface CapturedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** The status the stub answered with (a held request: once released). */
  answered?: number;
  /** The message id of a 201 answer. */
  messageId?: string;
  /** A held request whose client went away before it was answered (its process died). */
  clientGone?: boolean;
}

/** 'hang': never answered; 'hold': answered by `release()`, unless the client is gone by then. */
export type StubReply = { status: number; json?: unknown; raw?: string } | 'hang' | 'hold';
export type StubBehaviour = (req: CapturedRequest) => StubReply;

const MB_HOST = 'rest.messagebird.com';
let messageSeq = 0;

/** MessageBird's 201 answer to `POST /messages`. */
export const accepted: StubBehaviour = (req) => ({
  status: 201,
  json: {
    id: `mb${(++messageSeq).toString(16).padStart(8, '0')}`, href: 'https://rest.messagebird.com/messages/x', direction: 'mt', type: 'sms',
    originator: req.body.originator, body: req.body.body, reference: req.body.reference, validity: req.body.validity, gateway: 10,
    typeDetails: {}, datacoding: req.body.datacoding, mclass: 1, scheduledDatetime: null, createdDatetime: new Date().toISOString(),
    recipients: { totalCount: 1, totalSentCount: 1, totalDeliveredCount: 0, totalDeliveryFailedCount: 0,
      items: [{ recipient: Number(String(req.body.recipients).replace('+', '')), status: 'sent', statusDatetime: new Date().toISOString() }] },
  },
});

export const serverErrorWithoutErrors: StubReply = { status: 500, json: { message: 'boom' } };
export const unauthorized: StubReply = { status: 401, json: { errors: [{ code: 2, description: 'Request not allowed (incorrect access_key)', parameter: null }] } };
export const invalidRecipient: StubReply = { status: 422, json: { errors: [{ code: 9, description: 'no (correct) recipients found', parameter: 'recipients' }] } };
export const badGatewayHtml: StubReply = { status: 502, raw: '<html><body>502 Bad Gateway</body></html>' };

/** Sends this process's requests for MessageBird to 127.0.0.1:port over plain HTTP; returns the undo. */
export function redirectMessageBird(port: number | (() => number)): () => void {
  const portNow = typeof port === 'number' ? () => port : port;
  const original = https.request;
  (https as { request: unknown }).request = function patched(this: unknown, ...args: unknown[]) {
    const options = args[0] as http.RequestOptions | undefined;
    if (options && typeof options === 'object' && !(options instanceof URL) && options.hostname === MB_HOST) {
      return http.request({ ...options, hostname: '127.0.0.1', host: undefined, port: portNow(), protocol: 'http:', agent: false }, args[1] as never);
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  return () => { (https as { request: unknown }).request = original; };
}

export class MessageBirdStub {
  readonly requests: CapturedRequest[] = [];
  /** Replies for the next requests, in order; then `behaviour`. */
  readonly queue: StubReply[] = [];
  behaviour: StubBehaviour = accepted;
  private server: http.Server | undefined;
  private readonly sockets = new Set<Socket>();
  private undoRedirect: (() => void) | undefined;
  private waiters: (() => void)[] = [];
  private readonly held: { captured: CapturedRequest; res: ServerResponse }[] = [];
  /** The stub's port, read by the redirect at each request. */
  port = 0;

  async start(): Promise<this> {
    await this.listen();
    this.undoRedirect = redirectMessageBird(() => this.port);
    return this;
  }

  async stop(): Promise<void> {
    this.undoRedirect?.();
    this.held.length = 0;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Closes the server but keeps the redirect: the SDK then meets a refused connection. */
  async refuseConnections(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /**
   * Accepts connections again after `refuseConnections()`: on the same port when it is still free,
   * else on a new one (the redirect follows). On a busy machine another process's connection may
   * have taken the freed port in between (EADDRINUSE).
   */
  async resume(): Promise<void> {
    if (this.server) return;
    try {
      await this.listen();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      this.port = 0;
      await this.listen();
    }
  }

  /** Held requests not answered yet (including those whose client is gone). */
  heldRequests(): CapturedRequest[] {
    return this.held.map((h) => h.captured);
  }

  /** Answers every held request whose client is still connected; returns how many. */
  release(behaviour: StubBehaviour = accepted): number {
    let n = 0;
    for (const h of this.held.splice(0)) {
      if (h.captured.clientGone || h.res.destroyed) continue;
      const reply = behaviour(h.captured);
      if (typeof reply === 'string') throw new Error('release() needs an answer, not hang/hold');
      this.answer(h.captured, h.res, reply);
      n++;
    }
    return n;
  }

  /** Resolves once `n` requests have arrived in total. */
  async waitForRequests(n: number, timeoutMs = PATIENCE_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.requests.length < n) {
      if (Date.now() > deadline) throw new Error(`MessageBird stub: expected ${n} requests, got ${this.requests.length}`);
      await new Promise<void>((r) => { this.waiters.push(r); setTimeout(r, 50); });
    }
  }

  /** The code in a captured SMS body (the first run of 4–10 digits). */
  static codeIn(req: CapturedRequest): string {
    const m = /\b(\d{4,10})\b/.exec(String(req.body.body));
    if (!m) throw new Error('no code in SMS body');
    return m[1]!;
  }

  /** The last request sent for an OTP reference. */
  lastFor(reference: string): CapturedRequest | undefined {
    return [...this.requests].reverse().find((r) => r.body.reference === reference);
  }

  private async listen(): Promise<void> {
    const server = http.createServer((req, res) => this.handle(req, res));
    server.on('connection', (s: Socket) => { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => { server.off('error', reject); resolve(); });
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private answer(captured: CapturedRequest, res: ServerResponse, reply: Exclude<StubReply, string>): void {
    const body = reply.raw ?? JSON.stringify(reply.json ?? {});
    captured.answered = reply.status;
    const id = (reply.json as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') captured.messageId = id;
    res.writeHead(reply.status, { 'Content-Type': reply.raw ? 'text/html' : 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const captured: CapturedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) as Record<string, unknown> : {} };
      this.requests.push(captured);
      for (const w of this.waiters.splice(0)) w();
      const reply = this.queue.length ? this.queue.shift()! : this.behaviour(captured);
      if (reply === 'hang') return;
      if (reply === 'hold') {
        this.held.push({ captured, res });
        res.on('close', () => { if (!res.writableFinished) captured.clientGone = true; });
        return;
      }
      this.answer(captured, res, reply);
    });
  }
}
