import { describe, expect, it } from 'vitest';
import type { OperationContext, ServiceModule } from './core/operations';
import { Engine } from './engine';
import { SERVICES } from './index';
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

describe('unlogged nested calls', () => {
  it('leave data-plane traffic of simulated sources out of the event log', async () => {
    const probe: ServiceModule = {
      name: 'probe',
      iamPrefix: 'probe',
      accessDeniedCode: 'AccessDenied',
      operations: {
        Put: {
          run: (_input: unknown, ctx: OperationContext) =>
            ctx.call('s3', 'CreateBucket', { Bucket: 'quiet-bucket' }, { unlogged: true }),
        },
      },
    };
    const engine = new Engine({ services: [...SERVICES, probe] });
    await engine.call('probe', 'Put', {});
    expect(engine.eventLog().map((e) => `${e.service}:${e.operation}`)).toEqual(['probe:Put']);
    await engine.call('s3', 'HeadBucket', { Bucket: 'quiet-bucket' });
  });
});
