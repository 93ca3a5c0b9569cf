/**
 * What both adapters do with a Node request: read the body, run the pipeline, write the answer.
 * `X-Content-Type-Options: nosniff` is set here, first, so that every response of either adapter
 * carries it — the pipeline's, raw handlers', and an adapter's own 500 — and no browser sniffs
 * reflected request text (a JSV echo, `/types/csharp?IncludeTypes=…`) into HTML or script.
 * A client that goes away before its body arrived goes to `onClientAbort`, not `onError`; anything
 * else that escapes the pipeline still gets a 500 (answerEscapedError), so this never rejects.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppHost } from './app-host.js';
import { answerEscapedError } from './answer-escaped-error.js';
import { ClientAbortedError, readRequestBody, type RequestBody } from './read-request-body.js';

export async function serveNodeRequest(host: AppHost, req: IncomingMessage, res: ServerResponse, method: string, url: string): Promise<void> {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const request = { method, url, headers: req.headers, remoteAddress: req.socket.remoteAddress };
  let read: RequestBody;
  try {
    read = await readRequestBody(req, host.config.maxBodyBytes);
  } catch (error) {
    if (error instanceof ClientAbortedError) {
      host.config.onClientAbort?.(request);
      res.destroy();
    } else answerEscapedError(host, res, error, request);
    return;
  }
  try {
    const out = await host.handle({ method, url, headers: request.headers, remoteAddress: request.remoteAddress, body: read.body, bodyTooLarge: read.tooLarge });
    res.statusCode = out.status;
    if (out.statusText) res.statusMessage = out.statusText;
    const headers = out.headers;
    for (const k in headers) res.setHeader(k, headers[k]!);
    res.end(out.body);
  } catch (error) {
    answerEscapedError(host, res, error, request);
  }
}
