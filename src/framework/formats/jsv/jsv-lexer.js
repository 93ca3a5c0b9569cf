"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JsvCursor = exports.BARE_ITEM = exports.ITEM = exports.MEMBER = exports.TOP = void 0;
exports.lex = lex;
exports.readKey = readKey;
exports.afterEntry = afterEntry;
const exceptions_js_1 = require("../../errors/exceptions.js");
const jsv_text_js_1 = require("./jsv-text.js");
/** Terminator sets: which characters end a raw value. TOP = the whole remaining region. */
exports.TOP = 0;
/** Object member / dictionary value: `,` or `}`. */
exports.MEMBER = 3;
/** Element of a `[…]` list read in place: `,`, `}` or the closing `]`. */
exports.ITEM = 7;
/** Element of a bracketless list (`1,2,3`, query strings): `,` or `}`. */
exports.BARE_ITEM = 3;
class JsvCursor {
    s;
    end;
    o;
    i = 0;
    depth = 0;
    /** Last token: [ts, te) of its content, whether it was quoted and holds `""` escapes. */
    ts = 0;
    te = 0;
    quoted = false;
    esc = false;
    constructor(s, end, o) {
        this.s = s;
        this.end = end;
        this.o = o;
    }
    /** True when the value at the cursor is empty (at a terminator or the region's end). */
    atEmpty(mode) {
        if (this.i >= this.end)
            return true;
        const c = this.s.charCodeAt(this.i);
        return (c === 44 && (mode & 1) !== 0) || (c === 125 && (mode & 2) !== 0) || (c === 93 && (mode & 4) !== 0);
    }
    /** The last token's text, unquoted. */
    token() {
        const t = this.s.slice(this.ts, this.te);
        return this.esc ? t.replaceAll('""', '"') : t;
    }
    enter() {
        if (++this.depth > this.o.maxDepth)
            throw this.error(`JSV nested deeper than ${this.o.maxDepth} levels`);
    }
    error(message, at = this.i) {
        return new exceptions_js_1.SerializationException(`${message} (at offset ${at})`);
    }
    skipWs() {
        const s = this.s;
        while (this.i < this.end && (0, jsv_text_js_1.isWs)(s.charCodeAt(this.i)))
            this.i++;
    }
}
exports.JsvCursor = JsvCursor;
/** Reads one value's extent at the cursor into ts/te/quoted/esc and moves past it. */
function lex(r, mode) {
    const s = r.s;
    const end = r.end;
    const i = r.i;
    r.quoted = false;
    r.esc = false;
    if (mode === exports.TOP) {
        // A whole text is unquoted like FromCsvField: first and last characters dropped.
        if (i < end && s.charCodeAt(i) === 34) {
            if (end - i < 2)
                throw r.error('Unterminated quoted value');
            r.ts = i + 1;
            r.te = end - 1;
            r.quoted = true;
            const k = s.indexOf('""', r.ts);
            r.esc = k >= 0 && k + 2 <= r.te;
        }
        else {
            r.ts = i;
            r.te = end;
        }
        r.i = end;
        return;
    }
    if (i >= end) {
        r.ts = r.te = i;
        return;
    }
    const c = s.charCodeAt(i);
    if (c === 34) {
        let j = i + 1;
        for (;;) {
            const k = s.indexOf('"', j);
            if (k < 0 || k >= end)
                throw r.error('Unterminated quoted value', i);
            if (k + 1 < end && s.charCodeAt(k + 1) === 34) {
                r.esc = true;
                j = k + 2;
                continue;
            }
            r.ts = i + 1;
            r.te = k;
            r.quoted = true;
            r.i = k + 1;
            return;
        }
    }
    if (c === 123 || c === 91) {
        const close = c + 2;
        let depth = 1;
        let inQuotes = false;
        let j = i + 1;
        for (; j < end; j++) {
            const d = s.charCodeAt(j);
            if (d === 34)
                inQuotes = !inQuotes;
            else if (!inQuotes) {
                if (d === c)
                    depth++;
                else if (d === close && --depth === 0)
                    break;
            }
        }
        if (j >= end)
            throw r.error(`Unbalanced '${String.fromCharCode(c)}'`, i);
        r.ts = i;
        r.te = j + 1;
        r.i = j + 1;
        return;
    }
    let j = i + 1;
    if ((mode & 4) !== 0) {
        for (; j < end; j++) {
            const d = s.charCodeAt(j);
            if (d === 44 || d === 125 || d === 93)
                break;
        }
    }
    else {
        for (; j < end; j++) {
            const d = s.charCodeAt(j);
            if (d === 44 || d === 125)
                break;
        }
    }
    r.ts = i;
    r.te = j;
    r.i = j;
}
/**
 * A map key (`EatMapKey`): quoted, a `{…}` block, or raw text up to the `:`. Leaves the cursor
 * after the `:` and returns the key unquoted; `trim` as object keys are trimmed, map keys not.
 * Returns undefined for an empty raw key (ServiceStack skips such entries).
 */
function readKey(r, trim) {
    const s = r.s;
    if (trim)
        r.skipWs();
    const start = r.i;
    let key;
    const c = r.i < r.end ? s.charCodeAt(r.i) : -1;
    if (c === 34 || c === 123) {
        lex(r, exports.MEMBER);
        key = c === 34 ? r.token() : s.slice(r.ts, r.te);
        if (trim)
            r.skipWs();
    }
    else {
        const k = s.indexOf(':', r.i);
        if (k < 0 || k >= r.end)
            throw r.error("Expected ':' after a key", start);
        key = s.slice(r.i, k);
        if (trim)
            key = key.trim();
        r.i = k;
        if (key.length === 0)
            key = undefined;
    }
    if (r.i >= r.end || s.charCodeAt(r.i) !== 58)
        throw r.error("Expected ':' after a key");
    r.i++;
    return key;
}
/** After a member or entry: `,` continues (true), `}` ends (false); anything else is malformed. */
function afterEntry(r, braced) {
    if (r.i >= r.end) {
        if (braced)
            throw r.error("Expected ',' or '}' but the text ended");
        return false;
    }
    const c = r.s.charCodeAt(r.i);
    if (c === 44) {
        r.i++;
        return braced || r.i < r.end;
    }
    if (c === 125) {
        r.i++;
        return !braced && r.i < r.end;
    }
    throw r.error(`Expected ',' or '}' but found '${r.s[r.i]}'`);
}
