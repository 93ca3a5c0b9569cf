/**
 * Phone numbers for SMS: parsed with libphonenumber-js's full metadata (needed to tell mobile
 * from fixed-line numbers), normalised to E.164, and masked before they leave in a response.
 */
import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/max/metadata';

export type PhoneProblem = 'invalid' | 'not-mobile' | 'country-not-allowed';
export type PhoneResult = { ok: true; e164: string; country: CountryCode | undefined } | { ok: false; problem: PhoneProblem };

/** Types that can receive an SMS. FIXED_LINE_OR_MOBILE: NANP numbers cannot be typed any finer. */
const SMS_CAPABLE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * Reads `input` (E.164, international with 00, or national in `defaultRegion`) as a mobile
 * number. `allowedCountries` (ISO codes), when non-empty, is an allow-list.
 */
export function normalizeMobileNumber(input: unknown, defaultRegion: CountryCode, allowedCountries: readonly string[] = []): PhoneResult {
  if (typeof input !== 'string') return { ok: false, problem: 'invalid' };
  const text = input.trim();
  // A sanity bound before the parser: real numbers with formatting stay well under this.
  if (text.length === 0 || text.length > 40 || !/^[+0-9 ()./-]+$/.test(text)) return { ok: false, problem: 'invalid' };
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(text.replace(/^00/, '+'), defaultRegion);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  // With type metadata, isValid() is exactly "getType() finds a type" — and would compute it twice.
  const type = parsed.getType();
  if (type === undefined) return { ok: false, problem: 'invalid' };
  if (!SMS_CAPABLE.has(type)) return { ok: false, problem: 'not-mobile' };
  if (allowedCountries.length && !allowedCountries.includes(parsed.country ?? '')) return { ok: false, problem: 'country-not-allowed' };
  return { ok: true, e164: parsed.number, country: parsed.country };
}

/** `+905321234567` → `+90******4567`: the country code and last four digits stay readable. */
export function maskPhoneNumber(e164: string): string {
  const m = /^\+(\d+)(\d{4})$/.exec(e164);
  if (!m) return '***';
  const cc = countryCallingCodeOf(m[1]!) ?? m[1]!.slice(0, 1);
  return `+${cc}${'*'.repeat(Math.max(0, e164.length - 1 - cc.length - 4))}${m[2]}`;
}

const callingCodes = new Set([...Object.keys(metadata.country_calling_codes), ...Object.keys(metadata.nonGeographic ?? {})]);

/**
 * Country calling codes form a prefix code (ITU-T E.164), so the first of the number's one- to
 * three-digit prefixes that is a calling code is the one; no need to parse the whole number again.
 */
function countryCallingCodeOf(digits: string): string | undefined {
  for (let n = 1; n <= 3 && n <= digits.length; n++) {
    const prefix = digits.slice(0, n);
    if (callingCodes.has(prefix)) return prefix;
  }
  return undefined;
}

/**
 * The destination prefix the pumping limits count by: `+`, the country calling code and the next
 * `digits` digits (`+90532` for +905321234567 with 3) — where a pumping range's numbers share it.
 */
export function destinationPrefix(e164: string, digits: number): string {
  const national = e164.slice(1);
  const cc = countryCallingCodeOf(national) ?? national.slice(0, 1);
  return `+${national.slice(0, cc.length + Math.max(0, digits))}`;
}
