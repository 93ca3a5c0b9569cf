"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LazyType = exports.PRIMITIVES = void 0;
exports.primitive = primitive;
exports.parseCSharpType = parseCSharpType;
exports.isValueType = isValueType;
exports.unwrapNullable = unwrapNullable;
exports.List = List;
exports.ArrayOf = ArrayOf;
exports.Dict = Dict;
exports.Nullable = Nullable;
exports.setEnumLookup = setEnumLookup;
exports.setNameLookup = setNameLookup;
exports.resolveTypeSpec = resolveTypeSpec;
exports.csharpTypeName = csharpTypeName;
exports.PRIMITIVES = [
    'string', 'bool', 'char', 'byte', 'sbyte', 'short', 'ushort', 'int', 'uint', 'long', 'ulong',
    'float', 'double', 'decimal', 'DateTime', 'DateTimeOffset', 'TimeSpan', 'Guid', 'byte[]', 'object',
];
/** A type spec that can only be resolved once every module has loaded (thunks, enums). */
class LazyType {
    resolve;
    constructor(resolve) {
        this.resolve = resolve;
    }
}
exports.LazyType = LazyType;
const primitiveCache = new Map();
function primitive(name) {
    let t = primitiveCache.get(name);
    if (!t)
        primitiveCache.set(name, (t = Object.freeze({ kind: 'primitive', name })));
    return t;
}
/** C# and CLR spellings accepted for primitives. */
const ALIASES = {
    string: 'string', String: 'string', 'System.String': 'string',
    bool: 'bool', Boolean: 'bool', boolean: 'bool',
    char: 'char', Char: 'char',
    byte: 'byte', Byte: 'byte', sbyte: 'sbyte', SByte: 'sbyte',
    short: 'short', Int16: 'short', ushort: 'ushort', UInt16: 'ushort',
    int: 'int', Int32: 'int', integer: 'int', uint: 'uint', UInt32: 'uint',
    long: 'long', Int64: 'long', ulong: 'ulong', UInt64: 'ulong',
    float: 'float', Single: 'float', double: 'double', Double: 'double',
    decimal: 'decimal', Decimal: 'decimal',
    DateTime: 'DateTime', DateTimeOffset: 'DateTimeOffset', TimeSpan: 'TimeSpan',
    Guid: 'Guid', 'byte[]': 'byte[]', 'Byte[]': 'byte[]', object: 'object', Object: 'object',
};
const LIST_NAMES = new Set(['List', 'IList', 'ICollection', 'IEnumerable', 'IReadOnlyList', 'HashSet', 'ISet']);
const DICT_NAMES = new Set(['Dictionary', 'IDictionary', 'IReadOnlyDictionary', 'SortedDictionary']);
/**
 * Parses a C# type spelling: `List<Dictionary<string,int?>>`, `string[]`, `List<Order>`. A name that
 * is no primitive names a registered DTO class or enum, simply (`Order`) or with its namespace.
 */
function parseCSharpType(text, scope) {
    const p = new CSharpTypeParser(text.replace(/\s+/g, ''), scope);
    const t = p.type();
    if (!p.done())
        throw new TypeError(`Unexpected '${text.slice(p.pos)}' in type '${text}'`);
    return t;
}
class CSharpTypeParser {
    s;
    scope;
    pos = 0;
    constructor(s, scope) {
        this.s = s;
        this.scope = scope;
    }
    done() { return this.pos >= this.s.length; }
    type() {
        const m = /^[A-Za-z_][\w.]*/.exec(this.s.slice(this.pos));
        if (!m)
            throw new TypeError(`Expected a type name in '${this.s}'`);
        this.pos += m[0].length;
        const name = m[0].replace(/^System\.(Collections\.Generic\.)?/, '');
        let t;
        if (this.s[this.pos] === '<') {
            this.pos++;
            const args = [this.type()];
            while (this.s[this.pos] === ',') {
                this.pos++;
                args.push(this.type());
            }
            if (this.s[this.pos++] !== '>')
                throw new TypeError(`Unclosed '<' in '${this.s}'`);
            if (LIST_NAMES.has(name) && args.length === 1)
                t = { kind: 'list', of: args[0], array: false };
            else if (DICT_NAMES.has(name) && args.length === 2)
                t = { kind: 'dict', key: args[0], value: args[1] };
            else if (name === 'Nullable' && args.length === 1)
                t = nullableOf(args[0]);
            else
                throw new TypeError(`unsupported generic type '${name}' in '${this.s}'`);
        }
        else {
            const prim = ALIASES[name];
            t = prim ? primitive(prim) : this.named(name);
        }
        for (;;) {
            if (this.s[this.pos] === '?') {
                this.pos++;
                t = nullableOf(t);
                continue;
            }
            if (this.s.startsWith('[]', this.pos)) {
                this.pos += 2;
                t = t.kind === 'primitive' && t.name === 'byte' ? primitive('byte[]') : { kind: 'list', of: t, array: true };
                continue;
            }
            return t;
        }
    }
    named(name) {
        const found = nameLookup(name, this.scope);
        if (!found)
            throw new TypeError(`unknown type '${name}' in '${this.s}': no primitive, registered DTO class or enum has that name`);
        return found;
    }
}
function nullableOf(t) {
    return t.kind === 'nullable' || !isValueType(t) ? t : { kind: 'nullable', of: t };
}
/** True for .NET value types: they are never null and always written (default 0/false/…). */
function isValueType(t) {
    if (t.kind === 'enum')
        return true;
    if (t.kind !== 'primitive')
        return false;
    return t.name !== 'string' && t.name !== 'byte[]' && t.name !== 'object';
}
/** The type with any `Nullable<>` removed. */
function unwrapNullable(t) {
    return t.kind === 'nullable' ? t.of : t;
}
// ---- builders for decorators -------------------------------------------------------------
function List(of) {
    return new LazyType((scope) => ({ kind: 'list', of: resolveTypeSpec(of, scope), array: false }));
}
function ArrayOf(of) {
    return new LazyType((scope) => ({ kind: 'list', of: resolveTypeSpec(of, scope), array: true }));
}
function Dict(key, value) {
    return new LazyType((scope) => ({ kind: 'dict', key: resolveTypeSpec(key, scope), value: resolveTypeSpec(value, scope) }));
}
function Nullable(of) {
    return new LazyType((scope) => nullableOf(resolveTypeSpec(of, scope)));
}
/** Set by the enum registry so this module does not import it (it imports us). */
let enumLookup = () => undefined;
function setEnumLookup(fn) { enumLookup = fn; }
/**
 * Set by the DTO registry: the DTO class or enum a C# name means (undefined if none; throws if
 * several do). Injected for the same reason as `enumLookup`.
 */
let nameLookup = () => undefined;
function setNameLookup(fn) { nameLookup = fn; }
function resolveTypeSpec(spec, scope) {
    if (typeof spec === 'string')
        return parseCSharpType(spec, scope);
    if (spec instanceof LazyType)
        return spec.resolve(scope);
    if (typeof spec === 'function') {
        // A class has a prototype; an arrow-function thunk has none.
        if (spec.prototype)
            return { kind: 'class', ctor: spec };
        return resolveTypeSpec(spec(), scope);
    }
    if (spec && typeof spec === 'object') {
        if ('kind' in spec && typeof spec.kind === 'string')
            return spec;
        const e = enumLookup(spec);
        if (e)
            return { kind: 'enum', meta: e };
    }
    throw new TypeError('Unrecognised type spec: register enums with defineEnum() before use');
}
/** C# spelling of a type, for metadata pages, generated DTOs and error messages. */
function csharpTypeName(t, nameOf) {
    switch (t.kind) {
        case 'primitive': return t.name;
        case 'nullable': return `${csharpTypeName(t.of, nameOf)}?`;
        case 'list': return t.array ? `${csharpTypeName(t.of, nameOf)}[]` : `List<${csharpTypeName(t.of, nameOf)}>`;
        case 'dict': return `Dictionary<${csharpTypeName(t.key, nameOf)}, ${csharpTypeName(t.value, nameOf)}>`;
        case 'class': return nameOf(t.ctor);
        case 'enum': return t.meta.name;
    }
}
