import {
  CreateDeliveryStreamCommand,
  FirehoseClient,
  ListTagsForDeliveryStreamCommand,
  TagDeliveryStreamCommand,
  UntagDeliveryStreamCommand,
} from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import { destination, directPut, lakeWithBucket } from './firehose.fixtures';

const nameOf = (e: unknown) => (e as { name: string }).name;

async function client() {
  const lake = await lakeWithBucket();
  return { lake, firehose: new FirehoseClient(lake.engine.sdkConfig()) };
}

describe('Firehose tags', () => {
  // API_CreateDeliveryStream.html: Tags assigns up to 50 tags to the new stream.
  it('keeps the Tags given on create and lists them', async () => {
    const { firehose } = await client();
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        ExtendedS3DestinationConfiguration: destination(),
        Tags: [
          { Key: 'team', Value: 'data' },
          { Key: 'env', Value: 'lab' },
        ],
      }),
    );
    const listed = await firehose.send(
      new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'clicks' }),
    );
    expect(listed.Tags).toEqual([
      { Key: 'team', Value: 'data' },
      { Key: 'env', Value: 'lab' },
    ]);
    expect(listed.HasMoreTags).toBe(false);
  });

  it('keeps one tag per key when create names a key twice (the last value wins)', async () => {
    const { firehose } = await client();
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        ExtendedS3DestinationConfiguration: destination(),
        Tags: [
          { Key: 'team', Value: 'a' },
          { Key: 'team', Value: 'b' },
        ],
      }),
    );
    const listed = await firehose.send(
      new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'clicks' }),
    );
    expect(listed.Tags).toEqual([{ Key: 'team', Value: 'b' }]);
  });

  // API_TagDeliveryStream.html: a tag that already exists gets the value given in the request.
  it('adds tags and replaces the value of an existing key', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    await firehose.send(
      new TagDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        Tags: [{ Key: 'team', Value: 'data' }],
      }),
    );
    await firehose.send(
      new TagDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        Tags: [
          { Key: 'team', Value: 'ops' },
          { Key: 'cost', Value: '42' },
        ],
      }),
    );
    const listed = await firehose.send(
      new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'clicks' }),
    );
    expect(listed.Tags).toEqual([
      { Key: 'team', Value: 'ops' },
      { Key: 'cost', Value: '42' },
    ]);
  });

  // API_UntagDeliveryStream.html: removes the keys given; a key that does not exist is ignored.
  it('removes tags by key and ignores keys the stream lacks', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    await firehose.send(
      new TagDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        Tags: [
          { Key: 'a', Value: '1' },
          { Key: 'b', Value: '2' },
        ],
      }),
    );
    await firehose.send(
      new UntagDeliveryStreamCommand({ DeliveryStreamName: 'clicks', TagKeys: ['a', 'nope'] }),
    );
    const listed = await firehose.send(
      new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'clicks' }),
    );
    expect(listed.Tags).toEqual([{ Key: 'b', Value: '2' }]);
  });

  // API_ListTagsForDeliveryStream.html: Limit tags after ExclusiveStartTagKey; HasMoreTags says more remain.
  it('pages tags with Limit, HasMoreTags and ExclusiveStartTagKey', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    await firehose.send(
      new TagDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        Tags: ['a', 'b', 'c'].map((Key) => ({ Key, Value: Key })),
      }),
    );
    const first = await firehose.send(
      new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'clicks', Limit: 2 }),
    );
    expect(first.Tags?.map((t) => t.Key)).toEqual(['a', 'b']);
    expect(first.HasMoreTags).toBe(true);
    const next = await firehose.send(
      new ListTagsForDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        Limit: 2,
        ExclusiveStartTagKey: 'b',
      }),
    );
    expect(next.Tags?.map((t) => t.Key)).toEqual(['c']);
    expect(next.HasMoreTags).toBe(false);
  });

  // API_TagDeliveryStream.html: each stream can have up to 50 tags (LimitExceededException beyond).
  it('refuses a 51st tag with LimitExceededException', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    const tags = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ Key: `k${from + i}`, Value: 'v' }));
    await firehose.send(
      new TagDeliveryStreamCommand({ DeliveryStreamName: 'clicks', Tags: tags(0, 50) }),
    );
    const error = await firehose
      .send(new TagDeliveryStreamCommand({ DeliveryStreamName: 'clicks', Tags: tags(50, 1) }))
      .catch(nameOf);
    expect(error).toBe('LimitExceededException');
  });

  it('answers tag operations on a missing stream with ResourceNotFoundException', async () => {
    const { firehose } = await client();
    const errors = await Promise.all([
      firehose
        .send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'nope' }))
        .catch(nameOf),
      firehose
        .send(new TagDeliveryStreamCommand({ DeliveryStreamName: 'nope', Tags: [{ Key: 'a' }] }))
        .catch(nameOf),
      firehose
        .send(new UntagDeliveryStreamCommand({ DeliveryStreamName: 'nope', TagKeys: ['a'] }))
        .catch(nameOf),
    ]);
    expect(errors).toEqual([
      'ResourceNotFoundException',
      'ResourceNotFoundException',
      'ResourceNotFoundException',
    ]);
  });

  // API_Tag.html: keys are 1-128 characters and may not start with aws:.
  it('refuses an aws: tag key with InvalidArgumentException', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    const error = await firehose
      .send(
        new TagDeliveryStreamCommand({
          DeliveryStreamName: 'clicks',
          Tags: [{ Key: 'aws:owner', Value: 'x' }],
        }),
      )
      .catch(nameOf);
    expect(error).toBe('InvalidArgumentException');
  });

  // API_CreateDeliveryStream.html: tags on create are also authorised as firehose:TagDeliveryStream.
  it('needs firehose:TagDeliveryStream to create a stream with tags', async () => {
    const lake = await lakeWithBucket();
    await lake.call('iam', 'CreateUser', { UserName: 'producer' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'producer',
      PolicyName: 'create',
      PolicyDocument: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Action: ['firehose:CreateDeliveryStream', 'iam:PassRole'],
            Resource: '*',
          },
        ],
      }),
    });
    const create = (name: string, tags?: { Key: string; Value: string }[]) =>
      lake.as('producer').call('firehose', 'CreateDeliveryStream', {
        DeliveryStreamName: name,
        ExtendedS3DestinationConfiguration: destination(),
        ...(tags ? { Tags: tags } : {}),
      });
    expect(await create('tagged', [{ Key: 'team', Value: 'data' }]).catch(nameOf)).toBe(
      'AccessDeniedException',
    );
    expect(await create('plain')).toHaveProperty('DeliveryStreamARN');
  });
});
