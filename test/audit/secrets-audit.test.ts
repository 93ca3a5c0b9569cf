/**
 * The secrets audit (issue 9): after every other suite has run, no OTP code, TOTP secret or code,
 * recovery code, API key, bearer token, SMS or email text or configured key that the two-factor suites
 * handled occurs in clear in a log they wrote or a database they filled. test/run-tests.mjs runs
 * this file alone, in a second phase, on the directory the suites filled (STACKPORT_AUDIT_DIR).
 * What is recorded, where a secret counts as found, and why: test/audit/README.md.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanAuditDir } from './support/audit-sources.js';
import { runControl } from './support/planted-secrets.js';
import { loadLedger, SecretIndex, type SecretKind } from './support/secret-index.js';
import { describeFinding, SecretScanner } from './support/secret-scanner.js';

const DIR = process.env.STACKPORT_AUDIT_DIR;
const FULL = process.env.STACKPORT_AUDIT_SCOPE === 'full';

/**
 * What a full run must at least have recorded: about half of what a full run on SQLite alone
 * records (MariaDB doubles most). Fewer means suites stopped feeding the ledger — the audit
 * would pass while looking at nothing.
 */
const MINIMUM: Record<SecretKind, number> = {
  'otp-code': 50, 'totp-code': 6, 'totp-secret': 20, 'recovery-code': 30, 'api-key': 25, token: 75,
  'sms-body': 50, 'mail-body': 8, 'provider-key': 5, 'key-bytes': 12, 'step-up-token': 10, 'webhook-secret': 1,
};

/** Expected chance matches of a code with the digits around: above this, the code rule no longer tells a leak from chance. */
const MAX_CHANCE_MATCHES = 0.01;

describe('secrets audit', () => {
  it('negative control: planted secrets are found in every spelling and source, chance digits are not', () => {
    const { missed, unexpected } = runControl();
    assert.deepEqual(missed, [], 'planted secrets the audit did not find');
    assert.deepEqual(unexpected, [], 'findings where nothing was planted');
  });

  const ledger = DIR ? loadLedger(DIR) : [];
  const skip = !DIR ? 'STACKPORT_AUDIT_DIR is not set (test/run-tests.mjs sets it)'
    : !FULL && ledger.length === 0 ? 'no two-factor suite of this run recorded a secret' : false;

  describe('what the two-factor suites left behind', { skip }, () => {
    const index = new SecretIndex(ledger);

    it('the ledger holds enough secrets of every kind to prove the suites fed it', (t) => {
      const counts = Object.fromEntries([...index.counts].sort());
      t.diagnostic(`ledger (${FULL ? 'full run' : 'partial run'}): ${JSON.stringify(counts)}; suites: ${new Set(ledger.map((e) => e.suite)).size}`);
      if (!FULL) return;
      const short = Object.entries(MINIMUM).filter(([kind, min]) => (index.counts.get(kind as SecretKind) ?? 0) < min);
      assert.deepEqual(short.map(([kind, min]) => `${kind}: ${index.counts.get(kind as SecretKind) ?? 0} < ${min}`), []);
    });

    it('no secret in clear in any log or database', (t) => {
      const started = performance.now();
      const scanner = new SecretScanner(index);
      const inv = scanAuditDir(scanner, DIR!);
      const chance = scanner.chanceMatches();
      t.diagnostic(`read: ${JSON.stringify(inv)}; ${(scanner.stats.characters / 1e6).toFixed(1)} M characters, ${scanner.stats.numbers} numbers`);
      t.diagnostic(`digit tokens that are no code: ${scanner.otherTokens.size}; expected chance matches with ${index.codes.size} codes: ${chance.toExponential(1)}`);
      t.diagnostic(`scan: ${Math.round(performance.now() - started)} ms`);
      assert.ok(inv.logLines > 0, 'no log line to audit');
      assert.ok(inv.sqliteFiles + inv.mariadbDatabases > 0, 'no database to audit');
      assert.deepEqual(inv.unreadable, [], 'SQLite files whose rows could not be audited');
      assert.ok(chance < MAX_CHANCE_MATCHES, `the texts hold so many 6–10 digit tokens (${scanner.otherTokens.size}) that a code would match one by chance (${chance.toFixed(3)} expected): narrow the code rule`);
      const findings = scanner.findings.map(describeFinding);
      assert.equal(findings.length, 0, `secrets in clear (${findings.length}):\n${findings.slice(0, 30).join('\n')}`);
    });
  });
});
