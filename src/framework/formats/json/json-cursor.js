"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JsonCursor = exports.T_ARRAY = exports.T_OBJECT = exports.T_NULL = exports.T_FALSE = exports.T_TRUE = exports.T_NUMBER = exports.T_STRING = void 0;
exports.T_STRING = 0, exports.T_NUMBER = 1, exports.T_TRUE = 2, exports.T_FALSE = 3, exports.T_NULL = 4, exports.T_OBJECT = 5, exports.T_ARRAY = 6;
const ESCAPES = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t', 39: "'" };
const CTRL = /[\u0000-\u001f]/;
class JsonCursor {
    s;
    g;
    msg;
    maxDepth;
    i = 0;
    n;
    depth = 0;
    /** Decoded text of the last string token, or raw text of the last number token. */
    text = '';
    /** Where the last token started. */
    tokStart = 0;
    /** The last property name read by `objectKey`. */
    key = '';
    /**
     * Member names and indices from the root to the value being read, for error messages: the
     * first `plen` entries of `parts` (a length counter is much cheaper than resizing an array).
     */
    parts = [];
    plen = 0;
    /** `objectKey` matched the expected name it was given. */
    hit = false;
    /**
     * Where a member that does not read is recorded, the member left at its default and the object
     * read on (Json.NET's Error event marked handled, as Web API's formatter does); unset: throw.
     */
    errors;
    /** Next backslash at or after some earlier position (-1: none left, -2: not looked yet). */
    bs = -2;
    constructor(s, g, msg, maxDepth) {
        this.s = s;
        this.g = g;
        this.msg = msg;
        this.maxDepth = maxDepth;
        this.n = s.length;
    }
    get path() {
        return this.parts.slice(0, this.plen);
    }
    /** Skips whitespace (and comments where allowed); returns the next char code, or -1 at the end. */
    ws() {
        const s = this.s;
        for (;;) {
            const ch = s.charCodeAt(this.i);
            if (ch === 32 || ch === 10 || ch === 13 || ch === 9) {
                this.i++;
                continue;
            }
            if (ch !== ch)
                return -1; // NaN: past the end
            if (this.g.strict)
                return ch;
            if (ch === 47 && this.g.comments) {
                this.comment();
                continue;
            }
            if (ch === 0xa0 || ch === 0xfeff || ch === 0x0b || ch === 0x0c || ch === 0x85 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x3000) {
                this.i++;
                continue;
            }
            return ch;
        }
    }
    comment() {
        const s = this.s, next = s.charCodeAt(this.i + 1);
        if (next === 47) {
            const end = s.indexOf('\n', this.i + 2);
            this.i = end < 0 ? this.n : end + 1;
        }
        else if (next === 42) {
            const end = s.indexOf('*/', this.i + 2);
            if (end < 0) {
                this.i = this.n;
                throw this.msg.unexpectedEnd(this);
            }
            this.i = end + 2;
        }
        else
            throw this.msg.unexpectedChar(this, this.i, 'value');
    }
    /**
     * Reads the next token. Scalars are consumed (their text in `text`); for `{` and `[` nothing is
     * consumed yet: the caller continues with `objectKey`/`arrayItem` or `skip`.
     */
    next() {
        const ch = this.ws();
        this.tokStart = this.i;
        switch (ch) {
            case 34:
                this.string(34);
                return exports.T_STRING;
            case 123: return exports.T_OBJECT;
            case 91: return exports.T_ARRAY;
            case 116:
                this.literal('true');
                return exports.T_TRUE;
            case 102:
                this.literal('false');
                return exports.T_FALSE;
            case 110:
                this.literal('null');
                return exports.T_NULL;
            case -1: throw this.msg.unexpectedEnd(this);
            case 39:
                if (this.g.singleQuotes) {
                    this.string(39);
                    return exports.T_STRING;
                }
                break;
            case 78:
                if (this.g.nonFinite) {
                    this.literal('NaN');
                    this.text = 'NaN';
                    return exports.T_NUMBER;
                }
                break;
            case 73:
                if (this.g.nonFinite) {
                    this.literal('Infinity');
                    this.text = 'Infinity';
                    return exports.T_NUMBER;
                }
                break;
            case 117:
                if (this.g.comments) {
                    this.literal('undefined');
                    return exports.T_NULL;
                }
                break;
            default:
                if (ch === 45 || (ch >= 48 && ch <= 57)) {
                    this.number();
                    return exports.T_NUMBER;
                }
        }
        throw this.msg.unexpectedChar(this, this.i, 'value');
    }
    literal(word) {
        const s = this.s;
        for (let k = 1; k < word.length; k++) {
            const at = this.i + k;
            if (at >= this.n) {
                this.i = this.n;
                throw this.msg.unexpectedEnd(this);
            }
            if (s.charCodeAt(at) !== word.charCodeAt(k))
                throw this.msg.unexpectedChar(this, at, 'literal');
        }
        this.i += word.length;
    }
    number() {
        const s = this.s, start = this.i;
        let i = start;
        if (this.g.strict) {
            i = this.strictNumber(i);
        }
        else {
            if (s.charCodeAt(i) === 45 && this.g.nonFinite && s.startsWith('Infinity', i + 1)) {
                this.i = i + 9;
                this.text = '-Infinity';
                return;
            }
            for (;;) {
                const c = s.charCodeAt(i);
                if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69)
                    i++;
                else
                    break;
            }
        }
        this.text = s.slice(start, i);
        this.i = i;
    }
    /** Go's number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
    strictNumber(i) {
        const s = this.s;
        const digit = (at) => { const c = s.charCodeAt(at); return c >= 48 && c <= 57; };
        const need = (at) => {
            if (at >= this.n) {
                this.i = this.n;
                throw this.msg.unexpectedEnd(this);
            }
            if (!digit(at))
                throw this.msg.unexpectedChar(this, at, 'number');
        };
        if (s.charCodeAt(i) === 45)
            i++;
        need(i);
        if (s.charCodeAt(i) === 48)
            i++;
        else
            while (digit(i))
                i++;
        if (s.charCodeAt(i) === 46) {
            i++;
            need(i);
            while (digit(i))
                i++;
        }
        const e = s.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            const sign = s.charCodeAt(i);
            if (sign === 43 || sign === 45)
                i++;
            need(i);
            while (digit(i))
                i++;
        }
        return i;
    }
    /** Reads a quoted string starting at `this.i` into `text`. */
    string(quote) {
        const s = this.s, start = this.i + 1;
        const end = s.indexOf(quote === 34 ? '"' : "'", start);
        if (end < 0) {
            this.i = this.n;
            throw this.msg.unexpectedEnd(this, 'string');
        }
        if (this.bs !== -1 && this.bs < start)
            this.bs = s.indexOf('\\', start);
        if (this.bs === -1 || this.bs > end) {
            const text = s.slice(start, end);
            if (this.g.strict && CTRL.test(text))
                throw this.msg.unexpectedChar(this, start + text.search(CTRL), 'string');
            this.text = text;
            this.i = end + 1;
            return;
        }
        this.escapedString(quote, start);
    }
    escapedString(quote, start) {
        const s = this.s;
        let out = '';
        let from = start;
        let i = start;
        for (;;) {
            if (i >= this.n) {
                this.i = this.n;
                throw this.msg.unexpectedEnd(this, 'string');
            }
            const c = s.charCodeAt(i);
            if (c === quote)
                break;
            if (c < 32 && this.g.strict)
                throw this.msg.unexpectedChar(this, i, 'string');
            if (c !== 92) {
                i++;
                continue;
            }
            out += s.slice(from, i);
            const e = s.charCodeAt(i + 1);
            if (e !== e) {
                this.i = this.n;
                throw this.msg.unexpectedEnd(this, 'string');
            }
            if (e === 117) {
                const hex = s.slice(i + 2, i + 6);
                if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
                    if (i + 6 > this.n && /^[0-9a-fA-F]*$/.test(hex)) {
                        this.i = this.n;
                        throw this.msg.unexpectedEnd(this, 'string');
                    }
                    const bad = i + 2 + hex.search(/[^0-9a-fA-F]|$/);
                    throw this.msg.unexpectedChar(this, bad, 'escape');
                }
                out += String.fromCharCode(parseInt(hex, 16));
                i += 6;
            }
            else {
                const r = ESCAPES[e];
                if (r === undefined || (e === 39 && this.g.strict)) {
                    if (this.g.strict || this.g.comments)
                        throw this.msg.unexpectedChar(this, i + 1, 'escape');
                    out += s[i + 1]; // ServiceStack keeps an unknown escaped char as is
                }
                else
                    out += r;
                i += 2;
            }
            from = i;
        }
        this.text = out + s.slice(from, i);
        this.i = i + 1;
        this.bs = -2;
    }
    /** Enters an object (at `{`). */
    enter() {
        if (++this.depth > this.maxDepth)
            throw this.msg.tooDeep(this);
        this.i++;
    }
    /**
     * Moves to the next member of the current object: true with its name in `key`, positioned at
     * its value; false after consuming the closing `}`.
     */
    objectKey(first, expect) {
        let ch = this.ws();
        if (!first) {
            if (ch === 125) {
                this.i++;
                this.depth--;
                return false;
            }
            if (ch !== 44)
                throw ch < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'afterMember');
            this.i++;
            ch = this.ws();
            if (ch === 125 && this.g.trailingCommas) {
                this.i++;
                this.depth--;
                return false;
            }
        }
        else if (ch === 125) {
            this.i++;
            this.depth--;
            return false;
        }
        this.tokStart = this.i;
        this.hit = false;
        if (ch === 34) {
            // Members usually arrive in declaration order: compare in place, no slice or hash.
            if (expect !== undefined && this.s.startsWith(expect, this.i + 1) && this.s.charCodeAt(this.i + 1 + expect.length) === 34) {
                this.i += expect.length + 2;
                this.text = expect;
                this.hit = true;
            }
            else
                this.string(34);
        }
        else if (ch === 39 && this.g.singleQuotes)
            this.string(39);
        else if (ch >= 0 && this.g.unquotedNames && isNameChar(ch))
            this.unquotedName();
        else
            throw ch < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'key');
        this.key = this.text;
        const colon = this.ws();
        if (colon !== 58)
            throw colon < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'colon');
        this.i++;
        return true;
    }
    unquotedName() {
        const s = this.s, start = this.i;
        let i = start;
        while (i < this.n && isNameChar(s.charCodeAt(i)))
            i++;
        this.text = s.slice(start, i);
        this.i = i;
    }
    /** Like `objectKey` for arrays: true when an element follows (positioned at it). */
    arrayItem(first) {
        let ch = this.ws();
        if (!first) {
            if (ch === 93) {
                this.i++;
                this.depth--;
                return false;
            }
            if (ch !== 44)
                throw ch < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'afterItem');
            this.i++;
            ch = this.ws();
            if (ch === 93 && this.g.trailingCommas) {
                this.i++;
                this.depth--;
                return false;
            }
        }
        else if (ch === 93) {
            this.i++;
            this.depth--;
            return false;
        }
        if (ch < 0)
            throw this.msg.unexpectedEnd(this);
        return true;
    }
    /** Skips one whole value (after `next()` returned its token). */
    skip(tok) {
        if (tok === exports.T_OBJECT) {
            this.enter();
            for (let first = true; this.objectKey(first); first = false)
                this.skip(this.next());
        }
        else if (tok === exports.T_ARRAY) {
            this.enter();
            for (let first = true; this.arrayItem(first); first = false)
                this.skip(this.next());
        }
    }
    /** The raw JSON text of one value (after `next()` returned its token). */
    raw(tok) {
        const start = this.tokStart;
        this.skip(tok);
        return this.s.slice(start, this.i);
    }
    /** 1-based line, and the column as a count of UTF-16 units before `at` on that line. */
    lineOf(at) {
        let line = 1, lineStart = 0;
        for (let k = this.s.indexOf('\n'); k >= 0 && k < at; k = this.s.indexOf('\n', k + 1)) {
            line++;
            lineStart = k + 1;
        }
        return { line, lineStart };
    }
}
exports.JsonCursor = JsonCursor;
function isNameChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}
