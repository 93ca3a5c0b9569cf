/**
 * Member names built to break out of a string literal or comment in generated code, for the tests
 * of the compiled writers: each one that ran would set `probe.pwned`.
 */
export const probe = globalThis as { pwned?: number };

export const HOSTILE_MEMBER_NAMES: readonly string[] = [
  `"]; globalThis.pwned = 1; x = v["`,
  `'); globalThis.pwned = 2; ('`,
  '`; globalThis.pwned = 3; `',
  '\\"; globalThis.pwned = 4; //',
  '\u2028globalThis.pwned = 5;\u2029',
  '*/ globalThis.pwned = 6; /*',
  '${globalThis.pwned = 7}',
  '</script>\n}); globalThis.pwned = 8; (function(){',
];
