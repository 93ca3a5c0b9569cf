"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.namespacesDigest = namespacesDigest;
/**
 * The digest DataContractSerializer appends to generic contract names
 * (`EnvelopeOfPocogTlTk_SBE`, `KeyValueOfstringPocolsYPWJy_S`). .NET computes it with a private,
 * deliberately frozen MD5 variant: the length goes into only four bytes and the last block does
 * not update the C and D words. Only A and the low half of B reach the output, and for the short
 * inputs contract names produce the result equals plain MD5's first six bytes — but long namespace
 * lists need the quirks, so they are reproduced rather than delegating to node:crypto.
 */
const SHIFT = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const SINE = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);
function legacyHash(data) {
    const n = data.length;
    const blockCount = Math.floor((n + 8) / 64) + 1;
    let h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476;
    for (let blk = 0; blk < blockCount; blk++) {
        let src = data;
        let base = blk * 64;
        if (base + 64 > n) {
            // The tail block: the remaining bytes, the 0x80 marker, and (last block only) the bit length.
            src = new Uint8Array(64);
            for (let j = base; j < n; j++)
                src[j - base] = data[j];
            if (base <= n)
                src[n - base] = 0x80;
            if (blk === blockCount - 1) {
                src[56] = (n << 3) & 0xff;
                src[57] = (n >>> 5) & 0xff;
                src[58] = (n >>> 13) & 0xff;
                src[59] = (n >>> 21) & 0xff;
            }
            base = 0;
        }
        let a = h0, b = h1, c = h2, d = h3;
        for (let j = 0; j < 64; j++) {
            let f, g;
            if (j < 16) {
                f = (b & c) | (~b & d);
                g = j;
            }
            else if (j < 32) {
                f = (b & d) | (c & ~d);
                g = 5 * j + 1;
            }
            else if (j < 48) {
                f = b ^ c ^ d;
                g = 3 * j + 5;
            }
            else {
                f = c ^ (b | ~d);
                g = 7 * j;
            }
            const at = (g & 15) * 4 + base;
            const word = src[at] | (src[at + 1] << 8) | (src[at + 2] << 16) | (src[at + 3] << 24);
            const s = SHIFT[(j & 3) | ((j >> 2) & ~3)];
            const sum = (a + f + SINE[j] + word) >>> 0;
            const next = (((sum << s) | (sum >>> (32 - s))) + b) >>> 0;
            a = d;
            d = c;
            c = b;
            b = next;
        }
        h0 = (h0 + a) >>> 0;
        h1 = (h1 + b) >>> 0;
        if (blk < blockCount - 1) {
            h2 = (h2 + c) >>> 0;
            h3 = (h3 + d) >>> 0;
        }
    }
    return Uint8Array.of(h0 & 0xff, (h0 >>> 8) & 0xff, (h0 >>> 16) & 0xff, h0 >>> 24, h1 & 0xff, (h1 >>> 8) & 0xff);
}
/** The 8-to-10 character suffix for a namespace list such as `" 1 http://…/Oracle.Shapes"`. */
function namespacesDigest(namespaces) {
    const b64 = Buffer.from(legacyHash(Buffer.from(namespaces, 'utf8'))).toString('base64');
    return b64.replace(/=/g, '').replace(/\//g, '_S').replace(/\+/g, '_P');
}
