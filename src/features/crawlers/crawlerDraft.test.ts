import { describe, expect, it } from 'vitest';
import { crawlerInput, draftOf, EMPTY_DRAFT, stepOfError } from './crawlerDraft';

const draft = {
  ...EMPTY_DRAFT,
  name: ' shop ',
  role: 'r',
  sources: [{ path: 's3://b/shop/', exclusions: '**.tmp\n\n archive/** ' }],
};

describe('crawlerInput', () => {
  it('sends exclusions one per line, trimmed, and no Schedule when on demand', () => {
    const input = crawlerInput(draft);
    expect(input.Name).toBe('shop');
    expect(input.Targets?.S3Targets).toEqual([
      { Path: 's3://b/shop/', Exclusions: ['**.tmp', 'archive/**'] },
    ]);
    expect(input.Schedule).toBeUndefined();
  });

  it('turns Daily into cron(0 0 * * ? *) and the single-schema box into CombineCompatibleSchemas', () => {
    const input = crawlerInput({ ...draft, schedule: 'DAILY', singleSchema: true });
    expect(input.Schedule).toBe('cron(0 0 * * ? *)');
    expect(JSON.parse(input.Configuration!)).toEqual({
      Version: 1,
      Grouping: { TableGroupingPolicy: 'CombineCompatibleSchemas' },
    });
  });

  it('round-trips through draftOf, recognising the Hourly preset', () => {
    const input = crawlerInput({ ...draft, schedule: 'HOURLY', singleSchema: true });
    const back = draftOf({ ...input, Schedule: { ScheduleExpression: input.Schedule! } });
    expect(back.schedule).toBe('HOURLY');
    expect(back.singleSchema).toBe(true);
    expect(back.sources[0]!.exclusions).toBe('**.tmp\narchive/**');
  });
});

describe('stepOfError', () => {
  it('sends each CreateCrawler error to the step with its field', () => {
    expect(stepOfError('Invalid schedule expression "x": it has 5 fields')).toBe(3);
    expect(stepOfError("1 validation error detected: Value null at 'role' failed")).toBe(2);
    expect(stepOfError('S3 target path "x" is not valid: use s3://bucket/folder/.')).toBe(1);
    expect(stepOfError("Value 'a b' at 'name' failed to satisfy constraint")).toBe(0);
  });
});
