/**
 * How long a test waits for something that must happen (a server start, a queued SMS, a log line)
 * before it calls it a hang. It is a hang guard, never a speed limit: it has to hold on a 2-core
 * machine running several `npm test`s at once, so it is far above any normal wait. Speed is
 * measured by `npm run bench`.
 */
export const PATIENCE_MS = 60_000;

/** Resolves once `check` holds, polling; throws after PATIENCE_MS, naming `what`. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  for (const end = Date.now() + PATIENCE_MS; !(await check());) {
    if (Date.now() > end) throw new Error(`not reached within ${PATIENCE_MS} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Polls `probe` until it gives a value (not undefined or false) and returns it; throws after `timeoutMs`, naming `what`. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = PATIENCE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
