/**
 * The tenant's webhook endpoints (dtos/webhooks). Every read and write is scoped to the caller's
 * tenant, so another tenant's endpoint is simply not found. The secret is random, sealed at rest
 * (it must be usable to sign) and returned once.
 */
import { randomBytes } from 'node:crypto';
import {
  AddWebhookEndpointRequest, AddWebhookEndpointResponse, ListWebhookEndpointsRequest, ListWebhookEndpointsResponse,
  RemoveWebhookEndpointRequest, RemoveWebhookEndpointResponse, WebhookEndpoint,
} from '../../../dtos/index.js';
import { GatewayError, Handles, HttpResult, type ServiceContext } from '../../index.js';
import { principalOf } from '../auth/principal.js';
import type { Clock } from '../domain/clock.js';
import type { SecretBox } from '../domain/secret-box.js';
import { checkWebhookUrl, type UrlProblem } from '../domain/webhook-url.js';
import type { Logger } from '../logger.js';
import type { EndpointRow, WebhookStore } from '../persistence/webhook-store.js';
import { requestLog } from '../request-log.js';

/** A tenant's endpoints are few; a cap keeps one tenant from multiplying every event. */
const MAX_ENDPOINTS = 10;
const URL_PROBLEMS: Record<UrlProblem, string> = {
  malformed: 'invalid AddWebhookEndpointRequest.Url: value must be an absolute URL of at most 2000 characters',
  scheme: 'invalid AddWebhookEndpointRequest.Url: only http and https URLs are allowed',
  credentials: 'invalid AddWebhookEndpointRequest.Url: the URL must not contain user-info',
  address: 'invalid AddWebhookEndpointRequest.Url: loopback, private and link-local addresses are not allowed',
};

export class WebhooksService {
  constructor(private readonly store: WebhookStore, private readonly secrets: SecretBox, private readonly clock: Clock,
    private readonly allowPrivateNetworks: boolean, private readonly log: Logger) {}

  @Handles(AddWebhookEndpointRequest)
  async post_add(req: AddWebhookEndpointRequest, ctx: ServiceContext): Promise<HttpResult<AddWebhookEndpointResponse>> {
    const p = principalOf(ctx);
    const checked = checkWebhookUrl(req.Url, this.allowPrivateNetworks);
    if (!checked.ok) throw new GatewayError(3, URL_PROBLEMS[checked.problem]);
    if ((await this.store.listEndpoints(p.tenantId)).length >= MAX_ENDPOINTS) throw new GatewayError(9, `A tenant may register at most ${MAX_ENDPOINTS} webhook endpoints`);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const now = this.clock.now();
    const id = await this.store.createEndpoint(p.tenantId, checked.url, this.secrets.seal(secret), now);
    requestLog(this.log, ctx.request).info('webhook.endpoint_added', { endpointId: id });
    const res = Object.assign(new AddWebhookEndpointResponse(), { Endpoint: endpointOf({ id, url: checked.url, createdAtMs: now }), Secret: secret });
    return new HttpResult(res, { headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } });
  }

  @Handles(ListWebhookEndpointsRequest)
  async get_list(_req: ListWebhookEndpointsRequest, ctx: ServiceContext): Promise<ListWebhookEndpointsResponse> {
    const rows = await this.store.listEndpoints(principalOf(ctx).tenantId);
    return Object.assign(new ListWebhookEndpointsResponse(), { Result: rows.map(endpointOf) });
  }

  @Handles(RemoveWebhookEndpointRequest)
  async delete_remove(req: RemoveWebhookEndpointRequest, ctx: ServiceContext): Promise<RemoveWebhookEndpointResponse> {
    const id = /^[1-9][0-9]{0,9}$/.test(req.Id ?? '') ? Number(req.Id) : NaN;
    if (!(id <= 2 ** 31 - 1) || !(await this.store.deleteEndpoint(principalOf(ctx).tenantId, id, this.clock.now()))) {
      throw new GatewayError(5, 'Webhook endpoint not found', 'WEBHOOK-n0t5d');
    }
    requestLog(this.log, ctx.request).info('webhook.endpoint_removed', { endpointId: id });
    return new RemoveWebhookEndpointResponse();
  }
}

function endpointOf(r: EndpointRow): WebhookEndpoint {
  return Object.assign(new WebhookEndpoint(), { Id: String(r.id), Url: r.url, CreationDate: new Date(r.createdAtMs) });
}
