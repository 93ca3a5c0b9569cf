/**
 * The MariaDB baseline of the OTP-create bench: plain node:http and mysql2 running, per request
 * and unbatched, the statements one sync create with the development sender runs when it is alone —
 * `CALL otp_issue` (lock rows, send windows, supersede, OTP and outbox inserts, COMMIT), the
 * development sender's INSERT and the settling UPDATE — with no framework, validation, crypto,
 * phone parsing or logging. It was the floor of any per-request implementation on this machine;
 * the service beats it by sharing statements between concurrent requests (batch-queue.ts).
 *
 *   node mariadb-per-request-server.js <port> <mariadb url of a migrated database>
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createPool } from 'mysql2';

const [port, url] = [Number(process.argv[2]), new URL(process.argv[3]!)];
const pool = createPool({
  host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password),
  database: url.pathname.slice(1), connectionLimit: 25, supportBigNumbers: true, bigNumberStrings: true,
});
pool.on('connection', (c) => { c.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED'); });

function query(sql: string, params: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => pool.query(sql, params, (e, r) => (e ? reject(e) : resolve(r))));
}

const CALL = `CALL otp_issue(${Array(22).fill('?').join(', ')})`;
const SETTLE = "UPDATE sms_outbox o JOIN otp t ON t.id = o.otp_id SET o.status = 'sent', o.locked_until_ms = NULL, o.updated_at_ms = ?, "
  + "o.body_sealed = NULL, o.provider_message_id = ?, t.delivery_status = 'delivered', t.provider_message_id = ? WHERE o.id = ? AND o.status = 'sending'";
const SEALED = `v1.${'A'.repeat(16)}.${'B'.repeat(22)}.${'C'.repeat(96)}`;

async function create(body: { UserId: string; GsmNumber: string }): Promise<number> {
  const now = Date.now();
  const reference = randomUUID();
  const [lockA, lockB] = [`gsm:${body.GsmNumber}`, `user:${body.UserId}`].sort();
  const [rows] = await query(CALL, [lockA, lockB, now, 600_000, 5, reference, 'ABCD1234', 1, 'two-factor', body.UserId, body.GsmNumber, null,
    'h'.repeat(44), 'k1', 6, 'bench', 1, now + 180_000, 3, 'Stackport', null, 60_000]) as [Record<string, unknown>[]];
  const out = rows[0]!;
  const sent = await query('INSERT INTO dev_sms_message (recipient, originator, reference, body_sealed, created_at_ms) VALUES (?, ?, ?, ?, ?)',
    [body.GsmNumber, 'Stackport', reference, SEALED, now]) as { insertId: number };
  await query(SETTLE, [Date.now(), `dev-${sent.insertId}`, `dev-${sent.insertId}`, out.outbox_id]);
  return Number(out.otp_id);
}

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    create(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { UserId: string; GsmNumber: string }).then((id) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ Success: true, OtpId: id }));
    }, () => { res.statusCode = 500; res.end(); });
  });
}).listen(port, '127.0.0.1', () => console.log('ready'));
