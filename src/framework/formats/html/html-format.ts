/**
 * The HTML report format (ServiceStack's HtmlFormat): what a browser sees. Accept chooses it only
 * when `text/html` is the first range; `?format=html`, `.html` and `/html/reply/{Op}` choose it
 * explicitly. A response format only: ServiceStack registers no HTML request reader.
 */
import { SerializationException } from '../../errors/exceptions.js';
import type { TypeRef } from '../../types/type-ref.js';
import { guarded } from '../codec-guard.js';
import type { CodecOptions } from '../codec-options.js';
import type { Format } from '../format.js';
import { htmlPage } from './html-page.js';

export const htmlFormat: Format = Object.freeze({
  name: 'html',
  extension: 'html',
  contentType: 'text/html; charset=utf-8',
  mediaTypes: Object.freeze(['text/html']),
  firstAcceptRangeOnly: true,
  describesRequest: true,
  write: (value: unknown, type: TypeRef, options: CodecOptions): string => guarded('HTML', 'write', () => htmlPage(value, type, options)),
  read: (): never => {
    throw new SerializationException('HTML is a response format: send the request as JSON, XML, JSV, CSV or form fields');
  },
});
