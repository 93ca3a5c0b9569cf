/**
 * Self-service configuration (dtos/two-factor/two-factor-configuration.ts): a tenant's CRUD for
 * its own TwoFactorConfiguration rows. Answers are seed 000's envelope (Success, Code,
 * ExceptionMessage) with the HTTP status a generic client understands — these operations are new,
 * so no legacy client expects 200 for every outcome. Another tenant's id is answered exactly like
 * a missing one.
 */
import {
  CreateTwoFactorConfigurationRequest, DeleteTwoFactorConfigurationRequest, GetTwoFactorConfigurationRequest, ListTwoFactorConfigurationsRequest,
  ListTwoFactorConfigurationsResponse, LocalizedMessageTemplate, TwoFactorConfiguration, TwoFactorConfigurationResponse,
  TwoFactorConfigurationResponseCode as C, UpdateTwoFactorConfigurationRequest,
} from '../../../dtos/index.js';
import { Handles, HttpResult, type ServiceContext } from '../../index.js';
import { principalOf } from '../auth/principal.js';
import type { Clock } from '../domain/clock.js';
import { applySettings, DEFAULT_VALUES, INT_SETTINGS, type ConfigurationValues, type SettingsInput, type SettingsProblem } from '../domain/configuration-settings.js';
import type { Logger } from '../logger.js';
import { templatesOf, type ConfigurationStore } from '../persistence/configuration-store.js';
import type { TwoFactorConfigurationEntity } from '../persistence/entities/index.js';
import { requestLog } from '../request-log.js';
import { messageFor } from './response-messages.js';
import { httpStatusFor } from './response-status-policy.js';

const PROBLEM_CODES: Readonly<Record<SettingsProblem, C>> = {
  'code-length': C.InvalidCodeLength, expiry: C.InvalidExpiry, 'send-limits': C.InvalidSendLimits, attempts: C.InvalidAttemptLimit,
  channels: C.InvalidChannels, countries: C.InvalidCountries, template: C.InvalidMessageTemplate, locale: C.InvalidLocale,
  pumping: C.InvalidPumpingLimits, name: C.InvalidName,
};

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

type Envelope = { Success: boolean; Code: number; ExceptionMessage: string | null };

export class ConfigurationService {
  constructor(private readonly store: ConfigurationStore, private readonly clock: Clock, private readonly log: Logger) {}

  @Handles(ListTwoFactorConfigurationsRequest)
  async get_list(_req: ListTwoFactorConfigurationsRequest, ctx: ServiceContext): Promise<HttpResult<ListTwoFactorConfigurationsResponse>> {
    const res = new ListTwoFactorConfigurationsResponse();
    res.Configurations = (await this.store.listOwned(principalOf(ctx).tenantId)).map(toDto);
    return reply(res, C.Success);
  }

  @Handles(GetTwoFactorConfigurationRequest)
  async get_one(req: GetTwoFactorConfigurationRequest, ctx: ServiceContext): Promise<HttpResult<TwoFactorConfigurationResponse>> {
    const row = await this.owned(req.Id, ctx);
    return row ? found(row) : reply(new TwoFactorConfigurationResponse(), C.ConfigurationNotFound);
  }

  @Handles(CreateTwoFactorConfigurationRequest)
  async post_create(req: CreateTwoFactorConfigurationRequest | null, ctx: ServiceContext): Promise<HttpResult<TwoFactorConfigurationResponse>> {
    const settings = applySettings(DEFAULT_VALUES, settingsOf(req));
    if (!settings.ok) return refused(settings.problem, settings.message);
    const tenantId = principalOf(ctx).tenantId;
    const row = await this.store.create(tenantId, settings.values, this.clock.now());
    requestLog(this.log, ctx.request).info('configuration.created', { configurationId: row.id, tenantId });
    return found(row, 201);
  }

  @Handles(UpdateTwoFactorConfigurationRequest)
  async put_update(req: UpdateTwoFactorConfigurationRequest, ctx: ServiceContext): Promise<HttpResult<TwoFactorConfigurationResponse>> {
    const row = await this.owned(req.Id, ctx);
    if (!row) return reply(new TwoFactorConfigurationResponse(), C.ConfigurationNotFound);
    const settings = applySettings(row as ConfigurationValues, settingsOf(req));
    if (!settings.ok) return refused(settings.problem, settings.message);
    const changed = await this.store.update(row, settings.values, this.clock.now());
    requestLog(this.log, ctx.request).info('configuration.updated', { configurationId: row.id, tenantId: row.tenant });
    return found(changed);
  }

  @Handles(DeleteTwoFactorConfigurationRequest)
  async delete_remove(req: DeleteTwoFactorConfigurationRequest, ctx: ServiceContext): Promise<HttpResult<TwoFactorConfigurationResponse>> {
    const tenantId = principalOf(ctx).tenantId;
    const removed = validId(req.Id) && await this.store.remove(req.Id, tenantId, this.clock.now());
    if (removed) requestLog(this.log, ctx.request).info('configuration.deleted', { configurationId: req.Id, tenantId });
    return reply(new TwoFactorConfigurationResponse(), removed ? C.Success : C.ConfigurationNotFound);
  }

  private async owned(id: number | undefined, ctx: ServiceContext): Promise<TwoFactorConfigurationEntity | null> {
    return validId(id) ? this.store.findOwned(id, principalOf(ctx).tenantId) : null;
  }
}

const validId = (id: number | undefined): id is number => Number.isInteger(id) && id! > 0 && id! <= 2 ** 31 - 1;

/** The request's members by wire name; an empty body (null) sets nothing. */
function settingsOf(req: object | null): SettingsInput {
  return (req ?? {}) as SettingsInput;
}

function toDto(c: TwoFactorConfigurationEntity): TwoFactorConfiguration {
  const dto = Object.assign(new TwoFactorConfiguration(), {
    Id: c.id, Name: c.name, Enabled: c.enabled, Channels: (c.channels ?? 'sms').split(','),
    AllowedCountries: c.allowedCountries ? c.allowedCountries.split(',') : [], DefaultRegion: c.defaultRegion, Originator: c.originator,
    DefaultLocale: c.defaultLocale, MessageTemplate: c.messageTemplate,
    MessageTemplates: Object.entries(templatesOf(c).byLocale).map(([Locale, Template]) => Object.assign(new LocalizedMessageTemplate(), { Locale, Template })),
  });
  for (const [member, field] of INT_SETTINGS) (dto as unknown as Record<string, number>)[member] = c[field];
  return dto;
}

function found(row: TwoFactorConfigurationEntity, status?: number): HttpResult<TwoFactorConfigurationResponse> {
  const res = new TwoFactorConfigurationResponse();
  res.Configuration = toDto(row);
  return reply(res, C.Success, undefined, status);
}

function refused(problem: SettingsProblem, message: string): HttpResult<TwoFactorConfigurationResponse> {
  return reply(new TwoFactorConfigurationResponse(), PROBLEM_CODES[problem], message);
}

function reply<T extends Envelope>(res: T, code: C, message?: string, status?: number): HttpResult<T> {
  res.Success = code === C.Success;
  res.Code = code;
  res.ExceptionMessage = res.Success ? null : message ?? messageFor(code);
  return new HttpResult(res, { status: status ?? httpStatusFor(code, 'strict'), headers: NO_STORE });
}
