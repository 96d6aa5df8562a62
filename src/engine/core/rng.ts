/** mulberry32: a small seeded generator whose whole state is one 32-bit number. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = nextState(state);
  return { value: valueAt(next), state: next };
}

const nextState = (state: number): number => (state + 0x6d2b79f5) | 0;

/** The draw for a state (already stepped); kept apart so hot loops draw without an object per draw. */
function valueAt(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A seeded random source that writes its state back to the world after each draw. */
export interface Rng {
  next(): number;
  int(minInclusive: number, maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  hex(length: number): string;
  alphanumeric(length: number): string;
}

const HEX_DIGITS = '0123456789abcdef';
const HEX_PAIRS = Array.from({ length: 256 }, (_, i) => HEX_DIGITS[i >> 4]! + HEX_DIGITS[i & 15]!);

export function createRng(holder: { rng: number }): Rng {
  const next = (): number => valueAt((holder.rng = nextState(holder.rng)));
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min));
  // Ids are drawn per record of a month-long stream: one draw per character, as `int` draws them,
  // the state kept in a local and written back once, without an array per call.
  const fromAlphabet = (alphabet: string, length: number): string => {
    let state = holder.rng;
    let text = '';
    for (let i = 0; i < length; i++) {
      state = nextState(state);
      text += alphabet[Math.floor(valueAt(state) * alphabet.length)]!;
    }
    holder.rng = state;
    return text;
  };
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length)] as T;
    },
    hex: (length) => {
      // Two digits per table lookup: one string per pair instead of one per digit, for the ids
      // drawn per record of a stream (the same draws and digits as fromAlphabet).
      let state = holder.rng;
      let text = '';
      let i = 0;
      for (; i + 1 < length; i += 2) {
        state = nextState(state);
        const high = Math.floor(valueAt(state) * 16);
        state = nextState(state);
        text += HEX_PAIRS[high * 16 + Math.floor(valueAt(state) * 16)]!;
      }
      holder.rng = state;
      return i < length ? text + fromAlphabet(HEX_DIGITS, 1) : text;
    },
    alphanumeric: (length) =>
      fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', length),
  };
}
