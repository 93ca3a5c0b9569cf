/**
 * Whether codecs compile per-DTO writers into straight-line functions (`new Function`) or run the
 * generic interpreted loop over the same member plans. Both write the same bytes; the switch exists
 * so the conformance vectors can run against each (`STACKPORT_CODEGEN=off`), and so a deployment
 * whose Content-Security-Policy forbids eval-like code can still run.
 */
export const codegenEnabled = process.env['STACKPORT_CODEGEN'] !== 'off';

/**
 * A JavaScript string literal for `text`. JSON text is a JavaScript literal (ES2019), so no
 * character of a member name or namespace can end the literal and reach the generated code.
 */
export const literal = (text: string): string => JSON.stringify(text);
