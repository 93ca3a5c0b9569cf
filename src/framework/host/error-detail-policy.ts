/** Web API's IncludeErrorDetailPolicy, decided for one request (HttpRequestMessage.IsLocal: a loopback client). */
import type { ErrorDetailPolicy } from './host-config.js';
import type { HttpRequestData } from './http-types.js';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

const POLICIES: Record<ErrorDetailPolicy, (req: HttpRequestData) => boolean> = {
  Always: () => true,
  Never: () => false,
  LocalOnly: (req) => LOOPBACK.test(req.remoteAddress ?? ''),
};

export function includeErrorDetail(policy: ErrorDetailPolicy, req: HttpRequestData): boolean {
  return POLICIES[policy](req);
}
