"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.logError = logError;
exports.answerEscapedError = answerEscapedError;
const query_string_js_1 = require("../binding/query-string.js");
const match_request_js_1 = require("./match-request.js");
/** Each dialect's 500 as its clients parse it: ResponseStatus, Web API's HttpError, grpc-gateway's status. */
const BODIES = {
    servicestack: JSON.stringify({ responseStatus: { errorCode: 'Exception', message: 'An error has occurred.', errors: [] } }),
    aspnet: JSON.stringify({ Message: 'An error has occurred.' }),
    gateway: JSON.stringify({ code: 13, message: 'Internal' }),
};
/** What a host without `onError` logs: the message and stack only — never the request, which may carry secrets. */
function logError(error) {
    console.error('Stackport: unhandled error:', error instanceof Error ? error.stack ?? error.message : String(error));
}
function answerEscapedError(host, res, error, request) {
    try {
        if (res.headersSent)
            throw error;
        for (const name of res.getHeaderNames())
            res.removeHeader(name);
        res.statusCode = 500;
        res.statusMessage = 'Internal Server Error';
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(BODIES[dialectOf(host, request)]);
    }
    catch {
        // Too late for a status line (or the socket is gone): cutting the connection tells the client.
        res.destroy();
    }
    try {
        (host.config.onError ?? logError)(error, undefined, request);
    }
    catch (secondary) {
        logError(secondary);
    }
}
/** The dialect of the route the request addressed, if matching it still works; else the host's. */
function dialectOf(host, request) {
    try {
        return (0, match_request_js_1.matchRequest)(host, (0, query_string_js_1.splitUrl)(request.url).segments, request.method)?.op.dialect ?? host.config.dialect;
    }
    catch {
        return host.config.dialect;
    }
}
