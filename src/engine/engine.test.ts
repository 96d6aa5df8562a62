import { describe, expect, it } from 'vitest';
import { TestLake } from './testing/TestLake';

describe('engine.call', () => {
  it('runs an operation as the administrator by default and logs it', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const { Buckets } = await lake.call<{ Buckets: { Name: string }[] }>('s3', 'ListBuckets');
    expect(Buckets.map((b) => b.Name)).toEqual(['raw-zone']);
    const last = lake.engine.eventLog().at(-1)!;
    expect(last).toMatchObject({
      service: 's3',
      operation: 'ListBuckets',
      outcome: 'allowed',
      principal: 'arn:aws:iam::111122223333:user/admin',
    });
  });

  it('names the AWS error code of a failure', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('s3', 'CreateBucket', { Bucket: 'Bad_Name' });
    expect(error.name).toBe('InvalidBucketName');
    expect(error.message).toContain('lower-case');
  });

  it('refuses an unknown operation with a message naming it', async () => {
    const error = await new TestLake().errorOf('s3', 'FlyToTheMoon');
    expect(error.name).toBe('UnknownOperationException');
    expect(error.message).toContain('s3:FlyToTheMoon');
  });

  it('is deterministic: the same seed and calls give the same world', async () => {
    const run = async () => {
      const lake = new TestLake({ seed: 7 });
      await lake.call('s3', 'CreateBucket', { Bucket: 'a-bucket' });
      await lake.advance('3d');
      return JSON.stringify(lake.engine.snapshot());
    };
    expect(await run()).toBe(await run());
  });

  it('restores a snapshot exactly, and later calls do not change the snapshot', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'kept' });
    const snapshot = lake.engine.snapshot();
    await lake.call('s3', 'CreateBucket', { Bucket: 'later' });
    lake.engine.restore(snapshot);
    const { Buckets } = await lake.call<{ Buckets: { Name: string }[] }>('s3', 'ListBuckets');
    expect(Buckets.map((b) => b.Name)).toEqual(['kept']);
  });
});
