/**
 * `/openapi`: an OpenAPI 3.1 document of every operation — one path item per route, the
 * verbs the route allows, path/query parameters (the DTO's and those the host reads itself) or a
 * request body in each media type the operation's dialect reads, the credentials it accepts, the
 * response schema in each media type it writes, and its errors in its dialect's error shape.
 */
import { getDtoMeta, jsonFormat, type AppHost, type Operation, type RouteDef, type TypeRef } from '../../src/index.js';
import { populateSample } from '../servicestack/populate-sample.js';
import { errorDtoType } from '../../src/framework/errors/render-error.js';
import { isRequired, type OperationAccess } from '../shared/operation-access.js';
import { returnTypeOf, sortedOperations } from '../shared/type-graph.js';
import { SchemaBuilder, schemaRef, type Schema } from './openapi-schemas.js';

const BODY_VERBS = new Set(['POST', 'PUT', 'PATCH']);
const ALL_VERBS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Media types by dialect: what the host reads and writes for that dialect's operations. */
const MEDIA: Record<string, { read: string[]; write: string[] }> = {
  servicestack: { read: ['application/json', 'application/xml', 'application/jsv', 'application/x-www-form-urlencoded'], write: ['application/json', 'application/xml', 'application/jsv'] },
  aspnet: { read: ['application/json', 'text/json', 'application/xml', 'text/xml', 'application/x-www-form-urlencoded'], write: ['application/json', 'text/json', 'application/xml', 'text/xml'] },
  gateway: { read: ['application/json'], write: ['application/json'] },
};

/** The error bodies of the dialects that do not answer with the operation's own response DTO. */
const ERROR_SCHEMAS: Record<string, Schema> = {
  HttpError: {
    type: 'object', description: 'ASP.NET Web API\'s HttpError. ModelState names each invalid body member (`request.Member`) or URI parameter.',
    properties: {
      Message: { type: 'string' }, MessageDetail: { type: 'string' },
      ModelState: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    },
    required: ['Message'], xml: { name: 'Error' },
  },
  rpcStatus: {
    type: 'object', description: 'grpc-gateway\'s error body (google.rpc.Status as protojson).',
    properties: { code: { type: 'integer', format: 'int32' }, message: { type: 'string' }, details: { type: 'array', items: { $ref: schemaRef('protobufAny') } } },
    required: ['code', 'message'],
  },
  protobufAny: { type: 'object', properties: { '@type': { type: 'string' } }, additionalProperties: true },
};

/** Which schema an operation's errors have, and how its dialect words them. */
const ERROR_SHAPES: Record<string, { schema: (op: Operation, schemas: SchemaBuilder) => string; words: string; unauthorized?: string; forbidden?: string }> = {
  servicestack: {
    schema: (op, schemas) => { const t = errorDtoType(op.requestType); schemas.add([t]); return getDtoMeta(t).name; },
    words: 'the response DTO with its ResponseStatus (errorCode, message, errors[])',
    unauthorized: '[Authenticate]\'s answer: without a credential an empty body and `WWW-Authenticate: {challenge}`; with a bad one, the response DTO with its ResponseStatus',
    forbidden: '[RequiredRole]/[RequiredPermission]\'s answer, the status description `Invalid Role` or `Invalid Permission` and an empty body',
  },
  aspnet: { schema: () => 'HttpError', words: 'Web API\'s HttpError' },
  gateway: { schema: () => 'rpcStatus', words: 'a gRPC status (code, message, details)' },
};

function verbsOf(route: RouteDef, op: Operation): string[] {
  if (route.verbs.length) return [...route.verbs].filter((v) => ALL_VERBS.includes(v));
  const handled = [...op.handlers.keys()];
  return handled.includes('ANY') ? ALL_VERBS : handled.filter((v) => ALL_VERBS.includes(v));
}

export function openApiDocument(host: AppHost, baseUrl: string, access: OperationAccess): Record<string, unknown> {
  const schemas = new SchemaBuilder(host.config.textCase);
  const paths: Record<string, Record<string, unknown>> = {};
  const ids = new Set<string>();
  const usedSchemes = new Set<string>();
  const queryKeys = new Set(Object.values(access.schemes).flatMap((s) => (s.type === 'apiKey' && s.in === 'query' ? [s.name.toLowerCase()] : [])));
  let usesErrorSchemas = false;
  for (const op of sortedOperations(host.operations.values())) {
    schemas.add([op.requestType]);
    const returns = returnTypeOf(op);
    const response = returns && schemas.responseSchema(returns, op.dialect);
    const media = MEDIA[op.dialect] ?? MEDIA.servicestack!;
    const routes: RouteDef[] = op.meta.routes.length ? [...op.meta.routes] : [{ path: `/json/reply/${op.name}`, verbs: ['POST'] }];
    for (const route of routes) {
      const path = route.path.replace(/\{([^}]+?)\*?\}/g, '{$1}');
      const vars = new Set((path.match(/\{([^}]+)\}/g) ?? []).map((v) => v.slice(1, -1).toLowerCase()));
      const request = schemas.schemas[op.meta.name]!;
      const props = Object.entries(request.properties as Record<string, Schema>);
      const required = new Set(request.required as string[] | undefined);
      const schemes = access.schemesOf(op);
      // A credential in the query is a security scheme, not a parameter.
      const hostParameters = (access.uriParameters?.(op) ?? []).filter((p) => !queryKeys.has(p.name.toLowerCase())).map((p) => ({
        name: p.name, in: 'query', required: isRequired(p), ...(p.description ? { description: p.description } : {}), schema: primitiveSchemaOf(p.type),
      }));
      const summary = op.meta.description ?? access.summaries?.[op.name];
      const shape = ERROR_SHAPES[op.dialect] ?? ERROR_SHAPES.servicestack!;
      const guarded = op.meta.requiredRoles.length + op.meta.requiredPermissions.length > 0;
      const errorContent = { content: Object.fromEntries(media.write.map((m) => [m, { schema: { $ref: schemaRef(shape.schema(op, schemas)) } }])) };
      usesErrorSchemas ||= op.dialect !== 'servicestack';
      for (const verb of verbsOf(route, op)) {
        let id = `${op.name}_${verb}`;
        for (let i = 2; ids.has(id); i++) id = `${op.name}_${verb}_${i}`;
        ids.add(id);
        const hasBody = BODY_VERBS.has(verb);
        const parameters = [...props
          .filter(([name]) => vars.has(name.toLowerCase()) || !hasBody)
          .map(([name, schema]) => ({ name, in: vars.has(name.toLowerCase()) ? 'path' : 'query', required: vars.has(name.toLowerCase()) || required.has(name), schema: withoutXml(schema) })),
        ...hostParameters];
        const item: Record<string, unknown> = {
          operationId: id,
          tags: [op.serviceName],
          ...(summary ? { summary } : {}),
          ...(route.notes ? { description: route.notes } : {}),
          ...(parameters.length ? { parameters } : {}),
          ...(hasBody ? { requestBody: { required: true, content: Object.fromEntries(media.read.map((m) =>
            [m, { schema: { $ref: schemaRef(op.meta.name) }, ...(m === 'application/json' ? { example: jsonExample(host, op) } : {}) }])) } } : {}),
          responses: {
            ...(response
              ? { 200: { description: 'Success', content: Object.fromEntries(media.write.map((m) => [m, { schema: response }])) } }
              : { 204: { description: 'No Content' } }),
            400: { description: `A missing or invalid ${hasBody ? 'body member or ' : ''}parameter, as ${shape.words}.`, ...errorContent },
            ...(schemes.length ? { 401: { description: `No valid credential (${schemes.join(', ')})${guarded && op.dialect === 'aspnet' ? ', or a caller without the required roles or permissions (Web API\'s [Authorize] answers both alike)' : ''}: ${(shape.unauthorized ?? `as ${shape.words}`).replace('{challenge}', access.challengeOf?.(op) ?? 'jwt realm="/auth/jwt"')}.`, ...errorContent } } : {}),
            ...(guarded && op.dialect !== 'aspnet' ? { 403: { description: `An authenticated caller without every required role or permission: ${shape.forbidden ?? `as ${shape.words}`}.`, ...(shape.forbidden ? {} : errorContent) } } : {}),
            default: { description: `Any other error (403, 404, 409, 429, 5xx), as ${shape.words}.`, ...errorContent },
          },
          security: schemes.map((s) => ({ [s]: [] })),
          ...(op.meta.requiredRoles.length ? { 'x-required-roles': op.meta.requiredRoles } : {}),
          ...(op.meta.requiredPermissions.length ? { 'x-required-permissions': op.meta.requiredPermissions } : {}),
        };
        for (const s of schemes) usedSchemes.add(s);
        (paths[path] ??= {})[verb.toLowerCase()] = item;
      }
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: host.config.serviceName, version: '1.0.0', description: `Generated by Stackport from the DTOs of ${host.config.serviceName}.` },
    servers: [{ url: baseUrl }],
    paths,
    components: {
      schemas: { ...schemas.schemas, ...(usesErrorSchemas ? ERROR_SCHEMAS : {}) },
      ...(usedSchemes.size ? { securitySchemes: Object.fromEntries([...usedSchemes].map((s) => [s, access.schemes[s]])) } : {}),
    },
  };
}

/** The metadata pages' sample request (members' declared examples, else placeholders), as the dialect writes JSON. */
function jsonExample(host: AppHost, op: Operation): unknown {
  const sample = populateSample(op.requestType) ?? {};
  return JSON.parse(jsonFormat.write(sample, { kind: 'class', ctor: op.requestType }, host.codecOptions(op.dialect)) as string);
}

/** Host-read URI parameters are ints or strings. */
function primitiveSchemaOf(t: TypeRef): Schema {
  return t.kind === 'primitive' && t.name === 'int' ? { type: 'integer', format: 'int32' } : { type: 'string' };
}

/** Parameters carry plain JSON schemas; the `xml` hints belong to bodies. */
function withoutXml(s: Schema): Schema {
  const { xml: _xml, ...rest } = s;
  return rest;
}
