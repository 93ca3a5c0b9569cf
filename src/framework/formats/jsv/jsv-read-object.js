"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classReader = classReader;
exports.readObject = readObject;
/**
 * JSV objects (ServiceStack's DeserializeTypeRefJsv): `{key:value,…}` with keys trimmed and
 * matched case-insensitively, unknown keys skipped, a leading `__type` hint honoured for known
 * subclasses. The instance is `new ctor()` and only declared members are assigned, so no key can
 * reach a prototype.
 *
 * Speed: keys usually arrive in member order and in the configured case, so the next expected
 * name is tried first without a substring; raw strings, ints and bools in their usual form are
 * read inline, and anything unusual falls back to the general readers.
 */
const error_catalog_js_1 = require("../../errors/error-catalog.js");
const exceptions_js_1 = require("../../errors/exceptions.js");
const jsv_lexer_js_1 = require("./jsv-lexer.js");
const jsv_dates_js_1 = require("./jsv-dates.js");
const jsv_enums_js_1 = require("./jsv-enums.js");
const jsv_numbers_js_1 = require("./jsv-numbers.js");
const jsv_reader_js_1 = require("./jsv-reader.js");
const jsv_scalars_js_1 = require("./jsv-scalars.js");
const jsv_text_js_1 = require("./jsv-text.js");
const member_plan_js_1 = require("./member-plan.js");
const type_hint_js_1 = require("./type-hint.js");
const GENERAL = 0;
const STRING = 1;
/** int or long: up to 9 digits always fits. */
const INT = 2;
const BOOL = 3;
const DOUBLE = 4;
/** Raw-token kinds: the token is sliced and parsed by the type's own parser. */
const DECIMAL = 5;
const GUID = 6;
const DATETIME = 7;
const ENUM = 8;
/** Added to a kind for its Nullable<> form: an empty value is null. */
const NULLABLE = 16;
const plans = new WeakMap();
const KINDS = {
    string: STRING, int: INT, long: INT, bool: BOOL, double: DOUBLE, decimal: DECIMAL, Guid: GUID, DateTime: DATETIME,
};
function fastKind(t) {
    const nullable = t.kind === 'nullable';
    const p = nullable ? t.of : t;
    if (p.kind === 'enum')
        return nullable ? ENUM + NULLABLE : ENUM;
    if (p.kind !== 'primitive')
        return GENERAL;
    const k = KINDS[p.name] ?? GENERAL;
    return k === GENERAL || !nullable ? k : k + NULLABLE;
}
/** Each member's read function, resolved on first use so classes can refer to each other. */
function readPlan(info) {
    let plan = plans.get(info);
    if (!plan) {
        const readers = info.members.map((m) => (r, mode) => (readers[m.index] = (0, jsv_reader_js_1.readerFor)(m.type))(r, mode));
        const enums = info.members.map((m) => (m.type.kind === 'enum' ? m.type.meta : m.type.kind === 'nullable' && m.type.of.kind === 'enum' ? m.type.of.meta : undefined));
        plans.set(info, (plan = { readers, fast: Uint8Array.from(info.members, (m) => fastKind(m.type)), enums }));
    }
    return plan;
}
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** Where the raw value at `i` ends (the next `,` or `}`). */
function rawEnd(s, i, end) {
    while (i < end) {
        const d = s.charCodeAt(i);
        if (d === 44 || d === 125)
            break;
        i++;
    }
    return i;
}
/** The value at the cursor via the member's fast path, or `readers[index]` when it is unusual. */
function readMember(r, plan, index) {
    const s = r.s;
    const i = r.i;
    let kind = plan.fast[index];
    if (kind > NULLABLE) {
        const c = s.charCodeAt(i);
        if (c === 44 || c === 125)
            return null;
        kind -= NULLABLE;
    }
    switch (kind) {
        case STRING: {
            const c = s.charCodeAt(i);
            if (c === 123 || c === 91)
                break;
            if (c === 34) {
                const close = s.indexOf('"', i + 1);
                const after = s.charCodeAt(close + 1);
                // Only an escape-free quoted value ending before `,`/`}` takes the short cut.
                if (close < 0 || close >= r.end || (after !== 44 && after !== 125))
                    break;
                r.i = close + 1;
                return s.slice(i + 1, close);
            }
            const j = rawEnd(s, i, r.end);
            r.i = j;
            return j === i ? null : s.slice(i, j);
        }
        case INT: {
            let j = i;
            const neg = s.charCodeAt(j) === 45;
            if (neg)
                j++;
            let n = 0;
            const start = j;
            for (; j < r.end && j - start < 10; j++) {
                const d = s.charCodeAt(j) - 48;
                if (d < 0 || d > 9)
                    break;
                n = n * 10 + d;
            }
            const c = s.charCodeAt(j);
            if (j === start || j - start > 9 || (c !== 44 && c !== 125))
                break;
            r.i = j;
            return neg ? (n === 0 ? 0 : -n) : n;
        }
        case BOOL: {
            const t = s.charCodeAt(i);
            const len = t === 84 ? 4 : t === 70 ? 5 : 0;
            const c = s.charCodeAt(i + len);
            if (len === 0 || (c !== 44 && c !== 125) || !s.startsWith(len === 4 ? 'True' : 'False', i))
                break;
            r.i = i + len;
            return len === 4;
        }
        case DOUBLE: {
            // `-?digits[.digits]` with at most 15 digits is mantissa / 10^k, which IEEE division rounds
            // exactly as parsing would; anything longer or fancier takes the general path.
            let j = i;
            const neg = s.charCodeAt(j) === 45;
            if (neg)
                j++;
            let mantissa = 0;
            let digits = 0;
            let scale = -1;
            for (; j < r.end; j++) {
                const d = s.charCodeAt(j);
                if (d >= 48 && d <= 57) {
                    mantissa = mantissa * 10 + (d - 48);
                    digits++;
                }
                else if (d === 46 && scale < 0)
                    scale = j;
                else
                    break;
            }
            const c = s.charCodeAt(j);
            if (digits === 0 || digits > 15 || (c !== 44 && c !== 125) || scale === j - 1)
                break;
            const v = scale < 0 ? mantissa : mantissa / POW10[j - scale - 1];
            r.i = j;
            return neg ? -v : v;
        }
        case DECIMAL:
        case GUID:
        case DATETIME:
        case ENUM: {
            const c = s.charCodeAt(i);
            if (c === 34 || c === 123 || c === 91)
                break;
            const j = rawEnd(s, i, r.end);
            if (j === i)
                break;
            const text = s.slice(i, j);
            const v = kind === DECIMAL ? (0, jsv_numbers_js_1.parseDecimal)(text) : kind === GUID ? (0, jsv_scalars_js_1.readGuid)(text)
                : kind === DATETIME ? (0, jsv_dates_js_1.parseDateTime)(text, r.o.tz, r.o.dateHandler, r.o.localDates) : (0, jsv_enums_js_1.readEnum)(text, plan.enums[index], r.o.lenient);
            // Unreadable text goes the general way, which reports it.
            if (v === undefined)
                break;
            r.i = j;
            return v;
        }
    }
    return plan.readers[index](r, jsv_lexer_js_1.MEMBER);
}
/** Index of the member whose wire name (and `:`) starts at `i`, from `next` on; -1 if none. */
function expectedMember(s, i, wires, next) {
    for (let k = next; k < wires.length; k++) {
        const w = wires[k];
        const n = w.length;
        if (s.charCodeAt(i + n) !== 58)
            continue;
        let j = 0;
        while (j < n && s.charCodeAt(i + j) === w.charCodeAt(j))
            j++;
        if (j === n)
            return k;
    }
    return -1;
}
/** A class's read function; its ClassInfo and plan are looked up once, not per object. */
function classReader(ctor) {
    let info;
    let plan;
    return (r, mode) => {
        info ??= (0, member_plan_js_1.classInfo)(ctor);
        plan ??= readPlan(info);
        return readObject(r, mode, info, plan);
    };
}
function readObject(r, mode, start, startPlan) {
    const s = r.s;
    const ctor = start.ctor;
    if (mode === jsv_lexer_js_1.TOP)
        r.skipWs();
    if (r.atEmpty(mode))
        return null;
    if (s.charCodeAt(r.i) !== 123) {
        throw error_catalog_js_1.frameworkErrors.typeDefinitionExpected(ctor.name, s.slice(r.i, Math.min(r.end, r.i + 50)));
    }
    r.enter();
    r.i++;
    let info = start;
    let inst;
    let wires = info.wires[r.o.textCase];
    let plan = startPlan ?? readPlan(info);
    let next = 0;
    r.skipWs();
    if (r.i < r.end && s.charCodeAt(r.i) === 125) {
        r.i++;
    }
    else {
        let first = true;
        let current = '';
        try {
            for (;;) {
                if ((0, jsv_text_js_1.isWs)(s.charCodeAt(r.i)))
                    r.skipWs();
                // Keys arrive in member order, some omitted: look ahead for the next wire name first.
                const k = expectedMember(s, r.i, wires, next);
                let m;
                if (k >= 0) {
                    m = info.members[k];
                    r.i += wires[k].length + 1;
                }
                else {
                    const key = (0, jsv_lexer_js_1.readKey)(r, true) ?? '';
                    if (first && key.length === 6 && key.toLowerCase() === '__type') {
                        (0, jsv_lexer_js_1.lex)(r, jsv_lexer_js_1.MEMBER);
                        const hint = r.token();
                        const sub = hint.length > 1 ? (0, type_hint_js_1.resolveHint)(r, hint, info.ctor) : undefined;
                        if (sub && sub !== info.ctor) {
                            info = (0, member_plan_js_1.classInfo)(sub);
                            wires = info.wires[r.o.textCase];
                            plan = readPlan(info);
                            next = 0;
                        }
                    }
                    else {
                        m = (0, member_plan_js_1.findMember)(info, key, r.o.lenient);
                        if (!m)
                            (0, jsv_lexer_js_1.lex)(r, jsv_lexer_js_1.MEMBER);
                    }
                }
                first = false;
                if (m) {
                    current = m.name;
                    next = m.index + 1;
                    inst ??= new info.ctor();
                    const at = r.i;
                    const depth = r.depth;
                    try {
                        inst[m.name] = readMember(r, plan, m.index);
                    }
                    catch (e) {
                        // Without ThrowOnError a value that does not parse leaves the member at its default.
                        if (r.o.throwOnError || !(e instanceof exceptions_js_1.SerializationException))
                            throw e;
                        r.i = at;
                        r.depth = depth;
                        (0, jsv_lexer_js_1.lex)(r, jsv_lexer_js_1.MEMBER);
                    }
                }
                const c = s.charCodeAt(r.i);
                if (c === 44) {
                    r.i++;
                    continue;
                }
                if (c === 125) {
                    r.i++;
                    break;
                }
                (0, jsv_lexer_js_1.afterEntry)(r, true);
            }
        }
        catch (e) {
            if (e instanceof exceptions_js_1.SerializationException && current && !e.message.startsWith(`${info.ctor.name}.`)) {
                throw new exceptions_js_1.SerializationException(`${info.ctor.name}.${current}: ${e.message}`, { cause: e });
            }
            throw e;
        }
    }
    r.depth--;
    return inst ?? new info.ctor();
}
