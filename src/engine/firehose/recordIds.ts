import type { Rng } from '../core/rng';

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const fitsEightDigits = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/**
 * RecordIds for `count` records: the time in hex, a counter (8 hex digits at least) and 16 random
 * hex digits each, one draw per digit as `rng.hex(16)` draws them (tested). Each id is made as one
 * string from its character codes, not from a chain of joined pieces.
 */
export function recordIdsOf(
  now: number,
  nextCounter: () => number,
  rng: Rng,
  count: number,
): { RecordId: string }[] {
  const time = now.toString(16);
  // One array of the id's character codes per call, overwritten per record (not resized).
  const codes = Array.from({ length: time.length + 24 }, (_, i) => time.charCodeAt(i) || 0);
  const ids: { RecordId: string }[] = [];
  for (let r = 0; r < count; r++) {
    const counter = nextCounter();
    let at = time.length;
    if (fitsEightDigits(counter))
      for (let shift = 28; shift >= 0; shift -= 4)
        codes[at++] = HEX_CODES[(counter >>> shift) & 15]!;
    for (let d = 0; d < 16; d++) codes[at++] = HEX_CODES[Math.floor(rng.next() * 16)]!;
    const id = String.fromCharCode.apply(null, codes);
    ids.push({
      RecordId: fitsEightDigits(counter)
        ? id
        : time + counter.toString(16).padStart(8, '0') + id.slice(time.length, time.length + 16),
    });
  }
  return ids;
}
