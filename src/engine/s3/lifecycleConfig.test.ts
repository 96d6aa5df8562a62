import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

async function lakeWithBucket(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  return lake;
}

const rule = (extra: object) => ({
  ID: 'archive-raw',
  Status: 'Enabled',
  Filter: { Prefix: 'raw/' },
  ...extra,
});
const putRules = (lake: TestLake, rules: object[]) =>
  lake.errorOf('s3', 'PutBucketLifecycleConfiguration', {
    Bucket: 'raw-zone',
    LifecycleConfiguration: { Rules: rules },
  });

describe('S3 lifecycle configuration', () => {
  it('stores rules and gives them back; GetBucketLifecycleConfiguration answers NoSuchLifecycleConfiguration without one', async () => {
    const lake = await lakeWithBucket();
    expect(
      (await lake.errorOf('s3', 'GetBucketLifecycleConfiguration', { Bucket: 'raw-zone' })).name,
    ).toBe('NoSuchLifecycleConfiguration');
    const rules = [
      rule({
        Transitions: [
          { Days: 30, StorageClass: 'STANDARD_IA' },
          { Days: 90, StorageClass: 'GLACIER' },
        ],
        Expiration: { Days: 365 },
      }),
    ];
    await lake.call('s3', 'PutBucketLifecycleConfiguration', {
      Bucket: 'raw-zone',
      LifecycleConfiguration: { Rules: rules },
    });
    expect(
      await lake.call('s3', 'GetBucketLifecycleConfiguration', { Bucket: 'raw-zone' }),
    ).toEqual({ Rules: rules, TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K' });
    await lake.call('s3', 'DeleteBucketLifecycle', { Bucket: 'raw-zone' });
    expect(
      (await lake.errorOf('s3', 'GetBucketLifecycleConfiguration', { Bucket: 'raw-zone' })).name,
    ).toBe('NoSuchLifecycleConfiguration');
  });

  it('keeps Date actions as Dates, and they must be at midnight UTC', async () => {
    const lake = await lakeWithBucket();
    const Date_ = new Date('2025-03-01T00:00:00Z');
    await lake.call('s3', 'PutBucketLifecycleConfiguration', {
      Bucket: 'raw-zone',
      LifecycleConfiguration: { Rules: [rule({ Expiration: { Date: Date_ } })] },
    });
    const got = await lake.call<{ Rules: { Expiration: { Date: Date } }[] }>(
      's3',
      'GetBucketLifecycleConfiguration',
      { Bucket: 'raw-zone' },
    );
    expect(got.Rules[0]!.Expiration.Date).toEqual(Date_);
    expect(
      (await putRules(lake, [rule({ Expiration: { Date: new Date('2025-03-01T10:00:00Z') } })]))
        .message,
    ).toContain('midnight');
  });

  it.each([
    [
      'Standard-IA needs Days ≥ 30',
      [rule({ Transitions: [{ Days: 10, StorageClass: 'STANDARD_IA' }] })],
      'InvalidArgument',
      'greater than or equal to 30',
    ],
    [
      'One Zone-IA needs Days ≥ 30',
      [rule({ Transitions: [{ Days: 29, StorageClass: 'ONEZONE_IA' }] })],
      'InvalidArgument',
      "'ONEZONE_IA'",
    ],
    [
      'later transitions go to a colder class (waterfall)',
      [
        rule({
          Transitions: [
            { Days: 0, StorageClass: 'GLACIER' },
            { Days: 60, StorageClass: 'STANDARD_IA' },
          ],
        }),
      ],
      'InvalidArgument',
      'colder class',
    ],
    [
      'Glacier ≥ 30 days after the IA transition',
      [
        rule({
          Transitions: [
            { Days: 30, StorageClass: 'STANDARD_IA' },
            { Days: 45, StorageClass: 'GLACIER' },
          ],
        }),
      ],
      'InvalidArgument',
      'set it to 60 or later',
    ],
    [
      'expiration after the last transition',
      [rule({ Transitions: [{ Days: 90, StorageClass: 'GLACIER' }], Expiration: { Days: 60 } })],
      'InvalidArgument',
      'must be greater than',
    ],
    [
      'Status is Enabled or Disabled',
      [rule({ Status: 'On', Expiration: { Days: 1 } })],
      'MalformedXML',
      'Status',
    ],
    [
      'one filter form',
      [rule({ Filter: { Prefix: 'a/', Tag: { Key: 'k', Value: 'v' } }, Expiration: { Days: 1 } })],
      'MalformedXML',
      'combine conditions inside And',
    ],
    [
      'Filter or Prefix, not both',
      [rule({ Prefix: 'a/', Expiration: { Days: 1 } })],
      'MalformedXML',
      'exactly one of Filter or Prefix',
    ],
    [
      'ID at most 255 characters',
      [rule({ ID: 'x'.repeat(256), Expiration: { Days: 1 } })],
      'InvalidArgument',
      '255',
    ],
    [
      'unique IDs',
      [rule({ Expiration: { Days: 1 } }), rule({ Expiration: { Days: 2 } })],
      'InvalidArgument',
      'unique',
    ],
    ['at least one action', [rule({})], 'InvalidArgument', 'At least one action'],
    [
      'no transition to STANDARD',
      [rule({ Transitions: [{ Days: 30, StorageClass: 'STANDARD' }] })],
      'MalformedXML',
      'cannot go to "STANDARD"',
    ],
  ])('validates: %s', async (_rule, rules, code, text) => {
    const lake = await lakeWithBucket();
    const error = await putRules(lake, rules);
    expect(error.name).toBe(code);
    expect(error.message).toContain(text);
    if (rules[0] && 'ID' in rules[0] && rules[0].ID === 'archive-raw')
      expect(error.message).toContain('archive-raw');
  });

  it('allows at most 1,000 rules per configuration', async () => {
    const lake = await lakeWithBucket();
    const rules = Array.from({ length: 1001 }, (_, i) =>
      rule({ ID: `r${i}`, Expiration: { Days: 1 } }),
    );
    expect((await putRules(lake, rules)).message).toContain('at most 1,000 rules');
  });
});
