/**
 * The Help Page's "Additional information" column: data-annotation texts, `Required` first and
 * the rest sorted (ModelDescriptionGenerator). Our DTOs state `required` on the member and
 * validation with class-validator decorators, so both are read here.
 */
import { getMetadataStorage } from 'class-validator';
import type { Constructor, MemberMeta } from '../../src/index.js';

type Annotation = (constraints: unknown[]) => string | undefined;

/** class-validator constraint name → the DataAnnotations text Web API would show. */
const ANNOTATIONS: Record<string, Annotation> = {
  isNotEmpty: () => 'Required',
  isDefined: () => 'Required',
  maxLength: ([n]) => `Max length: ${String(n)}`,
  minLength: ([n]) => `Min length: ${String(n)}`,
  length: ([a, b]) => `String length: inclusive between ${String(a)} and ${String(b ?? 2147483647)}`,
  matches: ([p]) => `Matching regular expression pattern: ${p instanceof RegExp ? p.source : String(p)}`,
  isEmail: () => 'Data type: EmailAddress',
  isUrl: () => 'Data type: Url',
  isPhoneNumber: () => 'Data type: PhoneNumber',
};

function validationTexts(ctor: Constructor, property: string): string[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(ctor as unknown as new () => object, '', true, false);
  const own = metas.filter((m) => m.propertyName === property);
  const texts = own.map((m) => (m.name ? ANNOTATIONS[m.name]?.(m.constraints ?? []) : undefined)).filter((t): t is string => !!t);
  const min = own.find((m) => m.name === 'min')?.constraints?.[0];
  const max = own.find((m) => m.name === 'max')?.constraints?.[0];
  if (min !== undefined || max !== undefined) texts.push(`Range: inclusive between ${String(min ?? -2147483648)} and ${String(max ?? 2147483647)}`);
  return texts;
}

/** The annotation texts of a member, `Required` first, then ordinal order, without duplicates. */
export function memberAnnotations(ctor: Constructor, member: MemberMeta): string[] {
  const texts = new Set(validationTexts(ctor, member.name));
  if (member.required) texts.add('Required');
  const required = texts.delete('Required');
  const rest = [...texts].sort();
  return required ? ['Required', ...rest] : rest;
}
