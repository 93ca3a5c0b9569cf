/** Identifiers an OTP is known by outside the service. */
import { randomInt, randomUUID } from 'node:crypto';

/** The public reference: a random UUID (122 bits), so holding one is the capability to use it. */
export function newOtpReference(): string {
  return randomUUID();
}

// No 0/O, 1/I/L, 5/S, 2/Z: the short code is read off a phone screen.
const REF_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';

/** A short, human-readable code printed in the SMS so the user can match it to the screen. */
export function newReferenceCode(length = 4): string {
  let s = '';
  for (let i = 0; i < length; i++) s += REF_ALPHABET[randomInt(0, REF_ALPHABET.length)];
  return s;
}
