/**
 * A Web API 2 action's parameters, declared on its request DTO for an `aspnet` operation:
 *
 *   // Verify2FAOptIn(int FileId, [FromBody] Verify2FAOptInRequest request, string WsAccessKey = null)
 *   @WebApiAction({ body: 'request', uri: { FileId: 'int', WsAccessKey: { type: 'string', default: null } } })
 *
 * `body` names the DTO parameter (ModelState keys start with it: `request.Otp`); `uri` lists the
 * simple parameters read from the route and query string, each required unless it has a default
 * (Web API's action selection answers 404 when a required one is missing). The service reads them
 * from `ServiceContext.parameters`. Stored in a registry keyed by class, never on the class.
 */
import { resolveTypeSpec, type Constructor, type TypeRef, type TypeSpec } from '../types/type-ref.js';

export interface SimpleParameterSpec {
  readonly type: TypeSpec;
  /** The C# default value: the parameter is optional, and this is its value when absent. */
  readonly default?: unknown;
}

export interface WebApiActionOptions {
  /** The body parameter's name; `request` (seeds 000 and 001) when not given. */
  readonly body?: string;
  /**
   * `[FromUri]` on that parameter: the DTO is bound from the query string and route values (names
   * as its members', or prefixed with the parameter's name: `q.Int`), never from the body.
   */
  readonly fromUri?: boolean;
  /** Simple parameters in declaration order: a type spelling (required), or a spec with a default (optional). */
  readonly uri?: Readonly<Record<string, TypeSpec | SimpleParameterSpec>>;
}

export interface SimpleParameter {
  readonly name: string;
  readonly type: TypeRef;
  readonly optional: boolean;
  readonly default: unknown;
}

export interface WebApiActionSignature {
  readonly body: string;
  readonly fromUri: boolean;
  readonly uri: readonly SimpleParameter[];
}

/** The body parameter's name when an operation declares nothing: seeds 000 and 001 call it `request`. */
export const DEFAULT_BODY_PARAMETER = 'request';

const declared = new WeakMap<Constructor, WebApiActionOptions>();
const resolved = new WeakMap<Constructor, WebApiActionSignature>();

export function WebApiAction(options: WebApiActionOptions): (target: Constructor) => void {
  return (target) => { declared.set(target, options); };
}

const isSpec = (v: TypeSpec | SimpleParameterSpec): v is SimpleParameterSpec =>
  typeof v === 'object' && v !== null && 'type' in v && !('kind' in v);

/** The declared signature, types resolved on first use (DTO classes may be declared later); undefined when none. */
export function webApiActionOf(ctor: Constructor): WebApiActionSignature | undefined {
  const hit = resolved.get(ctor);
  if (hit) return hit;
  const options = declared.get(ctor);
  if (!options) return undefined;
  const uri = Object.entries(options.uri ?? {}).map(([name, v]): SimpleParameter => {
    const spec = isSpec(v) ? v : { type: v };
    return { name, type: resolveTypeSpec(spec.type), optional: 'default' in spec, default: spec.default };
  });
  const signature = { body: options.body ?? DEFAULT_BODY_PARAMETER, fromUri: options.fromUri ?? false, uri };
  resolved.set(ctor, signature);
  return signature;
}

/** The name ModelState keys of the body start with. */
export const bodyParameterOf = (ctor: Constructor | undefined): string =>
  (ctor && webApiActionOf(ctor)?.body) ?? DEFAULT_BODY_PARAMETER;
