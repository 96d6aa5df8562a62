import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

describe('S3 buckets', () => {
  it.each([
    ['ab', '3 and 63'],
    ['Raw_Zone', 'lower-case'],
    ['-raw', 'begin and end'],
    ['raw..zone', 'adjacent dots'],
    ['192.168.5.4', 'IP address'],
    ['xn--raw', 'xn--'],
    ['raw-s3alias', '-s3alias'],
  ])('rejects "%s" with InvalidBucketName (bucketnamingrules.html: %s)', async (name, why) => {
    const error = await new TestLake().errorOf('s3', 'CreateBucket', { Bucket: name });
    expect(error.name).toBe('InvalidBucketName');
    expect(error.message).toContain(why);
  });

  it('answers BucketAlreadyOwnedByYou when the owner creates its bucket again (S3: 409 for the same account)', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    expect((await lake.errorOf('s3', 'CreateBucket', { Bucket: 'raw-zone' })).name).toBe(
      'BucketAlreadyOwnedByYou',
    );
  });

  it('refuses to delete a bucket that holds objects with BucketNotEmpty, and deletes it once empty', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a.csv', Body: 'x' });
    expect((await lake.errorOf('s3', 'DeleteBucket', { Bucket: 'raw-zone' })).name).toBe(
      'BucketNotEmpty',
    );
    await lake.call('s3', 'DeleteObject', { Bucket: 'raw-zone', Key: 'a.csv' });
    await lake.call('s3', 'DeleteBucket', { Bucket: 'raw-zone' });
    expect((await lake.errorOf('s3', 'HeadBucket', { Bucket: 'raw-zone' })).name).toBe(
      'NoSuchBucket',
    );
  });

  it("GetBucketLocation gives the bucket's Region", async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', {
      Bucket: 'eu-zone',
      CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
    });
    expect(await lake.call('s3', 'GetBucketLocation', { Bucket: 'eu-zone' })).toEqual({
      LocationConstraint: 'eu-west-1',
    });
    // S3: a us-east-1 bucket answers an empty LocationConstraint.
    await lake.call('s3', 'CreateBucket', { Bucket: 'us-zone' });
    expect(await lake.call('s3', 'GetBucketLocation', { Bucket: 'us-zone' })).toEqual({});
  });
});
