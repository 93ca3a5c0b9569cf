"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClientAbortedError = void 0;
exports.readRequestBody = readRequestBody;
/**
 * The client went away (or its connection broke) before its body arrived. Nothing is left to answer,
 * and it is the client's doing, not a server error: any client can cause as many as it likes.
 */
class ClientAbortedError extends Error {
    name = 'ClientAbortedError';
}
exports.ClientAbortedError = ClientAbortedError;
function readRequestBody(req, limit) {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (req.headers['transfer-encoding'] === undefined && (declared === 0 || Number.isNaN(declared))) {
        return Promise.resolve({ body: undefined, tooLarge: false });
    }
    if (declared > limit) {
        req.resume();
        return Promise.resolve({ body: undefined, tooLarge: true });
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size <= limit)
                chunks.push(c);
            else
                chunks.length = 0;
        });
        req.on('end', () => resolve(size > limit ? { body: undefined, tooLarge: true } : { body: Buffer.concat(chunks), tooLarge: false }));
        // A request stream fails only when its connection does ("aborted", ECONNRESET).
        req.on('error', (cause) => reject(new ClientAbortedError(cause.message, { cause })));
    });
}
