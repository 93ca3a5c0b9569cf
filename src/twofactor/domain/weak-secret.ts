/**
 * Production refuses secrets that are short, low in variety or well-known placeholders: a weak
 * JWT secret lets anyone mint tokens, a weak pepper makes stored hashes guessable.
 */
const PLACEHOLDERS = ['secret', 'changeme', 'change-me', 'password', 'development', 'default', 'example', 'test', 'stackport', 'jwt', 'key'];

export function isWeakSecret(bytes: Buffer, minBytes = 32): boolean {
  if (bytes.length < minBytes) return true;
  if (new Set(bytes).size < 12) return true;
  // A placeholder, possibly repeated to reach the length, with digits or punctuation sprinkled in.
  const letters = bytes.toString('latin1').toLowerCase().replace(/[^a-z]/g, '');
  return letters.length > 0 && PLACEHOLDERS.some((p) => letters.replace(new RegExp(p.replace('-', ''), 'g'), '') === '');
}
