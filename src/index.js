"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.securitySchemesOf = exports.operationSchemes = exports.challengeOf = exports.requiresAuthentication = exports.basicAuthProvider = exports.apiKeyProvider = exports.jwtBearerProvider = exports.nodeHttpHandler = exports.createNodeServer = exports.stackportMiddleware = exports.createExpressApp = exports.PLATFORM_PROFILES = exports.DEFAULT_CORS = exports.createHost = exports.AppHost = exports.HttpResult = exports.bindUriParameters = exports.webApiActionOf = exports.WebApiAction = exports.Handles = exports.parseGuid = exports.newGuid = exports.formatGuid = exports.EMPTY_GUID = exports.Decimal = exports.TimeSpan = exports.DateTimeOffset = exports.DateTime = exports.resolveTypeSpec = exports.parseCSharpType = exports.Nullable = exports.List = exports.Dict = exports.ArrayOf = exports.isDto = exports.getDtoMeta = exports.contractOf = exports.allDtos = exports.getEnumMeta = exports.defineEnum = exports.RequiredRole = exports.RequiredPermission = exports.Route = exports.ReturnsVoid = exports.Returns = exports.Member = exports.Dto = exports.DataMember = exports.DataContract = exports.Authenticate = void 0;
exports.SOAP12 = exports.SOAP11 = exports.soapResponseType = exports.soapOperations = exports.soapEndpointsOf = exports.exposedSoapOperations = exports.DEFAULT_WSDL_NAMESPACE = exports.addSoapEndpoints = exports.htmlFormat = exports.escapeHtml = exports.parseCsvLines = exports.parseCsvFields = exports.csvFormat = exports.xmlFormat = exports.xml = exports.jsvFormat = exports.jsv = exports.jsonFormat = exports.json = exports.FormatRegistry = exports.DEFAULT_LIMITS = exports.codecOptions = exports.webApiErrorBody = exports.frameworkErrors = exports.GatewayError = exports.ResponseStatus = exports.ResponseError = exports.ErrorResponse = exports.queryValue = void 0;
/**
 * Stackport's public API: declare DTOs, write services, create a host, serve it with Express,
 * and use the .NET-compatible codecs directly. Everything an outside project needs is exported
 * here; deep imports are not part of the stable surface.
 */
require("reflect-metadata");
// The contract: decorators, .NET types and values.
var decorators_js_1 = require("./framework/dto/decorators.js");
Object.defineProperty(exports, "Authenticate", { enumerable: true, get: function () { return decorators_js_1.Authenticate; } });
Object.defineProperty(exports, "DataContract", { enumerable: true, get: function () { return decorators_js_1.DataContract; } });
Object.defineProperty(exports, "DataMember", { enumerable: true, get: function () { return decorators_js_1.DataMember; } });
Object.defineProperty(exports, "Dto", { enumerable: true, get: function () { return decorators_js_1.Dto; } });
Object.defineProperty(exports, "Member", { enumerable: true, get: function () { return decorators_js_1.Member; } });
Object.defineProperty(exports, "Returns", { enumerable: true, get: function () { return decorators_js_1.Returns; } });
Object.defineProperty(exports, "ReturnsVoid", { enumerable: true, get: function () { return decorators_js_1.ReturnsVoid; } });
Object.defineProperty(exports, "Route", { enumerable: true, get: function () { return decorators_js_1.Route; } });
var decorators_js_2 = require("./framework/dto/decorators.js");
Object.defineProperty(exports, "RequiredPermission", { enumerable: true, get: function () { return decorators_js_2.RequiredPermission; } });
Object.defineProperty(exports, "RequiredRole", { enumerable: true, get: function () { return decorators_js_2.RequiredRole; } });
var enum_meta_js_1 = require("./framework/dto/enum-meta.js");
Object.defineProperty(exports, "defineEnum", { enumerable: true, get: function () { return enum_meta_js_1.defineEnum; } });
Object.defineProperty(exports, "getEnumMeta", { enumerable: true, get: function () { return enum_meta_js_1.getEnumMeta; } });
var dto_meta_js_1 = require("./framework/dto/dto-meta.js");
Object.defineProperty(exports, "allDtos", { enumerable: true, get: function () { return dto_meta_js_1.allDtos; } });
Object.defineProperty(exports, "contractOf", { enumerable: true, get: function () { return dto_meta_js_1.contractOf; } });
Object.defineProperty(exports, "getDtoMeta", { enumerable: true, get: function () { return dto_meta_js_1.getDtoMeta; } });
Object.defineProperty(exports, "isDto", { enumerable: true, get: function () { return dto_meta_js_1.isDto; } });
var type_ref_js_1 = require("./framework/types/type-ref.js");
Object.defineProperty(exports, "ArrayOf", { enumerable: true, get: function () { return type_ref_js_1.ArrayOf; } });
Object.defineProperty(exports, "Dict", { enumerable: true, get: function () { return type_ref_js_1.Dict; } });
Object.defineProperty(exports, "List", { enumerable: true, get: function () { return type_ref_js_1.List; } });
Object.defineProperty(exports, "Nullable", { enumerable: true, get: function () { return type_ref_js_1.Nullable; } });
Object.defineProperty(exports, "parseCSharpType", { enumerable: true, get: function () { return type_ref_js_1.parseCSharpType; } });
Object.defineProperty(exports, "resolveTypeSpec", { enumerable: true, get: function () { return type_ref_js_1.resolveTypeSpec; } });
var date_time_js_1 = require("./framework/types/date-time.js");
Object.defineProperty(exports, "DateTime", { enumerable: true, get: function () { return date_time_js_1.DateTime; } });
var date_time_offset_js_1 = require("./framework/types/date-time-offset.js");
Object.defineProperty(exports, "DateTimeOffset", { enumerable: true, get: function () { return date_time_offset_js_1.DateTimeOffset; } });
var time_span_js_1 = require("./framework/types/time-span.js");
Object.defineProperty(exports, "TimeSpan", { enumerable: true, get: function () { return time_span_js_1.TimeSpan; } });
var decimal_js_1 = require("./framework/types/decimal.js");
Object.defineProperty(exports, "Decimal", { enumerable: true, get: function () { return decimal_js_1.Decimal; } });
var guid_js_1 = require("./framework/types/guid.js");
Object.defineProperty(exports, "EMPTY_GUID", { enumerable: true, get: function () { return guid_js_1.EMPTY_GUID; } });
Object.defineProperty(exports, "formatGuid", { enumerable: true, get: function () { return guid_js_1.formatGuid; } });
Object.defineProperty(exports, "newGuid", { enumerable: true, get: function () { return guid_js_1.newGuid; } });
Object.defineProperty(exports, "parseGuid", { enumerable: true, get: function () { return guid_js_1.parseGuid; } });
// Services and the host.
var service_js_1 = require("./framework/host/service.js");
Object.defineProperty(exports, "Handles", { enumerable: true, get: function () { return service_js_1.Handles; } });
var web_api_action_js_1 = require("./framework/binding/web-api-action.js");
Object.defineProperty(exports, "WebApiAction", { enumerable: true, get: function () { return web_api_action_js_1.WebApiAction; } });
Object.defineProperty(exports, "webApiActionOf", { enumerable: true, get: function () { return web_api_action_js_1.webApiActionOf; } });
var uri_parameters_js_1 = require("./framework/binding/uri-parameters.js");
Object.defineProperty(exports, "bindUriParameters", { enumerable: true, get: function () { return uri_parameters_js_1.bindUriParameters; } });
var service_context_js_1 = require("./framework/host/service-context.js");
Object.defineProperty(exports, "HttpResult", { enumerable: true, get: function () { return service_context_js_1.HttpResult; } });
var app_host_js_1 = require("./framework/host/app-host.js");
Object.defineProperty(exports, "AppHost", { enumerable: true, get: function () { return app_host_js_1.AppHost; } });
var create_host_js_1 = require("./framework/host/create-host.js");
Object.defineProperty(exports, "createHost", { enumerable: true, get: function () { return create_host_js_1.createHost; } });
var host_config_js_1 = require("./framework/host/host-config.js");
Object.defineProperty(exports, "DEFAULT_CORS", { enumerable: true, get: function () { return host_config_js_1.DEFAULT_CORS; } });
var platform_profile_js_1 = require("./framework/host/platform-profile.js");
Object.defineProperty(exports, "PLATFORM_PROFILES", { enumerable: true, get: function () { return platform_profile_js_1.PLATFORM_PROFILES; } });
var express_adapter_js_1 = require("./framework/host/express-adapter.js");
Object.defineProperty(exports, "createExpressApp", { enumerable: true, get: function () { return express_adapter_js_1.createExpressApp; } });
Object.defineProperty(exports, "stackportMiddleware", { enumerable: true, get: function () { return express_adapter_js_1.stackportMiddleware; } });
var node_http_adapter_js_1 = require("./framework/host/node-http-adapter.js");
Object.defineProperty(exports, "createNodeServer", { enumerable: true, get: function () { return node_http_adapter_js_1.createNodeServer; } });
Object.defineProperty(exports, "nodeHttpHandler", { enumerable: true, get: function () { return node_http_adapter_js_1.nodeHttpHandler; } });
var jwt_bearer_provider_js_1 = require("./framework/auth/jwt-bearer-provider.js");
Object.defineProperty(exports, "jwtBearerProvider", { enumerable: true, get: function () { return jwt_bearer_provider_js_1.jwtBearerProvider; } });
var api_key_provider_js_1 = require("./framework/auth/api-key-provider.js");
Object.defineProperty(exports, "apiKeyProvider", { enumerable: true, get: function () { return api_key_provider_js_1.apiKeyProvider; } });
var basic_auth_provider_js_1 = require("./framework/auth/basic-auth-provider.js");
Object.defineProperty(exports, "basicAuthProvider", { enumerable: true, get: function () { return basic_auth_provider_js_1.basicAuthProvider; } });
var authenticate_request_js_1 = require("./framework/auth/authenticate-request.js");
Object.defineProperty(exports, "requiresAuthentication", { enumerable: true, get: function () { return authenticate_request_js_1.requiresAuthentication; } });
var operation_security_js_1 = require("./framework/auth/operation-security.js");
Object.defineProperty(exports, "challengeOf", { enumerable: true, get: function () { return operation_security_js_1.challengeOf; } });
Object.defineProperty(exports, "operationSchemes", { enumerable: true, get: function () { return operation_security_js_1.operationSchemes; } });
Object.defineProperty(exports, "securitySchemesOf", { enumerable: true, get: function () { return operation_security_js_1.securitySchemesOf; } });
var query_string_js_1 = require("./framework/binding/query-string.js");
Object.defineProperty(exports, "queryValue", { enumerable: true, get: function () { return query_string_js_1.queryValue; } });
// Errors.
__exportStar(require("./framework/errors/exceptions.js"), exports);
var response_status_js_1 = require("./framework/errors/response-status.js");
Object.defineProperty(exports, "ErrorResponse", { enumerable: true, get: function () { return response_status_js_1.ErrorResponse; } });
Object.defineProperty(exports, "ResponseError", { enumerable: true, get: function () { return response_status_js_1.ResponseError; } });
Object.defineProperty(exports, "ResponseStatus", { enumerable: true, get: function () { return response_status_js_1.ResponseStatus; } });
var gateway_error_js_1 = require("./framework/errors/gateway-error.js");
Object.defineProperty(exports, "GatewayError", { enumerable: true, get: function () { return gateway_error_js_1.GatewayError; } });
var error_catalog_js_1 = require("./framework/errors/error-catalog.js");
Object.defineProperty(exports, "frameworkErrors", { enumerable: true, get: function () { return error_catalog_js_1.frameworkErrors; } });
var web_api_error_js_1 = require("./framework/errors/web-api-error.js");
Object.defineProperty(exports, "webApiErrorBody", { enumerable: true, get: function () { return web_api_error_js_1.webApiErrorBody; } });
var codec_options_js_1 = require("./framework/formats/codec-options.js");
Object.defineProperty(exports, "codecOptions", { enumerable: true, get: function () { return codec_options_js_1.codecOptions; } });
Object.defineProperty(exports, "DEFAULT_LIMITS", { enumerable: true, get: function () { return codec_options_js_1.DEFAULT_LIMITS; } });
var format_registry_js_1 = require("./framework/formats/format-registry.js");
Object.defineProperty(exports, "FormatRegistry", { enumerable: true, get: function () { return format_registry_js_1.FormatRegistry; } });
var index_js_1 = require("./framework/formats/json/index.js");
Object.defineProperty(exports, "json", { enumerable: true, get: function () { return index_js_1.json; } });
Object.defineProperty(exports, "jsonFormat", { enumerable: true, get: function () { return index_js_1.jsonFormat; } });
var index_js_2 = require("./framework/formats/jsv/index.js");
Object.defineProperty(exports, "jsv", { enumerable: true, get: function () { return index_js_2.jsv; } });
Object.defineProperty(exports, "jsvFormat", { enumerable: true, get: function () { return index_js_2.jsvFormat; } });
var index_js_3 = require("./framework/formats/xml/index.js");
Object.defineProperty(exports, "xml", { enumerable: true, get: function () { return index_js_3.xml; } });
Object.defineProperty(exports, "xmlFormat", { enumerable: true, get: function () { return index_js_3.xmlFormat; } });
var index_js_4 = require("./framework/formats/csv/index.js");
Object.defineProperty(exports, "csvFormat", { enumerable: true, get: function () { return index_js_4.csvFormat; } });
Object.defineProperty(exports, "parseCsvFields", { enumerable: true, get: function () { return index_js_4.parseFields; } });
Object.defineProperty(exports, "parseCsvLines", { enumerable: true, get: function () { return index_js_4.parseLines; } });
var index_js_5 = require("./framework/formats/html/index.js");
Object.defineProperty(exports, "escapeHtml", { enumerable: true, get: function () { return index_js_5.escapeHtml; } });
Object.defineProperty(exports, "htmlFormat", { enumerable: true, get: function () { return index_js_5.htmlFormat; } });
// SOAP 1.1 and 1.2 endpoints (ServiceStack's /soap11 and /soap12); their WSDLs are metadata pages.
var add_soap_endpoints_js_1 = require("./framework/soap/add-soap-endpoints.js");
Object.defineProperty(exports, "addSoapEndpoints", { enumerable: true, get: function () { return add_soap_endpoints_js_1.addSoapEndpoints; } });
Object.defineProperty(exports, "DEFAULT_WSDL_NAMESPACE", { enumerable: true, get: function () { return add_soap_endpoints_js_1.DEFAULT_WSDL_NAMESPACE; } });
Object.defineProperty(exports, "exposedSoapOperations", { enumerable: true, get: function () { return add_soap_endpoints_js_1.exposedSoapOperations; } });
Object.defineProperty(exports, "soapEndpointsOf", { enumerable: true, get: function () { return add_soap_endpoints_js_1.soapEndpointsOf; } });
var soap_operations_js_1 = require("./framework/soap/soap-operations.js");
Object.defineProperty(exports, "soapOperations", { enumerable: true, get: function () { return soap_operations_js_1.soapOperations; } });
Object.defineProperty(exports, "soapResponseType", { enumerable: true, get: function () { return soap_operations_js_1.soapResponseType; } });
var soap_version_js_1 = require("./framework/soap/soap-version.js");
Object.defineProperty(exports, "SOAP11", { enumerable: true, get: function () { return soap_version_js_1.SOAP11; } });
Object.defineProperty(exports, "SOAP12", { enumerable: true, get: function () { return soap_version_js_1.SOAP12; } });
