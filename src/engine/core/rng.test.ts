import { describe, expect, it } from 'vitest';
import { createRng, nextRandom } from './rng';

/** The reference: one draw per character, the character at floor(draw × alphabet length). */
function reference(
  seed: number,
  alphabet: string,
  length: number,
): { text: string; state: number } {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    const r = nextRandom(state);
    state = r.state;
    text += alphabet[Math.floor(r.value * alphabet.length)];
  }
  return { text, state };
}

describe('seeded random draws', () => {
  it('draws the mulberry32 sequence: the same numbers and state as ever for a seed', () => {
    const holder = { rng: 42 };
    const rng = createRng(holder);
    expect([rng.next(), rng.next(), rng.next()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
    expect(holder.rng).toBe(1199730185);
    expect(createRng({ rng: 42 }).hex(32)).toBe('97da2849d73eb438a907d090402c802d');
  });
});

describe('seeded random ids', () => {
  it('draws hex ids one character per draw, leaving the generator where the draws left it', () => {
    const holder = { rng: 42 };
    const rng = createRng(holder);
    const expected = reference(42, '0123456789abcdef', 32);
    expect(rng.hex(32)).toBe(expected.text);
    expect(holder.rng).toBe(expected.state);
  });

  it('draws alphanumeric ids the same way, and the same seed gives the same ids', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const first = createRng({ rng: 7 }).alphanumeric(11);
    expect(first).toBe(reference(7, alphabet, 11).text);
    expect(createRng({ rng: 7 }).alphanumeric(11)).toBe(first);
    expect(createRng({ rng: 7 }).hex(0)).toBe('');
    for (const length of [1, 5, 6, 13]) {
      const holder = { rng: 99 };
      const expected = reference(99, '0123456789abcdef', length);
      expect(createRng(holder).hex(length)).toBe(expected.text);
      expect(holder.rng).toBe(expected.state);
    }
  });
});
