import type { ScalarDef, SqlArg } from './register';
import { invalidArgument } from './time';

const num = (v: SqlArg): number => Number(v);

/** Trino rounds half away from zero: round(2.5) = 3, round(-2.5) = -3. */
export function roundHalfAway(x: number, digits = 0): number {
  if (!Number.isFinite(x)) return x;
  const shifted = Number(`${Math.abs(x)}e${digits}`);
  const rounded = Number(`${Math.round(shifted)}e${-digits}`);
  return Math.sign(x) * rounded;
}

/** Seeded generator (mulberry32): random() is repeatable for a given database. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mathFunctions(random: () => number): Record<string, ScalarDef> {
  const unary = (fn: (x: number) => number): ScalarDef => ({ arity: 1, fn: (x) => fn(num(x)) });
  return {
    round: { arity: -1, fn: (x, d) => roundHalfAway(num(x), d === undefined ? 0 : num(d)) },
    ceil: unary(Math.ceil),
    floor: unary(Math.floor),
    truncate: unary(Math.trunc),
    mod: {
      arity: 2,
      fn: (a, b) => {
        if (num(b) === 0 && Number.isInteger(num(a)))
          throw new Error('DIVISION_BY_ZERO: Division by zero');
        return num(a) % num(b);
      },
    },
    power: { arity: 2, fn: (a, b) => num(a) ** num(b) },
    sqrt: unary(Math.sqrt),
    cbrt: unary(Math.cbrt),
    ln: unary(Math.log),
    log2: unary(Math.log2),
    log10: unary(Math.log10),
    log: { arity: 2, fn: (b, x) => Math.log(num(x)) / Math.log(num(b)) },
    exp: unary(Math.exp),
    sign: unary(Math.sign),
    pi: { arity: 0, fn: () => Math.PI },
    e: { arity: 0, fn: () => Math.E },
    nan: { arity: 0, fn: () => NaN },
    infinity: { arity: 0, fn: () => Infinity },
    is_nan: { arity: 1, fn: (x) => Number.isNaN(num(x)) },
    degrees: unary((x) => (x * 180) / Math.PI),
    radians: unary((x) => (x * Math.PI) / 180),
    sin: unary(Math.sin),
    cos: unary(Math.cos),
    tan: unary(Math.tan),
    random: {
      arity: -1,
      fn: (a, b) => {
        if (a === undefined) return random();
        const [lo, hi] = b === undefined ? [0, num(a)] : [num(a), num(b)];
        if (hi <= lo) throw invalidArgument('bound must be positive');
        return lo + Math.floor(random() * (hi - lo));
      },
    },
  };
}
