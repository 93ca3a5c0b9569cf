"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.stackportMiddleware = stackportMiddleware;
exports.createExpressApp = createExpressApp;
/**
 * The only file that imports Express: it turns an Express request into HttpRequestData, runs the
 * pipeline, and writes the response back. Mount `stackportMiddleware` anywhere in an Express app.
 */
const express_1 = __importDefault(require("express"));
const serve_node_request_js_1 = require("./serve-node-request.js");
/**
 * Express middleware serving every Stackport route. It answers every request itself, errors too:
 * Express's own error page is HTML, with a stack trace outside production.
 */
function stackportMiddleware(host) {
    return (req, res) => { void (0, serve_node_request_js_1.serveNodeRequest)(host, req, res, req.method.toUpperCase(), req.url); };
}
/** A ready Express app with the Stackport middleware at its root. */
function createExpressApp(host) {
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    app.disable('etag');
    app.use(stackportMiddleware(host));
    return app;
}
