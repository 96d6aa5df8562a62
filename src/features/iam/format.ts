const UTC = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Simulated epoch ms → "6 Jan 2025, 09:00 UTC". */
export function formatDate(epochMs: number): string {
  return `${UTC.format(epochMs)} UTC`;
}
