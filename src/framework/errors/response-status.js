"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ErrorResponse = exports.ResponseStatus = exports.ResponseError = void 0;
/**
 * ServiceStack's error DTOs, declared once with the member order the XML and JSV writers rely on
 * (`[DataMember(Order = n)]` in ServiceStack.Interfaces) and its types namespace.
 */
const decorators_js_1 = require("../dto/decorators.js");
const type_ref_js_1 = require("../types/type-ref.js");
const SS_TYPES = 'http://schemas.servicestack.net/types';
let ResponseError = class ResponseError {
    ErrorCode;
    FieldName;
    Message;
    Meta;
};
exports.ResponseError = ResponseError;
__decorate([
    (0, decorators_js_1.DataMember)('string', { order: 1 }),
    __metadata("design:type", String)
], ResponseError.prototype, "ErrorCode", void 0);
__decorate([
    (0, decorators_js_1.DataMember)('string', { order: 2 }),
    __metadata("design:type", String)
], ResponseError.prototype, "FieldName", void 0);
__decorate([
    (0, decorators_js_1.DataMember)('string', { order: 3 }),
    __metadata("design:type", String)
], ResponseError.prototype, "Message", void 0);
__decorate([
    (0, decorators_js_1.DataMember)((0, type_ref_js_1.Dict)('string', 'string'), { order: 4 }),
    __metadata("design:type", Object)
], ResponseError.prototype, "Meta", void 0);
exports.ResponseError = ResponseError = __decorate([
    (0, decorators_js_1.Dto)({ namespace: 'ServiceStack', builtIn: true }),
    (0, decorators_js_1.DataContract)({ namespace: SS_TYPES })
], ResponseError);
let ResponseStatus = class ResponseStatus {
    ErrorCode;
    Message;
    StackTrace;
    Errors;
    Meta;
};
exports.ResponseStatus = ResponseStatus;
__decorate([
    (0, decorators_js_1.DataMember)('string', { order: 1 }),
    __metadata("design:type", String)
], ResponseStatus.prototype, "ErrorCode", void 0);
__decorate([
    (0, decorators_js_1.DataMember)('string', { order: 2 }),
    __metadata("design:type", String)
], ResponseStatus.prototype, "Message", void 0);
__decorate([
    (0, decorators_js_1.DataMember)('string', { order: 3 }),
    __metadata("design:type", String)
], ResponseStatus.prototype, "StackTrace", void 0);
__decorate([
    (0, decorators_js_1.DataMember)((0, type_ref_js_1.List)(ResponseError), { order: 4 }),
    __metadata("design:type", Array)
], ResponseStatus.prototype, "Errors", void 0);
__decorate([
    (0, decorators_js_1.DataMember)((0, type_ref_js_1.Dict)('string', 'string'), { order: 5 }),
    __metadata("design:type", Object)
], ResponseStatus.prototype, "Meta", void 0);
exports.ResponseStatus = ResponseStatus = __decorate([
    (0, decorators_js_1.Dto)({ namespace: 'ServiceStack', builtIn: true }),
    (0, decorators_js_1.DataContract)({ namespace: SS_TYPES })
], ResponseStatus);
let ErrorResponse = class ErrorResponse {
    ResponseStatus;
};
exports.ErrorResponse = ErrorResponse;
__decorate([
    (0, decorators_js_1.DataMember)(ResponseStatus, { order: 1 }),
    __metadata("design:type", ResponseStatus)
], ErrorResponse.prototype, "ResponseStatus", void 0);
exports.ErrorResponse = ErrorResponse = __decorate([
    (0, decorators_js_1.Dto)({ namespace: 'ServiceStack', builtIn: true }),
    (0, decorators_js_1.DataContract)({ namespace: SS_TYPES })
], ErrorResponse);
