/**
 * Golden: the Help page of the product's `POST User/verify-2fa-opt-in` (the real dtos/) rendered
 * in seed 001's captured text form equals the seed text-for-text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { twoFactorDocsHost } from './fixtures/two-factor-docs-app.js';
import { getPage, GUID, seed } from './support/seeds.js';
import { helpBlocks, seed000Text, seed001Text } from './support/page-text.js';

describe('Help page golden: seed 001', () => {
  it('POST User/verify-2fa-opt-in reproduces the seed (URI and body tables, XmlSerializer samples, _links twice)', async () => {
    const page = await getPage(twoFactorDocsHost(), '/Help/Api/POST-User-verify-2fa-opt-in');
    assert.equal(page.status, 200);
    const text = seed001Text(helpBlocks(page.body).filter((b) => !(b.kind === 'paragraph' && b.text.startsWith('‹'))));
    assert.equal(text, seed('001'));
  });

  it('says how to authenticate on Stackport — the X-WsAccessKey header, how keys are issued, dev:credentials — beside the seed\'s text', async () => {
    const host = twoFactorDocsHost();
    for (const path of ['/Help', '/Help/Api/POST-User-opt-in-to-2fa', '/Help/Api/POST-User-verify-2fa-opt-in']) {
      const text = (await getPage(host, path)).body.replace(/<[^>]+>/g, '');
      for (const needed of ['X-WsAccessKey', 'Authorization: Bearer', 'BOOTSTRAP_WS_ACCESS_KEY', 'npm run dev:credentials']) {
        assert.ok(text.includes(needed), `${path} mentions ${needed}`);
      }
    }
    const create = (await getPage(host, '/Help/Api/POST-api-TwoFactor-CreateTwoFactorSmsOtp')).body;
    assert.ok(!create.includes('X-WsAccessKey'), 'the SMS OTP APIs take no credential, and their page says none');
  });

  it('the index groups the APIs by controller and links every API page', async () => {
    const host = twoFactorDocsHost();
    const index = await getPage(host, '/Help');
    assert.match(index.body, /<h2 id="TwoFactor">TwoFactor<\/h2>/);
    assert.match(index.body, /<h2 id="User">User<\/h2>/);
    const links = [...index.body.matchAll(/href="(\/Help\/Api\/[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(links.length >= 5, `links: ${links.join(', ')}`);
    for (const href of links) assert.equal((await getPage(host, href)).status, 200, href);
  });

  it('GET api/TwoFactor/Otp/{OtpIdReference} documents its URI parameter and has no body', async () => {
    const page = await getPage(twoFactorDocsHost(), '/Help/Api/GET-api-TwoFactor-Otp-OtpIdReference');
    assert.equal(page.status, 200);
    const blocks = helpBlocks(page.body);
    const uri = blocks.find((b) => b.kind === 'table');
    assert.deepEqual(uri && uri.kind === 'table' ? uri.rows[1] : undefined, ['OtpIdReference', 'The OtpIdReference returned by CreateTwoFactorSmsOtp.', 'string', 'Required']);
    const bodyIndex = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Body Parameters');
    assert.deepEqual(blocks[bodyIndex + 1], { kind: 'paragraph', text: 'None.' });
  });
});

describe('Help page: seed 000 on the product DTOs', () => {
  const SEED_GUID = '3698b76f-a5c0-4b04-b579-bc084019fb95';
  const page = (): Promise<{ body: string }> => getPage(twoFactorDocsHost(), '/Help/Api/POST-api-TwoFactor-CreateTwoFactorSmsOtp');

  it('the parameter tables have the seed\'s names, types and additional information (the product adds descriptions)', async () => {
    const blocks = helpBlocks((await page()).body);
    const tables = blocks.flatMap((b, i) => (b.kind === 'table' && blocks[i - 1]?.kind === 'link'
      ? [seed000Text([blocks[i - 1]!, { kind: 'table', rows: b.rows.map((r) => [r[0]!, '', r[2]!, r[3]!]) }])] : []));
    assert.equal(tables.length, 2);
    for (const t of tables) assert.ok(seed('000').includes(t), `seed 000 lacks:\n${t}`);
  });

  it('the samples equal the seed\'s', async () => {
    const blocks = helpBlocks((await page()).body).filter((b) => b.kind === 'sample' || (b.kind === 'heading' && /Formats$/.test(b.text)));
    const text = seed000Text(blocks).replace(GUID, SEED_GUID);
    assert.ok(seed('000').includes(text.split('Response Formats')[0]!));
  });
});
