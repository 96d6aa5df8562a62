/** How the console writes sizes, simulated times and estimated costs, everywhere alike. */

/** 1536 → "1.5 KB", as the S3 console writes sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const UTC = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Simulated time → "6 Jan 2025, 09:00 UTC"; none (or 0) → "-". */
export function formatDate(at: Date | number | undefined): string {
  return at === undefined || at === 0 ? '-' : `${UTC.format(at)} UTC`;
}

/** US dollars with cents, or two significant digits for fractions of a cent. */
export function formatUsd(amount: number): string {
  if (amount === 0 || amount >= 0.01) return `$${amount.toFixed(2)}`;
  if (amount < 0.000001) return '< $0.000001';
  // Two significant digits, so a lab's fractions of a cent still show what they are.
  const decimals = Math.min(12, 1 - Math.floor(Math.log10(amount)));
  return `$${amount.toFixed(decimals)}`;
}
