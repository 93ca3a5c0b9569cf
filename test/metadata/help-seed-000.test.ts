/**
 * Golden: the Help page of seed 000's operation, generated from a contract shaped exactly as the
 * seed implies, rendered back into the seed's captured text form, equals the seed text-for-text
 * (the random Guid aside).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seed000Host } from './fixtures/seed-000-app.js';
import { getPage, GUID, seed } from './support/seeds.js';
import { helpBlocks, seed000Text } from './support/page-text.js';

const SEED_GUID = '3698b76f-a5c0-4b04-b579-bc084019fb95';

describe('Help page golden: seed 000', () => {
  it('POST api/TwoFactor/CreateTwoFactorSmsOtp reproduces the seed (tables, grouped samples, Sample not available.)', async () => {
    const page = await getPage(seed000Host(), '/Help/Api/POST-api-TwoFactor-CreateTwoFactorSmsOtp');
    assert.equal(page.status, 200);
    assert.equal(page.contentType, 'text/html; charset=utf-8');
    const text = seed000Text(helpBlocks(page.body).filter((b) => !(b.kind === 'paragraph' && b.text.startsWith('‹'))));
    const guids = new Set(text.match(GUID));
    assert.equal(guids.size, 1, 'one sample Guid, shared by the JSON and XML samples');
    assert.equal(text.replace(GUID, SEED_GUID), seed('000'));
  });

  it('looks up api ids case-insensitively and answers unknown ids with 404', async () => {
    const host = seed000Host();
    assert.equal((await getPage(host, '/help/api/post-API-twofactor-createtwofactorsmsotp')).status, 200);
    assert.equal((await getPage(host, '/Help/Api/GET-nothing')).status, 404);
  });

  it('the resource model page lists the enum values', async () => {
    const page = await getPage(seed000Host(), '/Help/ResourceModel?modelName=createtwofactorsmsotpresponsecode');
    assert.equal(page.status, 200);
    assert.match(page.body, /Possible enumeration values:/);
    assert.match(page.body, /MaxOtpRequestExceededCode<\/b><\/td><td class="enum-value"><p>4000/);
  });
});
