export { formatUsd } from '../../ui/format';

const UTC = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'medium',
  timeStyle: 'medium',
});

/** A simulated time as the console shows it, or "-" when there is none. */
export function formatTime(at: Date | number | undefined): string {
  return at === undefined ? '-' : `${UTC.format(at)} UTC`;
}

/** Seconds as "1 min 12 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes === 0 ? `${seconds} s` : `${minutes} min ${seconds % 60} s`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
