import { nextCronTime, parseCron } from '../glue/cronExpression';
import { AwsError, isAwsError } from '../core/errors';

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * Parses `rate(1 hour)`, `rate(12 hours)`, `rate(5minutes)` (AppFlow writes no space) or an AWS
 * `cron(…)`, and returns a function giving the next run strictly after a time.
 */
export function scheduleFor(
  expression: string,
  errorCode: string,
): (afterMs: number) => number | undefined {
  const rate = /^rate\(\s*(\d+)\s*(minute|hour|day)s?\s*\)$/i.exec(expression.trim());
  if (rate) {
    const every = Number(rate[1]) * UNIT_MS[rate[2]!.toLowerCase()]!;
    if (every <= 0)
      throw new AwsError(
        errorCode,
        `Invalid schedule expression "${expression}": the rate must be positive.`,
      );
    return (after) => after + every;
  }
  try {
    const cron = parseCron(expression);
    return (after) => nextCronTime(cron, after);
  } catch (error) {
    if (!isAwsError(error)) throw error;
    throw new AwsError(
      errorCode,
      `Invalid schedule expression "${expression}": use rate(N minutes|hours|days) or cron(Minutes Hours Day-of-month Month Day-of-week Year). ${error.message}`,
    );
  }
}
