"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toCamelCase = toCamelCase;
exports.toSnakeCase = toSnakeCase;
exports.applyTextCase = applyTextCase;
/**
 * ServiceStack's ToCamelCase: lower the leading run of capitals, where a capital is lowered if it
 * is the first character or the next character is also a capital (end of string counts as one).
 * `Id`→`id`, `ID`→`id`, `URLValue`→`urlValue`, `MyID`→`myID`, `MaxSMSCount`→`maxSMSCount`.
 */
function toCamelCase(name) {
    const chars = [...name];
    const isUpper = (c) => c === undefined || (c !== c.toLowerCase() && c === c.toUpperCase());
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (!isUpper(c))
            break;
        if (i === 0 || isUpper(chars[i + 1]))
            chars[i] = c.toLowerCase();
        else
            break;
    }
    return chars.join('');
}
/** ServiceStack's ToLowercaseUnderscore: `FirstName` → `first_name`, `MaxSMSCount` → `max_s_m_s_count`. */
function toSnakeCase(name) {
    let out = '';
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (c >= 'A' && c <= 'Z')
            out += (i > 0 && name[i - 1] !== '_' ? '_' : '') + c.toLowerCase();
        else
            out += c;
    }
    return out;
}
const converters = {
    PascalCase: (s) => s,
    camelCase: toCamelCase,
    snake_case: toSnakeCase,
};
const memo = { PascalCase: new Map(), camelCase: new Map(), snake_case: new Map() };
function applyTextCase(name, textCase) {
    const m = memo[textCase];
    let out = m.get(name);
    if (out === undefined)
        m.set(name, (out = converters[textCase](name)));
    return out;
}
