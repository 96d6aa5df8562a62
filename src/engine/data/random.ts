import { createRng, type Rng } from '../core/rng';

/** A generator for one data set: its own stream, so resizing one set leaves the others' bytes alone. */
export function seededRng(seed: number, stream: number): Rng {
  return createRng({ rng: (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream, 0x85ebca6b)) | 0 });
}

export function pickWeighted<T>(rng: Rng, choices: readonly { value: T; weight: number }[]): T {
  const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
  let ticket = rng.next() * total;
  for (const choice of choices) {
    ticket -= choice.weight;
    if (ticket < 0) return choice.value;
  }
  return choices[choices.length - 1]!.value;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** `2025-01-06` for an epoch-milliseconds instant (UTC). */
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Two decimals, as money is written. */
export const cents = (value: number): number => Math.round(value * 100) / 100;
