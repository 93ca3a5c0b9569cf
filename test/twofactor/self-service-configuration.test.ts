/**
 * Self-service configuration over real HTTP, on every database under test: a tenant creates,
 * reads, lists, changes and deletes its own two-factor configurations (api/TwoFactor/Configurations,
 * Web API 2 envelope with real HTTP statuses), never sees or changes another tenant's (the same
 * 404 as a missing id), bad settings are refused naming the member, and what it sets is what
 * CreateTwoFactorSmsOtp uses: code length, the template of the request's Locale, else of the
 * number's country, else the default, and the channels allowed.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { appPerDatabase } from './support/app-per-database.js';
import { callerFor, send, type Caller } from './support/factor-client.js';
import { createBody } from './support/helpers.js';
import { DATABASES } from './support/test-databases.js';
import type { RunningApp } from './support/test-app.js';

const CONFIGS = '/api/TwoFactor/Configurations';
const CREATE_OTP = '/api/TwoFactor/CreateTwoFactorSmsOtp';

for (const target of DATABASES) {
  describe(`self-service configuration on ${target.kind}`, { skip: target.skip }, () => {
    const suite = appPerDatabase(target);
    let t: RunningApp;
    let a: Caller;
    let b: Caller;
    before(async () => {
      t = suite.t;
      a = await callerFor(t, 'tenant-a');
      b = await callerFor(t, 'tenant-b');
    });

    const create = async (c: Caller, body: object): Promise<Record<string, any>> => {
      const res = await send(t, c, 'post', CONFIGS, body);
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.Code, 1, res.text);
      return res.body.Configuration as Record<string, any>;
    };

    it('create, read, list, change and delete: defaults for what is left out, changes keep the rest', async () => {
      const made = await create(a, { Name: 'checkout', CodeLength: 8, MessageTemplates: [{ Locale: 'tr', Template: 'Kodunuz {code}' }] });
      assert.ok(made.Id > 2, `a new id after the seeded ones: ${made.Id}`);
      assert.deepEqual([made.Name, made.CodeLength, made.OtpExpirationPeriod, made.MaxSMSCount, made.Channels, made.PrefixSendLimit, made.MinConversionPercent],
        ['checkout', 8, 180, 5, ['sms'], 0, 0]);
      const read = await send(t, a, 'get', `${CONFIGS}/${made.Id}`);
      assert.equal(read.status, 200, read.text);
      assert.deepEqual(read.body.Configuration, made);
      const changed = await send(t, a, 'put', `${CONFIGS}/${made.Id}`, { MaxVerifyAttempts: 5, AllowedCountries: ['tr', 'AU'] });
      assert.equal(changed.status, 200, changed.text);
      assert.deepEqual([changed.body.Configuration.MaxVerifyAttempts, changed.body.Configuration.AllowedCountries, changed.body.Configuration.CodeLength,
        changed.body.Configuration.MessageTemplates], [5, ['TR', 'AU'], 8, [{ Locale: 'tr', Template: 'Kodunuz {code}' }]]);
      const list = await send(t, a, 'get', CONFIGS);
      assert.ok(list.body.Configurations.some((c: { Id: number; MaxVerifyAttempts: number }) => c.Id === made.Id && c.MaxVerifyAttempts === 5), list.text);
      const gone = await send(t, a, 'delete', `${CONFIGS}/${made.Id}`);
      assert.deepEqual([gone.status, gone.body.Code], [200, 1]);
      const after = await send(t, a, 'get', `${CONFIGS}/${made.Id}`);
      assert.deepEqual([after.status, after.body.Code], [404, 3001]);
      // Its id is not given out again.
      assert.ok((await create(a, {})).Id > made.Id);
    });

    it('a tenant never sees or changes another tenant\'s configuration, nor the seeded ones', async () => {
      const mine = await create(a, { Name: 'a-only', CodeLength: 7 });
      const missing = await send(t, b, 'get', `${CONFIGS}/999999`);
      for (const [verb, body] of [['get', undefined], ['put', { CodeLength: 4 }], ['delete', undefined]] as const) {
        for (const id of [mine.Id, 1, 2]) {
          const res = await send(t, b, verb, `${CONFIGS}/${id}`, body);
          assert.deepEqual([res.status, res.text], [missing.status, missing.text], `${verb} ${id} as tenant-b: ${res.text}`);
        }
      }
      const list = await send(t, b, 'get', CONFIGS);
      assert.ok(!list.body.Configurations.some((c: { Id: number }) => [mine.Id, 1, 2].includes(c.Id)), list.text);
      const still = await send(t, a, 'get', `${CONFIGS}/${mine.Id}`);
      assert.equal(still.body.Configuration.CodeLength, 7);
      const seeded = await t.app.dataSource.query('SELECT code_length FROM two_factor_configuration WHERE id IN (1, 2)');
      assert.deepEqual(seeded.map((r: { code_length: unknown }) => Number(r.code_length)), [6, 6]);
    });

    it('documented like the other endpoints: /Help, /metadata, /types and OpenAPI (with its credentials)', async () => {
      const help = (await t.api.get('/Help')).text;
      for (const api of ['GET-api-TwoFactor-Configurations', 'POST-api-TwoFactor-Configurations', 'GET-api-TwoFactor-Configurations-Id', 'PUT-api-TwoFactor-Configurations-Id', 'DELETE-api-TwoFactor-Configurations-Id']) {
        assert.ok(help.includes(api), `/Help lists ${api}`);
      }
      const page = (await t.api.get('/Help/Api/POST-api-TwoFactor-CreateTwoFactorSmsOtp')).text;
      assert.match(page, /Locale/, 'the create page documents the Locale URI parameter');
      assert.match((await t.api.get('/metadata')).text, /CreateTwoFactorConfigurationRequest/);
      const csharp = (await t.api.get('/types/csharp')).text;
      assert.match(csharp, /public partial class UpdateTwoFactorConfigurationRequest\s+: TwoFactorConfigurationSettings, IReturn<TwoFactorConfigurationResponse>/);
      assert.match(csharp, /public virtual List<LocalizedMessageTemplate> MessageTemplates \{ get; set; \}/);
      const openapi = (await t.api.get('/openapi')).body as { paths: Record<string, Record<string, { security: object[] }>> };
      assert.deepEqual(Object.keys(openapi.paths['/api/TwoFactor/Configurations/{Id}'] ?? {}).sort(), ['delete', 'get', 'put']);
      assert.ok(openapi.paths['/api/TwoFactor/Configurations']!.post!.security.length > 0, 'OpenAPI names the credentials');
    });

    it('without a credential: 401', async () => {
      for (const [verb, path] of [['get', CONFIGS], ['post', CONFIGS], ['get', `${CONFIGS}/1`], ['put', `${CONFIGS}/1`], ['delete', `${CONFIGS}/1`]] as const) {
        const res = await send(t, undefined, verb, path, verb === 'post' || verb === 'put' ? {} : undefined);
        assert.equal(res.status, 401, `${verb} ${path}: ${res.text}`);
      }
    });

    it('bad settings are refused with 400, the member named, nothing stored', async () => {
      const cases: [object, number, RegExp][] = [
        [{ MessageTemplate: 'Your code is ready' }, 1016, /MessageTemplate must contain the \{code\} placeholder/],
        [{ MessageTemplates: [{ Locale: 'de', Template: 'Ihr Code' }] }, 1016, /MessageTemplates\[0\]\.Template must contain the \{code\}/],
        [{ MessageTemplate: 'Code {code} for {user}' }, 1016, /only use the \{code\}, \{ref\} and \{minutes\}/],
        [{ CodeLength: 3 }, 1010, /CodeLength must be a whole number from 4 to 10/],
        [{ CodeLength: 11 }, 1010, /CodeLength/],
        [{ OtpExpirationPeriod: 900 }, 1011, /OtpExpirationPeriod must lie within/],
        [{ Channels: ['sms', 'fax'] }, 1014, /Channels must name/],
        [{ Channels: [] }, 1014, /Channels/],
        [{ AllowedCountries: ['XX'] }, 1015, /AllowedCountries/],
        [{ DefaultLocale: 'not a locale' }, 1017, /DefaultLocale must be a BCP 47 locale/],
        [{ MessageTemplates: [{ Locale: 'en', Template: '{code}' }, { Locale: 'EN', Template: '{code}!' }] }, 1017, /twice/],
        [{ PrefixSendLimit: -1 }, 1018, /PrefixSendLimit/],
        [{ MinConversionPercent: 101 }, 1018, /MinConversionPercent/],
        [{ Originator: 'ThisIsFarTooLong' }, 1019, /Originator/],
      ];
      const before = (await send(t, a, 'get', CONFIGS)).body.Configurations.length;
      for (const [body, code, message] of cases) {
        const res = await send(t, a, 'post', CONFIGS, body);
        assert.deepEqual([res.status, res.body.Code, res.body.Success], [400, code, false], `${JSON.stringify(body)}: ${res.text}`);
        assert.match(res.body.ExceptionMessage, message);
      }
      assert.equal((await send(t, a, 'get', CONFIGS)).body.Configurations.length, before);
      const mine = await create(a, {});
      const res = await send(t, a, 'put', `${CONFIGS}/${mine.Id}`, { MessageTemplate: 'no placeholder' });
      assert.deepEqual([res.status, res.body.Code], [400, 1016]);
      assert.equal((await send(t, a, 'get', `${CONFIGS}/${mine.Id}`)).body.Configuration.MessageTemplate, mine.MessageTemplate);
    });

    it('OTPs follow the configuration: its code length, and the template of ?Locale, else of the number\'s country, else the default', async () => {
      const c = await create(a, {
        CodeLength: 8, DefaultLocale: 'en', MessageTemplate: 'Your code is {code}.',
        MessageTemplates: [{ Locale: 'tr', Template: 'Kodunuz {code}, {minutes} dk.' }, { Locale: 'de-AT', Template: 'Ihr Code lautet {code}.' }],
      });
      const smsFor = async (gsm: string, locale?: string): Promise<string> => {
        const res = await t.api.post(`${CREATE_OTP}${locale ? `?Locale=${locale}` : ''}`).set('Content-Type', 'application/json')
          .send(createBody({ GsmNumber: gsm, TwoFactorConfigurationId: c.Id, OtpExpirationPeriod: 0 }));
        assert.equal(res.body.Code, 1, res.text);
        return String(suite.stub.lastFor(res.body.OtpIdReference)!.body.body);
      };
      assert.match(await smsFor('+905321234567'), /^Kodunuz \d{8}, 3 dk\.$/, 'a Turkish number: tr');
      assert.match(await smsFor('+905321234568', 'de'), /^Ihr Code lautet \d{8}\.$/, 'Locale=de picks de-AT by its language');
      assert.match(await smsFor('+905321234569', 'en-GB'), /^Your code is \d{8}\.$/, 'Locale=en-GB: the default locale\'s template, not the country\'s');
      assert.match(await smsFor('+436641234567'), /^Ihr Code lautet \d{8}\.$/, 'an Austrian number: its region\'s template');
      assert.match(await smsFor('+61412345678'), /^Your code is \d{8}\.$/, 'an Australian number: no template for en-AU or en, so the default');
      assert.match(await smsFor('+61412345679', 'fr'), /^Your code is \d{8}\.$/, 'an unknown locale: the country, then the default');
    });

    it('a configuration without the SMS channel refuses SMS OTPs; seeded configurations are unchanged', async () => {
      const c = await create(a, { Channels: ['email'] });
      const res = await t.api.post(CREATE_OTP).set('Content-Type', 'application/json').send(createBody({ TwoFactorConfigurationId: c.Id }));
      assert.deepEqual([res.body.Success, res.body.Code], [false, 3003], res.text);
      const seeded = await t.api.post(CREATE_OTP).set('Content-Type', 'application/json').send(createBody());
      assert.equal(seeded.body.Code, 1, seeded.text);
      assert.match(String(suite.stub.lastFor(seeded.body.OtpIdReference)!.body.body), /^Your verification code is \d{6}\. Ref: \w+\. Valid for 2 min\.$/);
    });
  });
}
