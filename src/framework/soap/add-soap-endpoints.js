"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_WSDL_NAMESPACE = void 0;
exports.soapEndpointsOf = soapEndpointsOf;
exports.exposedSoapOperations = exposedSoapOperations;
exports.addSoapEndpoints = addSoapEndpoints;
const handle_soap_request_js_1 = require("./handle-soap-request.js");
const soap_operations_js_1 = require("./soap-operations.js");
const soap_version_js_1 = require("./soap-version.js");
/** ServiceStack's HostConfig.DefaultWsdlNamespace. */
exports.DEFAULT_WSDL_NAMESPACE = 'http://schemas.servicestack.net/types';
const mounted = new WeakMap();
/** The SOAP endpoints mounted on a host, if any (the metadata pages read this). */
function soapEndpointsOf(host) {
    return mounted.get(host);
}
/** The operations a host's SOAP endpoints carry, for the WSDL and XSDs (none without endpoints). */
function exposedSoapOperations(host) {
    const endpoints = mounted.get(host);
    return endpoints ? (0, soap_operations_js_1.soapOperations)(host.operations.values()).filter((o) => endpoints.exposes(o.op)) : [];
}
function addSoapEndpoints(host, options = {}) {
    if (mounted.has(host))
        throw new Error('SOAP endpoints are already mounted on this host');
    const endpoints = Object.freeze({
        versions: Object.freeze([...(options.soap11 !== false ? [soap_version_js_1.SOAP11] : []), ...(options.soap12 !== false ? [soap_version_js_1.SOAP12] : [])]),
        errors: options.errors ?? 'fault',
        serviceNamespace: options.serviceNamespace ?? exports.DEFAULT_WSDL_NAMESPACE,
        serviceName: options.serviceName,
        exposes: options.operations ?? (() => true),
    });
    mounted.set(host, endpoints);
    return host.addRawHandler((req, path) => {
        // GET/HEAD are the WSDL (metadata pages); OPTIONS stays with the pipeline's CORS answer.
        if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS')
            return undefined;
        const lower = path.toLowerCase().replace(/\/$/, '');
        const soap = endpoints.versions.find((v) => v.path === lower);
        return soap ? (0, handle_soap_request_js_1.handleSoapRequest)(host, soap, endpoints, req) : undefined;
    });
}
