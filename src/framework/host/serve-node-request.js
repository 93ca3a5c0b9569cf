"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serveNodeRequest = serveNodeRequest;
const answer_escaped_error_js_1 = require("./answer-escaped-error.js");
const read_request_body_js_1 = require("./read-request-body.js");
async function serveNodeRequest(host, req, res, method, url) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const request = { method, url, headers: req.headers, remoteAddress: req.socket.remoteAddress };
    let read;
    try {
        read = await (0, read_request_body_js_1.readRequestBody)(req, host.config.maxBodyBytes);
    }
    catch (error) {
        if (error instanceof read_request_body_js_1.ClientAbortedError) {
            host.config.onClientAbort?.(request);
            res.destroy();
        }
        else
            (0, answer_escaped_error_js_1.answerEscapedError)(host, res, error, request);
        return;
    }
    try {
        const out = await host.handle({ ...request, body: read.body, bodyTooLarge: read.tooLarge });
        res.statusCode = out.status;
        if (out.statusText)
            res.statusMessage = out.statusText;
        for (const [k, v] of Object.entries(out.headers))
            res.setHeader(k, v);
        res.end(out.body);
    }
    catch (error) {
        (0, answer_escaped_error_js_1.answerEscapedError)(host, res, error, request);
    }
}
