/**
 * Field validation with class-validator, reported the way ServiceStack's ValidationFeature does:
 * 400, errorCode and message of the first failure, one ResponseError per failure with
 * ServiceStack/FluentValidation-style codes and `meta.PropertyName`.
 */
import { getMetadataStorage, validate, type ValidationError as CvError } from 'class-validator';
import { FieldError, ValidationError } from '../errors/exceptions.js';
import type { Constructor } from '../types/type-ref.js';

/** class-validator constraint → the errorCode FluentValidation gives the same rule. */
const ERROR_CODES: Readonly<Record<string, string>> = {
  isNotEmpty: 'NotEmpty', isDefined: 'NotNull', maxLength: 'MaximumLength', minLength: 'MinimumLength',
  isLength: 'Length', isEmail: 'Email', matches: 'RegularExpression', min: 'GreaterThanOrEqual',
  max: 'LessThanOrEqual', isIn: 'Enum', isEnum: 'Enum', isPositive: 'GreaterThan', isUuid: 'Guid',
  isInt: 'Integer', arrayNotEmpty: 'NotEmpty', arrayMaxSize: 'MaximumLength',
};

const hasRules = new WeakMap<Constructor, boolean>();

function validated(ctor: Constructor): boolean {
  let v = hasRules.get(ctor);
  if (v === undefined) {
    v = getMetadataStorage().getTargetValidationMetadatas(ctor as unknown as new () => object, '', true, false).length > 0;
    hasRules.set(ctor, v);
  }
  return v;
}

/** A null DTO (a Web API body parameter bound from an empty body) has no model to validate. */
export async function validateRequest(dto: object | null, ctor: Constructor): Promise<void> {
  if (dto === null || !validated(ctor)) return;
  const failures = await validate(dto, { forbidUnknownValues: false, validationError: { target: false, value: false } });
  if (failures.length) throw new ValidationError(flatten(failures, ''));
}

function flatten(errors: CvError[], prefix: string): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [rule, message] of Object.entries(e.constraints ?? {})) {
      out.push({ errorCode: ERROR_CODES[rule] ?? rule.charAt(0).toUpperCase() + rule.slice(1), fieldName: field, message, meta: { PropertyName: field } });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}
