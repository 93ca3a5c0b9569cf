"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.bodyText = bodyText;
exports.formFields = formFields;
/** Request bodies as text and form fields, refusing invalid UTF-8 rather than guessing. */
const busboy_1 = __importDefault(require("busboy"));
const node_stream_1 = require("node:stream");
const exceptions_js_1 = require("../errors/exceptions.js");
const query_string_js_1 = require("./query-string.js");
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** The body as a string (UTF-8, BOM dropped); invalid UTF-8 is a SerializationException. */
function bodyText(body) {
    try {
        return utf8.decode(body);
    }
    catch {
        throw new exceptions_js_1.SerializationException('The request body is not valid UTF-8');
    }
}
/** Fields of an `application/x-www-form-urlencoded` or `multipart/form-data` body. */
async function formFields(contentType, body) {
    if (!contentType.toLowerCase().startsWith('multipart/'))
        return (0, query_string_js_1.parseQueryString)(bodyText(body));
    return new Promise((resolve, reject) => {
        const fields = new Map();
        let bb;
        try {
            bb = (0, busboy_1.default)({ headers: { 'content-type': contentType }, limits: { fields: query_string_js_1.MAX_PARAMETERS, files: 0, fieldSize: body.length } });
        }
        catch (e) {
            reject(new exceptions_js_1.SerializationException(`Invalid multipart body: ${e.message}`));
            return;
        }
        bb.on('field', (name, value) => {
            const prev = fields.get(name);
            fields.set(name, prev === undefined ? value : `${prev},${value}`);
        });
        bb.on('file', (_name, stream) => stream.resume());
        bb.on('error', (e) => reject(new exceptions_js_1.SerializationException(`Invalid multipart body: ${e.message}`)));
        bb.on('close', () => resolve(fields));
        node_stream_1.Readable.from([body]).pipe(bb);
    });
}
