/** ServiceStack.Text's member-name casing (its `TextCase` setting). */
export type TextCase = 'PascalCase' | 'camelCase' | 'snake_case';

/**
 * ServiceStack's ToCamelCase: lower the leading run of capitals, where a capital is lowered if it
 * is the first character or the next character is also a capital (end of string counts as one).
 * `Id`→`id`, `ID`→`id`, `URLValue`→`urlValue`, `MyID`→`myID`, `MaxSMSCount`→`maxSMSCount`.
 */
export function toCamelCase(name: string): string {
  const chars = [...name];
  const isUpper = (c: string | undefined): boolean => c === undefined || (c !== c.toLowerCase() && c === c.toUpperCase());
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!isUpper(c)) break;
    if (i === 0 || isUpper(chars[i + 1])) chars[i] = c.toLowerCase();
    else break;
  }
  return chars.join('');
}

/** ServiceStack's ToLowercaseUnderscore: `FirstName` → `first_name`, `MaxSMSCount` → `max_s_m_s_count`. */
export function toSnakeCase(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c >= 'A' && c <= 'Z') out += (i > 0 && name[i - 1] !== '_' ? '_' : '') + c.toLowerCase();
    else out += c;
  }
  return out;
}

const converters: Record<TextCase, (s: string) => string> = {
  PascalCase: (s) => s,
  camelCase: toCamelCase,
  snake_case: toSnakeCase,
};

const memo: Record<TextCase, Map<string, string>> = { PascalCase: new Map(), camelCase: new Map(), snake_case: new Map() };

export function applyTextCase(name: string, textCase: TextCase): string {
  const m = memo[textCase];
  let out = m.get(name);
  if (out === undefined) m.set(name, (out = converters[textCase](name)));
  return out;
}
