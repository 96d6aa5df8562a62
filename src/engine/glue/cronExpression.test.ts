import { describe, expect, it } from 'vitest';
import { nextCronTime, parseCron } from './cronExpression';

const at = (iso: string) => Date.parse(iso);
const next = (expression: string, after: string) =>
  new Date(nextCronTime(parseCron(expression), at(after))!).toISOString();
const problem = (expression: string) => {
  try {
    parseCron(expression);
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error(`${expression} was accepted`);
};

describe('AWS cron schedules (trigger-job.html, time-based schedules)', () => {
  it('fires cron(0 12 * * ? *) every day at noon UTC', () => {
    expect(next('cron(0 12 * * ? *)', '2025-01-01T12:00:00Z')).toBe('2025-01-02T12:00:00.000Z');
    expect(next('cron(0 12 * * ? *)', '2025-01-01T08:30:00Z')).toBe('2025-01-01T12:00:00.000Z');
  });

  it('handles increments, weekday names, ranges, L and #', () => {
    expect(next('cron(0/15 * * * ? *)', '2025-01-01T10:07:00Z')).toBe('2025-01-01T10:15:00.000Z');
    expect(next('cron(0 18 ? * MON-FRI *)', '2025-01-03T19:00:00Z')).toBe(
      '2025-01-06T18:00:00.000Z',
    ); // Friday evening → Monday
    expect(next('cron(0 0 L * ? *)', '2025-02-01T00:00:00Z')).toBe('2025-02-28T00:00:00.000Z');
    expect(next('cron(0 9 ? * 2#1 *)', '2025-01-01T00:00:00Z')).toBe('2025-01-06T09:00:00.000Z'); // first Monday
    expect(next('cron(30 1 1 JAN ? 2026)', '2025-06-01T00:00:00Z')).toBe(
      '2026-01-01T01:30:00.000Z',
    );
  });

  it('needs six fields', () => {
    expect(problem('cron(0 12 * * ?)')).toMatchObject({
      name: 'InvalidInputException',
      message: expect.stringContaining('has 5 fields'),
    });
  });

  it('needs exactly one of day-of-month and day-of-week to be ?', () => {
    expect(problem('cron(0 12 * * * *)').message).toContain('exactly one of Day-of-month');
    expect(problem('cron(0 12 ? * ? *)').message).toContain('exactly one of Day-of-month');
  });

  it('names the field that is out of range, and rejects a missing cron(…) wrapper', () => {
    expect(problem('cron(61 12 * * ? *)').message).toContain(
      'Minutes field "61" must be between 0 and 59',
    );
    expect(problem('cron(0 24 * * ? *)').message).toContain('Hours');
    expect(problem('cron(0 1 * 13 ? *)').message).toContain('Month');
    expect(problem('0 12 * * ? *').message).toContain('cron(Minutes Hours');
  });
});
