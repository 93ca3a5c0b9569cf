"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.header = header;
function header(req, name) {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
}
