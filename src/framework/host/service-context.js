"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpResult = void 0;
/**
 * A response with an explicit status, headers or content type (ServiceStack's HttpResult).
 * `response` is serialized as usual unless it is a string or Buffer, which is sent as-is.
 */
class HttpResult {
    response;
    options;
    constructor(response, options = {}) {
        this.response = response;
        this.options = options;
    }
}
exports.HttpResult = HttpResult;
