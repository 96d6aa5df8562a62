const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** "Mon 6 Jan 2025, 09:00:00 UTC": simulated time is always shown in UTC, like AWS logs. */
export function formatSimulatedTime(epochMs: number): string {
  return `${TIME_FORMAT.format(epochMs)} UTC`;
}

/** Dollars as a bill shows them; amounts under a cent stay visible instead of rounding to $0.00. */
export function formatUsd(amount: number): string {
  if (amount === 0) return '$0.00';
  if (amount < 0.0001) return '< $0.0001';
  if (amount < 0.01) return `$${amount.toFixed(4)}`;
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
