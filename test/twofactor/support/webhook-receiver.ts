/**
 * A tenant's webhook receiver, as a Stripe-style integrator writes one: it checks the
 * `Stackport-Signature` header with its own HMAC (not the product's code), answers 400 to a bad
 * signature and 200 to a good one, and keeps what it accepted. It can go down (port closed) and
 * come back on the same port, since the registered URL names it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedEvent {
  id: string;
  type: string;
  created: string;
  data: Record<string, unknown> & { otpIdReference: string };
  /** The raw body and header, to replay or tamper with. */
  raw: string;
  signature: string;
}

/** `t=…,v1=…` over `t + "." + body`, within `toleranceSeconds` of now. */
export function signatureIsValid(secret: string, body: string, header: string | undefined, nowMs = Date.now(), toleranceSeconds = 300): boolean {
  const fields = new Map((header ?? '').split(',').map((kv) => kv.split('=') as [string, string]));
  const t = Number(fields.get('t'));
  const v1 = fields.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(nowMs / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export class WebhookReceiver {
  readonly accepted: ReceivedEvent[] = [];
  rejected = 0;
  secret = '';
  /** The receiver's clock (the suite's, when it moves the app's time forward). */
  now: () => number = Date.now;
  port = 0;
  private server: http.Server | undefined;
  private readonly sockets = new Set<Socket>();

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/stackport`;
  }

  async start(): Promise<this> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const signature = String(req.headers['stackport-signature'] ?? '');
        if (req.method !== 'POST' || !signatureIsValid(this.secret, raw, signature, this.now())) {
          this.rejected++;
          res.writeHead(400).end('bad signature');
          return;
        }
        this.accepted.push({ ...(JSON.parse(raw) as Omit<ReceivedEvent, 'raw' | 'signature'>), raw, signature });
        res.writeHead(200).end('ok');
      });
    });
    server.on('connection', (s) => { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  /** Down: the port refuses connections until `start()` again. */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /** A replay of a delivery to this receiver, as an attacker who changed the body would send it. */
  async replay(body: string, signature: string): Promise<number> {
    const res = await fetch(this.url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stackport-Signature': signature }, body });
    await res.arrayBuffer();
    return res.status;
  }

  of(reference: string): ReceivedEvent[] {
    return this.accepted.filter((e) => e.data.otpIdReference === reference);
  }
}
