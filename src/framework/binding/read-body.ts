/** Request bodies as text and form fields, refusing invalid UTF-8 rather than guessing. */
import busboy from 'busboy';
import { Readable } from 'node:stream';
import { SerializationException } from '../errors/exceptions.js';
import { MAX_PARAMETERS, parseQueryString } from './query-string.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The body as a string (UTF-8, BOM dropped); invalid UTF-8 is a SerializationException. */
export function bodyText(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new SerializationException('The request body is not valid UTF-8');
  }
}

/** Fields of an `application/x-www-form-urlencoded` or `multipart/form-data` body. */
export async function formFields(contentType: string, body: Buffer): Promise<Map<string, string>> {
  if (!contentType.toLowerCase().startsWith('multipart/')) return parseQueryString(bodyText(body));
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: { 'content-type': contentType }, limits: { fields: MAX_PARAMETERS, files: 0, fieldSize: body.length } });
    } catch (e) {
      reject(new SerializationException(`Invalid multipart body: ${(e as Error).message}`));
      return;
    }
    bb.on('field', (name, value) => {
      const prev = fields.get(name);
      fields.set(name, prev === undefined ? value : `${prev},${value}`);
    });
    bb.on('file', (_name, stream) => stream.resume());
    bb.on('error', (e) => reject(new SerializationException(`Invalid multipart body: ${(e as Error).message}`)));
    bb.on('close', () => resolve(fields));
    Readable.from([body]).pipe(bb);
  });
}
