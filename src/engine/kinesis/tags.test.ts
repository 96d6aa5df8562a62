import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  KinesisClient,
  ListTagsForResourceCommand,
  ListTagsForStreamCommand,
  RemoveTagsFromStreamCommand,
  TagResourceCommand,
} from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

const ARN = 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks';

describe('Kinesis stream tags, through the real SDK client', () => {
  // API_CreateStream.html: "Tags will take effect from the CREATING status of the stream, but you can't make any updates to the tags until the stream is in ACTIVE state."
  it('keeps the Tags given to CreateStream, refuses tag changes until ACTIVE, then adds, overwrites and removes', async () => {
    const lake = new TestLake();
    const kinesis = new KinesisClient(lake.engine.sdkConfig());
    await kinesis.send(
      new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 1, Tags: { team: 'web' } }),
    );
    const listed = await kinesis.send(new ListTagsForStreamCommand({ StreamName: 'clicks' }));
    expect(listed).toMatchObject({ Tags: [{ Key: 'team', Value: 'web' }], HasMoreTags: false });
    const early = await kinesis
      .send(new AddTagsToStreamCommand({ StreamName: 'clicks', Tags: { env: 'dev' } }))
      .catch((e: Error) => e);
    expect((early as Error).name).toBe('ResourceInUseException');

    await lake.advance('10s');
    // API_AddTagsToStream.html: "overwrites any existing tags that correspond to the specified tag keys".
    await kinesis.send(
      new AddTagsToStreamCommand({ StreamName: 'clicks', Tags: { env: 'dev', team: 'data' } }),
    );
    await kinesis.send(new TagResourceCommand({ ResourceARN: ARN, Tags: { cost: '42' } }));
    // API_RemoveTagsFromStream.html: "If you specify a tag that does not exist, it is ignored."
    await kinesis.send(
      new RemoveTagsFromStreamCommand({ StreamARN: ARN, TagKeys: ['env', 'nope'] }),
    );
    const page = await kinesis.send(
      new ListTagsForStreamCommand({ StreamName: 'clicks', Limit: 1 }),
    );
    expect(page).toMatchObject({ Tags: [{ Key: 'cost', Value: '42' }], HasMoreTags: true });
    const rest = await kinesis.send(
      new ListTagsForStreamCommand({ StreamName: 'clicks', ExclusiveStartTagKey: 'cost' }),
    );
    expect(rest).toMatchObject({ Tags: [{ Key: 'team', Value: 'data' }], HasMoreTags: false });
    const all = await kinesis.send(new ListTagsForResourceCommand({ ResourceARN: ARN }));
    expect(all.Tags).toEqual([
      { Key: 'cost', Value: '42' },
      { Key: 'team', Value: 'data' },
    ]);
  });

  // API_AddTagsToStream.html: "You can assign up to 50 tags to a data stream."
  it('refuses a 51st tag with InvalidArgumentException', async () => {
    const lake = new TestLake();
    const kinesis = new KinesisClient(lake.engine.sdkConfig());
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    await kinesis.send(
      new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 1, Tags: fifty }),
    );
    await lake.advance('10s');
    const error = await kinesis
      .send(new AddTagsToStreamCommand({ StreamName: 'clicks', Tags: { one: 'more' } }))
      .catch((e: Error) => e);
    expect((error as Error).name).toBe('InvalidArgumentException');
  });

  // API_CreateStream.html: with Tags you "must also have the kinesis:AddTagsToStream permission".
  it('needs kinesis:AddTagsToStream to create a stream with tags', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'maker' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'maker',
      PolicyName: 'create-only',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kinesis:CreateStream', Resource: '*' }],
      }),
    });
    const maker = lake.as('maker');
    const denied = await maker.errorOf('kinesis', 'CreateStream', {
      StreamName: 'tagged',
      ShardCount: 1,
      Tags: { a: 'b' },
    });
    expect(denied.name).toBe('AccessDeniedException');
    await maker.call('kinesis', 'CreateStream', { StreamName: 'plain', ShardCount: 1 });
  });
});
