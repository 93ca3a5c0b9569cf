"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeHttpHandler = nodeHttpHandler;
exports.createNodeServer = createNodeServer;
/**
 * The standalone server: the same pipeline on plain `node:http`, without Express's per-request
 * overhead. Express remains the way to embed Stackport in an existing app.
 */
const node_http_1 = require("node:http");
const serve_node_request_js_1 = require("./serve-node-request.js");
function nodeHttpHandler(host) {
    return (req, res) => { void (0, serve_node_request_js_1.serveNodeRequest)(host, req, res, (req.method ?? 'GET').toUpperCase(), req.url ?? '/'); };
}
function createNodeServer(host) {
    return (0, node_http_1.createServer)(nodeHttpHandler(host));
}
