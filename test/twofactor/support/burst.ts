/**
 * Concurrent requests that really arrive together: each on its own connection, opened and sent
 * all but the last byte of its request first; once every connection holds its partial request,
 * the last bytes go out in one loop (the barrier). The server then has every request at once,
 * not a trickle of them as a client pool would send. Raw HTTP/1.1, `Connection: close`.
 */
import { connect, type Socket } from 'node:net';

export interface BurstRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: object;
}

export interface BurstResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  text: string;
  json(): any;
}

export async function burst(baseUrl: string, requests: readonly BurstRequest[]): Promise<BurstResponse[]> {
  const { hostname, port } = new URL(baseUrl);
  const held = await Promise.all(requests.map(async (r) => {
    const raw = serialise(r, `${hostname}:${port}`);
    const socket = await open(hostname, Number(port));
    const answer = readAll(socket);
    await write(socket, raw.subarray(0, raw.length - 1));
    return { socket, last: raw.subarray(raw.length - 1), answer };
  }));
  for (const h of held) h.socket.write(h.last);
  return Promise.all(held.map(async (h) => parse(await h.answer)));
}

function serialise(r: BurstRequest, host: string): Buffer {
  const body = Buffer.from(r.body === undefined ? '' : JSON.stringify(r.body));
  const headers = { Host: host, Connection: 'close', 'Content-Length': String(body.length), ...(r.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...r.headers };
  const head = `${r.method} ${r.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  // A body-less request still needs a byte held back: its last header line's.
  return Buffer.concat([Buffer.from(head), body]);
}

function open(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host, port }, () => resolve(s));
    s.once('error', reject);
  });
}

function write(s: Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => s.write(data, (e) => (e ? reject(e) : resolve())));
}

function readAll(s: Socket): Promise<Buffer> {
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    s.once('end', () => resolve(Buffer.concat(chunks)));
    s.once('error', reject);
  });
}

function parse(raw: Buffer): BurstResponse {
  const text = raw.toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no complete HTTP response: ${JSON.stringify(text.slice(0, 200))}`);
  const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  let body = text.slice(split + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = unchunk(body);
  return { status: Number(statusLine!.split(' ')[1]), headers, text: body, json: () => JSON.parse(body) };
}

function unchunk(s: string): string {
  let out = '';
  for (let i = 0; ;) {
    const eol = s.indexOf('\r\n', i);
    const size = parseInt(s.slice(i, eol), 16);
    if (!size) return out;
    out += s.slice(eol + 2, eol + 2 + size);
    i = eol + 2 + size + 2;
  }
}
