"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GatewayError = exports.ROUTER_STATUSES = exports.HTTP_TO_GRPC = exports.GRPC_TO_HTTP = void 0;
/**
 * A gRPC status error as grpc-gateway renders it (Zitadel's routes): numeric code, message, and
 * an ErrorDetail naming the error id. HTTP status follows grpc-gateway's HTTPStatusFromCode.
 */
exports.GRPC_TO_HTTP = {
    0: 200, 1: 499, 2: 500, 3: 400, 4: 504, 5: 404, 6: 409, 7: 403, 8: 429, 9: 400, 10: 409, 11: 400,
    12: 501, 13: 500, 14: 503, 15: 500, 16: 401,
};
/** HTTP status → gRPC code, for errors raised as plain HTTP errors on gateway routes. */
exports.HTTP_TO_GRPC = {
    400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 406: 3, 409: 6, 413: 3, 415: 3, 429: 8, 499: 1, 500: 13, 501: 12, 503: 14, 504: 4,
};
/** HTTP statuses the gateway answers as they are, whatever their gRPC code maps back to: its router's own refusals. */
exports.ROUTER_STATUSES = new Set([405, 406]);
class GatewayError extends Error {
    code;
    id;
    httpStatus;
    constructor(code, message, id, httpStatus) {
        super(message);
        this.code = code;
        this.id = id;
        this.httpStatus = httpStatus;
        this.name = 'GatewayError';
    }
}
exports.GatewayError = GatewayError;
