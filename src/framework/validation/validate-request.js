"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateRequest = validateRequest;
/**
 * Field validation with class-validator, reported the way ServiceStack's ValidationFeature does:
 * 400, errorCode and message of the first failure, one ResponseError per failure with
 * ServiceStack/FluentValidation-style codes and `meta.PropertyName`.
 */
const class_validator_1 = require("class-validator");
const exceptions_js_1 = require("../errors/exceptions.js");
/** class-validator constraint → the errorCode FluentValidation gives the same rule. */
const ERROR_CODES = {
    isNotEmpty: 'NotEmpty', isDefined: 'NotNull', maxLength: 'MaximumLength', minLength: 'MinimumLength',
    isLength: 'Length', isEmail: 'Email', matches: 'RegularExpression', min: 'GreaterThanOrEqual',
    max: 'LessThanOrEqual', isIn: 'Enum', isEnum: 'Enum', isPositive: 'GreaterThan', isUuid: 'Guid',
    isInt: 'Integer', arrayNotEmpty: 'NotEmpty', arrayMaxSize: 'MaximumLength',
};
const hasRules = new WeakMap();
function validated(ctor) {
    let v = hasRules.get(ctor);
    if (v === undefined) {
        v = (0, class_validator_1.getMetadataStorage)().getTargetValidationMetadatas(ctor, '', true, false).length > 0;
        hasRules.set(ctor, v);
    }
    return v;
}
/** A null DTO (a Web API body parameter bound from an empty body) has no model to validate. */
async function validateRequest(dto, ctor) {
    if (dto === null || !validated(ctor))
        return;
    const failures = await (0, class_validator_1.validate)(dto, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    if (failures.length)
        throw new exceptions_js_1.ValidationError(flatten(failures, ''));
}
function flatten(errors, prefix) {
    const out = [];
    for (const e of errors) {
        const field = prefix ? `${prefix}.${e.property}` : e.property;
        for (const [rule, message] of Object.entries(e.constraints ?? {})) {
            out.push({ errorCode: ERROR_CODES[rule] ?? rule.charAt(0).toUpperCase() + rule.slice(1), fieldName: field, message, meta: { PropertyName: field } });
        }
        if (e.children?.length)
            out.push(...flatten(e.children, field));
    }
    return out;
}
