/**
 * `/openapi` is a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator)
 * whose schemas carry the XML names and namespaces the XML writers use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { helloHost } from '../fixtures/hello-app.js';
import { seed002Host } from './fixtures/seed-002-app.js';
import { twoFactorDocsHost } from './fixtures/two-factor-docs-app.js';
import { getPage } from './support/seeds.js';

async function validate(doc: unknown): Promise<{ valid: boolean; errors?: unknown }> {
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  return new Validator().validate(doc as Parameters<InstanceType<typeof Validator>["validate"]>[0]);
}

type Doc = { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { name: string; in: string }[] }>>; components: { schemas: Record<string, { xml?: { name: string; namespace?: string }; properties: Record<string, { xml?: { name: string; namespace?: string; wrapped?: boolean }; items?: { xml?: { name: string; namespace?: string } } }> }> } };

describe('/openapi', () => {
  for (const [name, make] of [['hello app', () => addMetadataPages(helloHost().host)], ['seed 002 app', seed002Host], ['two-factor DTOs', twoFactorDocsHost]] as const) {
    it(`is a valid OpenAPI 3.1 document (${name})`, async () => {
      const page = await getPage(make(), '/openapi');
      assert.equal(page.contentType, 'application/json; charset=utf-8');
      const doc = JSON.parse(page.body) as Doc;
      assert.equal(doc.openapi, '3.1.0');
      const result = await validate(doc);
      assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
    });
  }

  it('DataContract schemas name their contract namespace; members keep their .NET element names', async () => {
    const doc = JSON.parse((await getPage(seed002Host(), '/openapi')).body) as Doc;
    const req = doc.components.schemas.GenerateTwoFactorAuthenticationKeyRequest!;
    assert.deepEqual(req.xml, { name: 'GenerateTwoFactorAuthenticationKeyRequest', namespace: 'http://schemas.datacontract.org/2004/07/Infrastructure.Api.Interfaces.ServiceOperations.UserAccounts' });
    // JSON is camelCase, the XML element is the declared name in the base class's namespace.
    assert.deepEqual(req.properties.organisationId!.xml, { name: 'OrganisationId', namespace: 'http://schemas.datacontract.org/2004/07/Infrastructure.Api.Interfaces.ServiceOperations' });
    const status = doc.components.schemas.ResponseStatus!;
    assert.deepEqual(status.xml, { name: 'ResponseStatus', namespace: 'http://schemas.servicestack.net/types' });
    assert.deepEqual(status.properties.errors!.xml, { name: 'Errors', namespace: 'http://schemas.servicestack.net/types', wrapped: true });
    assert.equal(doc.paths['/users/2fa/generate-key']!.put!.requestBody !== undefined, true);
  });

  it('XmlSerializer schemas have unqualified elements and wrapped item names (seed 001)', async () => {
    const doc = JSON.parse((await getPage(twoFactorDocsHost(), '/openapi')).body) as Doc;
    const model = doc.components.schemas.BaseResponseModel!;
    assert.deepEqual(model.xml, { name: 'BaseResponseModel' });
    assert.deepEqual(model.properties._links!.xml, { name: '_links', wrapped: true });
    assert.deepEqual(doc.components.schemas.Link!.xml, { name: 'Link' });
    const create = doc.components.schemas.CreateTwoFactorSmsOtpRequest!;
    assert.deepEqual(create.xml, { name: 'CreateTwoFactorSmsOtpRequest', namespace: 'http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request' });
    assert.ok(create.properties.UserId, 'Web API JSON names are the declared names');
    const get = doc.paths['/api/TwoFactor/Otp/{OtpIdReference}']!.get!;
    assert.deepEqual(get.parameters!.map((p) => `${p.in}:${p.name}`), ['path:OtpIdReference']);
  });

  it('the UI page loads the document from this host', async () => {
    const page = await getPage(seed002Host(), '/openapi/ui');
    assert.equal(page.contentType, 'text/html; charset=utf-8');
    assert.match(page.body, /data-src="\/openapi"/);
    assert.doesNotMatch(page.body, /https?:\/\/(?!schemas\.)/, 'nothing loaded from the internet');
  });
});
