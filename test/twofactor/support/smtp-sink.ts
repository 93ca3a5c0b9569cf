/**
 * A real SMTP server in the test process (the `smtp-server` package): it takes the mails the
 * product sends through nodemailer and keeps what it received — envelope, headers, text — for
 * the assertions. It can go down (stop listening: connections are refused) and come back on the
 * same port, answer the end of DATA with a temporary failure (451), as a mail server under
 * load does, or refuse a recipient (550). STARTTLS is off: the test speaks plain SMTP on loopback.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** Unfolded header lines, lower-case names. */
  headers: Map<string, string>;
  text: string;
}

export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  /** Answer every message with 451 (not accepted) while true. */
  refuseData = false;
  /** Recipients refused with 550 at RCPT TO. */
  readonly unknownRecipients = new Set<string>();
  private server: SMTPServer | undefined;
  private boundPort = 0;

  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.boundPort}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
      onData: (stream, session, callback) => { void this.receive(stream, session, callback); },
      onRcptTo: (address, _session, callback) => {
        callback(this.unknownRecipients.has(address.address) ? Object.assign(new Error('No such user'), { responseCode: 550 }) : undefined);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, '127.0.0.1', () => resolve());
    });
    this.boundPort = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops open connections: the next connection is refused. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails whose X-Stackport-Reference header is `reference`. */
  mailsFor(reference: string): ReceivedMail[] {
    return this.mails.filter((m) => m.headers.get('x-stackport-reference') === reference);
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (this.refuseData) {
      callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const split = raw.indexOf('\r\n\r\n');
    const headers = new Map<string, string>();
    for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    this.mails.push({
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), headers,
      text: decodeBody(raw.slice(split + 4), headers.get('content-transfer-encoding')),
    });
    callback();
  }
}

/** nodemailer picks 7bit or quoted-printable for short plain texts. */
function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() !== 'quoted-printable') return body;
  return body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
