/**
 * Stackport's public API: declare DTOs, write services, create a host, serve it with Express,
 * and use the .NET-compatible codecs directly. Everything an outside project needs is exported
 * here; deep imports are not part of the stable surface.
 */
import 'reflect-metadata';

// The contract: decorators, .NET types and values.
export { Authenticate, DataContract, DataMember, Dto, Member, Returns, ReturnsVoid, Route } from './framework/dto/decorators.js';
export { RequiredPermission, RequiredRole } from './framework/dto/decorators.js';
export { defineEnum, getEnumMeta, type EnumMeta, type EnumOptions } from './framework/dto/enum-meta.js';
export {
  allDtos, contractOf, getDtoMeta, isDto,
  type DataContractOptions, type Dialect, type DtoMeta, type DtoOptions, type MemberMeta, type MemberOptions, type RouteDef, type XmlStyle,
} from './framework/dto/dto-meta.js';
export type { IReturn, IReturnVoid, IGet, IPost, IPut, IDelete, IPatch } from './framework/dto/markers.js';
export { ArrayOf, Dict, List, Nullable, parseCSharpType, resolveTypeSpec, type Constructor, type TypeRef, type TypeSpec } from './framework/types/type-ref.js';
export { DateTime, type DateTimeKind } from './framework/types/date-time.js';
export { DateTimeOffset } from './framework/types/date-time-offset.js';
export { TimeSpan } from './framework/types/time-span.js';
export { Decimal } from './framework/types/decimal.js';
export { EMPTY_GUID, formatGuid, newGuid, parseGuid } from './framework/types/guid.js';
export type { TextCase } from './framework/types/text-case.js';

// Services and the host.
export { Handles, type Handler } from './framework/host/service.js';
export { WebApiAction, webApiActionOf, type SimpleParameter, type SimpleParameterSpec, type WebApiActionOptions, type WebApiActionSignature } from './framework/binding/web-api-action.js';
export { bindUriParameters, type UriParameters } from './framework/binding/uri-parameters.js';
export type { ConventionRouteSpec } from './framework/routing/convention-route.js';
export { HttpResult, type ServiceContext } from './framework/host/service-context.js';
export { AppHost, type RawHandler, type RequestFilter } from './framework/host/app-host.js';
export type { Filters, ResponseFilter } from './framework/host/app-host.js';
export { createHost } from './framework/host/create-host.js';
export { DEFAULT_CORS, type CorsConfig, type ErrorDetailPolicy, type HostConfig, type HostConfigInput } from './framework/host/host-config.js';
export { PLATFORM_PROFILES, type Platform, type PlatformSettings } from './framework/host/platform-profile.js';
export type { HttpRequestData, HttpResponseData } from './framework/host/http-types.js';
export type { Operation } from './framework/host/operation.js';
export { createExpressApp, stackportMiddleware } from './framework/host/express-adapter.js';
export { createNodeServer, nodeHttpHandler } from './framework/host/node-http-adapter.js';

// Authentication: providers for the host's `auth` setting, and what the documentation pages show of them.
export type { AuthConfig } from './framework/auth/auth-config.js';
export type { AuthProvider, AuthSession, Credential, CredentialFailure } from './framework/auth/auth-provider.js';
export { jwtBearerProvider, type JwtBearerOptions } from './framework/auth/jwt-bearer-provider.js';
export { apiKeyProvider, type ApiKeyOptions } from './framework/auth/api-key-provider.js';
export { basicAuthProvider, type BasicAuthOptions } from './framework/auth/basic-auth-provider.js';
export { requiresAuthentication } from './framework/auth/authenticate-request.js';
export { challengeOf, operationSchemes, securitySchemesOf } from './framework/auth/operation-security.js';
export type { SecurityScheme } from './framework/auth/security-scheme.js';
export { queryValue } from './framework/binding/query-string.js';

// Errors.
export * from './framework/errors/exceptions.js';
export { ErrorResponse, ResponseError, ResponseStatus } from './framework/errors/response-status.js';
export { GatewayError } from './framework/errors/gateway-error.js';
export { frameworkErrors } from './framework/errors/error-catalog.js';
export { webApiErrorBody } from './framework/errors/web-api-error.js';

// Formats and codecs.
export type { Format } from './framework/formats/format.js';
export { codecOptions, DEFAULT_LIMITS, type CodecLimits, type CodecOptions, type CodecOptionsInput } from './framework/formats/codec-options.js';
export { FormatRegistry } from './framework/formats/format-registry.js';
export { json, jsonFormat } from './framework/formats/json/index.js';
export { jsv, jsvFormat } from './framework/formats/jsv/index.js';
export { xml, xmlFormat } from './framework/formats/xml/index.js';
export { csvFormat, parseFields as parseCsvFields, parseLines as parseCsvLines } from './framework/formats/csv/index.js';
export { escapeHtml, htmlFormat } from './framework/formats/html/index.js';
export type { PageOptions, PageRequest } from './framework/formats/page-options.js';

// SOAP 1.1 and 1.2 endpoints (ServiceStack's /soap11 and /soap12); their WSDLs are metadata pages.
export { addSoapEndpoints, DEFAULT_WSDL_NAMESPACE, exposedSoapOperations, soapEndpointsOf, type SoapEndpointOptions, type SoapEndpoints } from './framework/soap/add-soap-endpoints.js';
export type { SoapErrorStyle } from './framework/soap/soap-error-response.js';
export { soapOperations, soapResponseType, type SoapOperation } from './framework/soap/soap-operations.js';
export { SOAP11, SOAP12, type SoapVersion, type SoapVersionInfo } from './framework/soap/soap-version.js';
