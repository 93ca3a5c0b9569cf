"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defineEnum = defineEnum;
exports.enumValue = enumValue;
exports.enumNumber = enumNumber;
exports.getEnumMeta = getEnumMeta;
exports.allEnums = allEnums;
exports.flagNames = flagNames;
/**
 * .NET enums. A TypeScript numeric enum supplies the names and values; `defineEnum` adds what the
 * wire needs and TS cannot express: the .NET name and namespace, [Flags], and [EnumMember] values.
 * Values travel through DTOs as numbers, so [Flags] combinations and undefined values survive.
 *
 * A string-valued TS enum (`Red = 'Red'`, as @servicestack/client's DTOs declare them) is the
 * .NET enum with its members numbered in declaration order, as C# numbers them: DTOs hold the
 * member names, the codecs turn them into the enum's numbers and back (`enumValue`, `enumNumber`).
 */
const type_ref_js_1 = require("../types/type-ref.js");
const enums = new WeakMap();
(0, type_ref_js_1.setEnumLookup)((o) => enums.get(o));
/** Every registered enum, for type strings that name one (`'List<Color>'`). */
const defined = [];
function defineEnum(tsEnum, options) {
    const { values, stringValued } = memberValues(tsEnum, options);
    const members = [...values].map(([name, value]) => {
        const enumMember = options.enumMembers?.[name];
        return enumMember === undefined ? { name, value } : { name, value, enumMember };
    });
    const byValue = new Map();
    const byLowerName = new Map();
    for (const m of members) {
        if (!byValue.has(m.value))
            byValue.set(m.value, m);
        byLowerName.set(m.name.toLowerCase(), m);
        if (m.enumMember !== undefined)
            byLowerName.set(m.enumMember.toLowerCase(), m);
    }
    enums.set(tsEnum, {
        name: options.name,
        namespace: options.namespace ?? 'Stackport.ServiceModel',
        flags: options.flags ?? false,
        underlyingType: options.underlyingType ?? 'int',
        members, byValue, byLowerName, stringValued,
        ...(options.description === undefined ? {} : { description: options.description }),
    });
    defined.push(enums.get(tsEnum));
    return tsEnum;
}
/**
 * The members' .NET numbers by name. A numeric enum's are its values (its reverse-mapping keys
 * skipped); a string enum's are their declaration order. A mix of the two, a string value other
 * than the member's own name, or [Flags] on names has no single .NET reading: refused here.
 */
function memberValues(tsEnum, options) {
    const numeric = Object.keys(tsEnum).filter((k) => typeof tsEnum[k] === 'number');
    const reverse = new Set(numeric.map((k) => String(tsEnum[k])));
    const named = Object.keys(tsEnum).filter((k) => typeof tsEnum[k] === 'string' && !reverse.has(k));
    const refuse = (why) => { throw new TypeError(`defineEnum(${options.name}): ${why}`); };
    if (named.length === 0)
        return { values: new Map(numeric.map((k) => [k, tsEnum[k]])), stringValued: false };
    if (numeric.length)
        refuse(`mixes numeric members (${numeric.join(', ')}) with string members (${named.join(', ')}); a .NET enum is one or the other here`);
    const odd = named.find((k) => tsEnum[k] !== k);
    if (odd !== undefined)
        refuse(`member ${odd} has the value '${tsEnum[odd]}'; a string-valued enum gives each member its own name (${odd} = '${odd}'), other wire spellings go in enumMembers`);
    if (options.flags)
        refuse('[Flags] needs numeric members: a combination of flags has no single name');
    return { values: new Map(named.map((k, i) => [k, i])), stringValued: true };
}
/** What a DTO holds for the enum's number: the number, or a string-valued enum's member name. */
function enumValue(meta, n) {
    return meta.stringValued ? meta.byValue.get(n)?.name ?? n : n;
}
/** An enum value as a number: a DTO's number, or a member name (NaN for an unknown one). */
function enumNumber(meta, v) {
    if (typeof v === 'string' && !/^-?\d+$/.test(v))
        return meta.members.find((m) => m.name === v)?.value ?? NaN;
    return Number(v);
}
function getEnumMeta(tsEnum) {
    return enums.get(tsEnum);
}
function allEnums() {
    return defined;
}
/**
 * The names of the flags set in `value`, as .NET's Enum.ToString() picks them: a member whose
 * value equals the whole value wins; otherwise the largest members first, listed in ascending
 * order. Returns undefined when the value cannot be expressed with the defined members.
 */
function flagNames(meta, value) {
    const exact = meta.byValue.get(value);
    if (exact)
        return [exact];
    if (value === 0)
        return undefined;
    const sorted = [...meta.members].filter((m) => m.value !== 0).sort((a, b) => b.value - a.value);
    let rest = value;
    const picked = [];
    for (const m of sorted) {
        if ((rest & m.value) === m.value) {
            picked.push(m);
            rest &= ~m.value;
        }
        if (rest === 0)
            break;
    }
    return rest === 0 ? picked.reverse() : undefined;
}
