/** Reads a Node request body up to a limit; beyond it the rest is drained unbuffered (answered 413). */
import type { IncomingMessage } from 'node:http';

export interface RequestBody { body: Buffer | undefined; tooLarge: boolean }

/**
 * The client went away (or its connection broke) before its body arrived. Nothing is left to answer,
 * and it is the client's doing, not a server error: any client can cause as many as it likes.
 */
export class ClientAbortedError extends Error {
  override name = 'ClientAbortedError';
}

export function readRequestBody(req: IncomingMessage, limit: number): Promise<RequestBody> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (req.headers['transfer-encoding'] === undefined && (declared === 0 || Number.isNaN(declared))) {
    return Promise.resolve({ body: undefined, tooLarge: false });
  }
  if (declared > limit) {
    req.resume();
    return Promise.resolve({ body: undefined, tooLarge: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? { body: undefined, tooLarge: true } : { body: Buffer.concat(chunks), tooLarge: false }));
    // A request stream fails only when its connection does ("aborted", ECONNRESET).
    req.on('error', (cause) => reject(new ClientAbortedError(cause.message, { cause })));
  });
}
