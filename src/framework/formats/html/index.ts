/** The HTML report format (ServiceStack's HtmlFormat). */
export { htmlFormat } from './html-format.js';
export { escapeHtml } from './html-escape.js';
