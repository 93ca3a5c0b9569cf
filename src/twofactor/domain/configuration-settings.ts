/**
 * A tenant's settings for a two-factor configuration, checked and merged: what the self-service
 * API accepts (each member within its bounds, templates with {code}, real locales and countries)
 * and how a request's members map onto the stored values. A member left out keeps the current
 * value (for a new configuration: the defaults below), so create and update share one path.
 */
import { isSupportedCountry } from 'libphonenumber-js';
import { canonicalLocale, templateProblem } from './message-template.js';

export type SettingsProblem = 'code-length' | 'expiry' | 'send-limits' | 'attempts' | 'channels' | 'countries' | 'template' | 'locale' | 'pumping' | 'name';

/** The stored values a tenant can set (the entity's fields of the same names). */
export interface ConfigurationValues {
  name: string;
  enabled: boolean;
  codeLength: number;
  defaultExpirySeconds: number;
  minExpirySeconds: number;
  maxExpirySeconds: number;
  maxSmsCount: number;
  smsIntervalSeconds: number;
  maxVerifyAttempts: number;
  channels: string | null;
  allowedCountries: string | null;
  defaultRegion: string | null;
  originator: string;
  defaultLocale: string | null;
  messageTemplate: string;
  messageTemplates: string | null;
  ipSendLimit: number;
  tenantSendLimit: number;
  prefixSendLimit: number;
  prefixDigits: number;
  sendWindowSeconds: number;
  minConversionPercent: number;
  conversionMinSample: number;
  conversionWindowSeconds: number;
}

type IntField = { [K in keyof ConfigurationValues]: ConfigurationValues[K] extends number ? K : never }[keyof ConfigurationValues];

/** Integer members: wire name, stored field, inclusive bounds, the problem when outside them. */
export const INT_SETTINGS: readonly [member: string, field: IntField, min: number, max: number, problem: SettingsProblem][] = [
  ['CodeLength', 'codeLength', 4, 10, 'code-length'],
  ['OtpExpirationPeriod', 'defaultExpirySeconds', 30, 86_400, 'expiry'],
  ['MinOtpExpirationPeriod', 'minExpirySeconds', 30, 86_400, 'expiry'],
  ['MaxOtpExpirationPeriod', 'maxExpirySeconds', 30, 86_400, 'expiry'],
  ['MaxSMSCount', 'maxSmsCount', 1, 100, 'send-limits'],
  ['MaxSMSInterval', 'smsIntervalSeconds', 1, 86_400, 'send-limits'],
  ['MaxVerifyAttempts', 'maxVerifyAttempts', 1, 10, 'attempts'],
  ['IpSendLimit', 'ipSendLimit', 0, 1_000_000, 'pumping'],
  ['TenantSendLimit', 'tenantSendLimit', 0, 1_000_000, 'pumping'],
  ['PrefixSendLimit', 'prefixSendLimit', 0, 1_000_000, 'pumping'],
  ['PrefixDigits', 'prefixDigits', 1, 6, 'pumping'],
  ['SendLimitWindow', 'sendWindowSeconds', 60, 86_400, 'pumping'],
  ['MinConversionPercent', 'minConversionPercent', 0, 100, 'pumping'],
  ['ConversionMinSample', 'conversionMinSample', 1, 100_000, 'pumping'],
  ['ConversionWindow', 'conversionWindowSeconds', 60, 86_400, 'pumping'],
];

export const CHANNELS = ['sms', 'email'] as const;
const MAX_LOCALES = 50;

/** A new configuration: the seeded default's values, pumping limits off until the tenant sets them. */
export const DEFAULT_VALUES: ConfigurationValues = {
  name: 'default', enabled: true, codeLength: 6, defaultExpirySeconds: 180, minExpirySeconds: 60, maxExpirySeconds: 600,
  maxSmsCount: 5, smsIntervalSeconds: 600, maxVerifyAttempts: 3, channels: 'sms', allowedCountries: null, defaultRegion: null,
  originator: 'Stackport', defaultLocale: null, messageTemplate: 'Your verification code is {code}. Valid for {minutes} min.', messageTemplates: null,
  ipSendLimit: 0, tenantSendLimit: 0, prefixSendLimit: 0, prefixDigits: 3, sendWindowSeconds: 3600,
  minConversionPercent: 0, conversionMinSample: 20, conversionWindowSeconds: 3600,
};

/** The members of the wire's settings, as the service binds them (null or absent: unchanged). */
export interface SettingsInput {
  readonly [member: string]: unknown;
  readonly Name?: unknown;
  readonly Enabled?: unknown;
  readonly Channels?: unknown;
  readonly AllowedCountries?: unknown;
  readonly DefaultRegion?: unknown;
  readonly Originator?: unknown;
  readonly DefaultLocale?: unknown;
  readonly MessageTemplate?: unknown;
  readonly MessageTemplates?: unknown;
}

export type SettingsResult = { ok: true; values: ConfigurationValues } | { ok: false; problem: SettingsProblem; message: string };

class Refusal {
  constructor(readonly problem: SettingsProblem, readonly message: string) {}
}

const given = (v: unknown): boolean => v !== undefined && v !== null;
const ORIGINATOR = /^(?:[A-Za-z0-9 ]{1,11}|\+?[0-9]{1,15})$/;

export function applySettings(current: ConfigurationValues, input: SettingsInput): SettingsResult {
  try {
    // Only the settable values: `current` may be a whole stored row.
    const v = Object.fromEntries(Object.keys(DEFAULT_VALUES).map((k) => [k, current[k as keyof ConfigurationValues]])) as unknown as ConfigurationValues;
    for (const [member, field, min, max, problem] of INT_SETTINGS) {
      const value = input[member];
      if (!given(value)) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new Refusal(problem, `${member} must be a whole number from ${min} to ${max}.`);
      v[field] = value;
    }
    if (v.minExpirySeconds > v.defaultExpirySeconds || v.defaultExpirySeconds > v.maxExpirySeconds) {
      throw new Refusal('expiry', 'OtpExpirationPeriod must lie within [MinOtpExpirationPeriod, MaxOtpExpirationPeriod].');
    }
    if (given(input.Name)) v.name = text(input.Name, 100, 'name', 'Name must be 1 to 100 characters.');
    if (given(input.Originator)) {
      v.originator = text(input.Originator, 16, 'name', 'Originator must be up to 11 letters, digits or spaces, or a phone number.');
      if (!ORIGINATOR.test(v.originator)) throw new Refusal('name', 'Originator must be up to 11 letters, digits or spaces, or a phone number.');
    }
    if (given(input.Enabled)) {
      if (typeof input.Enabled !== 'boolean') throw new Refusal('name', 'Enabled must be true or false.');
      v.enabled = input.Enabled;
    }
    if (given(input.Channels)) v.channels = channels(input.Channels);
    if (given(input.AllowedCountries)) v.allowedCountries = countries(input.AllowedCountries, 'AllowedCountries').join(',') || null;
    if (given(input.DefaultRegion)) v.defaultRegion = countries([input.DefaultRegion], 'DefaultRegion')[0]!;
    if (given(input.DefaultLocale)) v.defaultLocale = locale(input.DefaultLocale, 'DefaultLocale');
    if (given(input.MessageTemplate)) v.messageTemplate = template(input.MessageTemplate, 'MessageTemplate');
    if (given(input.MessageTemplates)) v.messageTemplates = localizedTemplates(input.MessageTemplates);
    return { ok: true, values: v };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, problem: e.problem, message: e.message };
    throw e;
  }
}

function text(value: unknown, max: number, problem: SettingsProblem, message: string): string {
  if (typeof value !== 'string' || !value.trim() || value.length > max) throw new Refusal(problem, message);
  return value.trim();
}

function channels(value: unknown): string {
  const list = Array.isArray(value) ? value.map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : c)) : [];
  if (!list.length || !list.every((c) => (CHANNELS as readonly unknown[]).includes(c))) throw new Refusal('channels', `Channels must name one or more of: ${CHANNELS.join(', ')}.`);
  return [...new Set(list)].join(',');
}

function countries(value: unknown, member: string): string[] {
  const list = Array.isArray(value) ? value.map((c) => (typeof c === 'string' ? c.trim().toUpperCase() : '')) : [''];
  if (list.length > 60 || !list.every((c) => /^[A-Z]{2}$/.test(c) && isSupportedCountry(c))) throw new Refusal('countries', `${member} must be ISO 3166 country codes (TR, AU…).`);
  return [...new Set(list)];
}

function locale(value: unknown, member: string): string {
  const tag = canonicalLocale(value);
  if (!tag) throw new Refusal('locale', `${member} must be a BCP 47 locale (tr, en-GB…).`);
  return tag;
}

function template(value: unknown, member: string): string {
  const problem = templateProblem(value);
  if (problem) throw new Refusal('template', `${member} ${problem}.`);
  return value as string;
}

function localizedTemplates(value: unknown): string | null {
  if (!Array.isArray(value) || value.length > MAX_LOCALES) throw new Refusal('template', `MessageTemplates must be a list of at most ${MAX_LOCALES} templates.`);
  const byLocale: Record<string, string> = {};
  for (const [i, entry] of value.entries()) {
    const { Locale, Template } = (entry ?? {}) as { Locale?: unknown; Template?: unknown };
    const tag = locale(Locale, `MessageTemplates[${i}].Locale`);
    if (byLocale[tag] !== undefined) throw new Refusal('locale', `MessageTemplates names the locale ${tag} twice.`);
    byLocale[tag] = template(Template, `MessageTemplates[${i}].Template`);
  }
  return Object.keys(byLocale).length ? JSON.stringify(byLocale) : null;
}
