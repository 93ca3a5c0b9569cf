"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatJsv = formatJsv;
/**
 * ServiceStack's JsvFormatter.Format: the indented JSV of metadata pages, `?debug` responses and
 * seed 002. It re-formats compact JSV character by character, with its quirks kept on purpose:
 * brackets inside quoted strings still indent, only `,` respects quotes, and only the first `:`
 * after an opening bracket, comma or closing bracket gets a space. The result is for people;
 * the JSV reader cannot read it back.
 */
function formatJsv(text, newline = '\n') {
    if (text.length === 0)
        return '';
    let tabs = 0;
    let out = '';
    let firstKeySeparator = true;
    let inString = false;
    const line = (n) => newline + (n > 0 ? '\t'.repeat(n) : '');
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '{' || c === '[') {
            if (i > 0 && text[i - 1] === ':') {
                const next = text[i + 1];
                if (next === '}' || next === ']') {
                    out += c + next;
                    i++;
                    continue;
                }
                out += line(tabs);
            }
            out += c + line(++tabs);
            firstKeySeparator = true;
            continue;
        }
        if (c === '}' || c === ']') {
            out += line(--tabs) + c;
            firstKeySeparator = true;
            continue;
        }
        if (c === '"') {
            out += c;
            inString = !inString;
            continue;
        }
        if (c === ',' && !inString) {
            out += c + line(tabs);
            firstKeySeparator = true;
            continue;
        }
        out += c;
        if (c === ':' && firstKeySeparator) {
            out += ' ';
            firstKeySeparator = false;
        }
    }
    return out;
}
