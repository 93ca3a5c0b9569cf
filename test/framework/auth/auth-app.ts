/**
 * One operation of each kind — `@Authenticate`, `@RequiredRole` (two roles: all of them),
 * `@RequiredPermission`, and an open one — in each dialect, and a service that answers with the
 * session it was given. Declared through the decorator functions so the three dialects share one table.
 */
import {
  Authenticate, createHost, Dto, Handles, Member, RequiredPermission, RequiredRole, Returns, Route,
  ResponseStatus, type AppHost, type AuthConfig, type Dialect, type ServiceContext,
} from '../../../src/index.js';

export interface AuthOp { dialect: Dialect; kind: 'open' | 'authenticate' | 'role' | 'permission'; path: string; name: string }

const KINDS = {
  open: [],
  authenticate: [Authenticate()],
  role: [RequiredRole('Manager', 'Auditor')],
  permission: [RequiredPermission('reports.read')],
} as const;

const PREFIX: Record<Dialect, string> = { servicestack: '/ss', aspnet: '/api/web', gateway: '/v1' };
const NAME_PREFIX: Record<Dialect, string> = { servicestack: 'Ss', aspnet: 'Web', gateway: 'Gw' };

export const AUTH_OPS: AuthOp[] = [];
const services: object[] = [];

for (const dialect of ['servicestack', 'aspnet', 'gateway'] as const) {
  for (const [kind, guards] of Object.entries(KINDS) as [AuthOp['kind'], readonly ClassDecorator[]][]) {
    const name = `${NAME_PREFIX[dialect]}${kind[0]!.toUpperCase()}${kind.slice(1)}`;
    const path = `${PREFIX[dialect]}/auth-test/${kind}`;
    const Response = class {} as new () => { UserId?: string; Provider?: string };
    Object.defineProperty(Response, 'name', { value: `${name}Response` });
    Member('string')(Response.prototype, 'UserId');
    Member('string')(Response.prototype, 'Provider');
    if (dialect === 'servicestack') Member(ResponseStatus)(Response.prototype, 'ResponseStatus');
    Dto({ namespace: 'AuthTest.ServiceModel', dialect })(Response);
    const Request = class {} as new () => object;
    Object.defineProperty(Request, 'name', { value: name });
    Member('string')(Request.prototype, 'Name');
    for (const guard of [Dto({ namespace: 'AuthTest.ServiceModel', dialect }), Route(path, 'GET'), Returns(() => Response), ...guards]) guard(Request);
    class Service {
      runs = 0;
      get(_req: object, ctx: ServiceContext): object {
        this.runs++;
        return Object.assign(new Response(), { UserId: ctx.session?.userId ?? '', Provider: ctx.session?.provider ?? '' });
      }
    }
    Handles(Request)(Service.prototype, 'get', Object.getOwnPropertyDescriptor(Service.prototype, 'get')!);
    services.push(new Service());
    AUTH_OPS.push({ dialect, kind, path, name });
  }
}

/** How many times the services ran (a refused request must not run one). */
export const runs = (): number => services.reduce((n: number, s) => n + (s as { runs: number }).runs, 0);

export function authHost(auth: AuthConfig): AppHost {
  const host = createHost({ auth, serviceName: 'Auth test' });
  for (const s of services) host.register(s);
  return host;
}
