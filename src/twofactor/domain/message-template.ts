/**
 * SMS text from a configuration's template. Placeholders: {code}, {ref} (the short reference
 * code) and {minutes} (lifetime, rounded up). A template without {code} is refused: the message
 * would be useless. A configuration has a default template and may add one per locale (BCP 47).
 */
export interface TemplateValues {
  code: string;
  referenceCode: string;
  expirySeconds: number;
}

const PLACEHOLDER = /\{(code|ref|minutes)\}/g;
export const MAX_TEMPLATE_LENGTH = 320;

export function renderSmsBody(template: string, v: TemplateValues): string {
  if (!template.includes('{code}')) throw new Error('The message template has no {code} placeholder');
  return template.replace(PLACEHOLDER, (_, name: string) =>
    name === 'code' ? v.code : name === 'ref' ? v.referenceCode : String(Math.ceil(v.expirySeconds / 60)));
}

/** Why a template cannot be stored, if it cannot: no {code}, an unknown {placeholder}, too long. */
export function templateProblem(template: unknown): string | undefined {
  if (typeof template !== 'string' || !template.trim()) return 'is required';
  if (template.length > MAX_TEMPLATE_LENGTH) return `must be at most ${MAX_TEMPLATE_LENGTH} characters`;
  if (!template.includes('{code}')) return 'must contain the {code} placeholder';
  if (/\{[^}]*\}/.test(template.replace(PLACEHOLDER, ''))) return 'may only use the {code}, {ref} and {minutes} placeholders';
  return undefined;
}

/** The canonical form of a BCP 47 tag (`EN-gb` → `en-GB`), or undefined when it is not one. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || !tag || tag.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export interface LocalizedTemplates {
  /** The default template, and the locale it is written in (when the configuration names one). */
  readonly template: string;
  readonly defaultLocale: string | null;
  /** Canonical locale → template, besides the default. */
  readonly byLocale: Readonly<Record<string, string>>;
}

/**
 * The template for a message: the requested locale's (exact, else its language's), else the one
 * for the destination country (a locale of that region, else the country's likely language, as
 * CLDR's likely subtags give it: TR → tr, CH → de), else the default.
 */
export function chooseTemplate(t: LocalizedTemplates, requested: string | undefined, country: string | undefined): string {
  const all: Record<string, string> = { ...t.byLocale, ...(t.defaultLocale ? { [t.defaultLocale]: t.template } : {}) };
  const tags = Object.keys(all);
  const byLanguage = (language: string): string | undefined => tags.find((k) => k === language) ?? tags.find((k) => k.split('-')[0] === language);
  const wanted = canonicalLocale(requested);
  const fromRequest = wanted && (all[wanted] !== undefined ? wanted : byLanguage(wanted.split('-')[0]!));
  const fromCountry = !fromRequest && country
    ? tags.find((k) => new Intl.Locale(k).region === country) ?? byLanguage(new Intl.Locale(`und-${country}`).maximize().language)
    : undefined;
  const key = fromRequest || fromCountry;
  return key ? all[key]! : t.template;
}
