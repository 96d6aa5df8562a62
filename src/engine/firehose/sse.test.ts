import {
  CreateDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  PutRecordBatchCommand,
  PutRecordCommand,
  StartDeliveryStreamEncryptionCommand,
  StopDeliveryStreamEncryptionCommand,
} from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import { destination, directPut, json, lakeWithBucket } from './firehose.fixtures';

const CMK = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const nameOf = (e: unknown) => (e as { name: string }).name;

async function client() {
  const lake = await lakeWithBucket();
  return { lake, firehose: new FirehoseClient(lake.engine.sdkConfig()) };
}

const sseOf = (firehose: FirehoseClient, name: string) =>
  firehose
    .send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))
    .then((r) => r.DeliveryStreamDescription?.DeliveryStreamEncryptionConfiguration);

describe('Firehose server-side encryption', () => {
  // API_StartDeliveryStreamEncryption.html: status ENABLING, then ENABLED; PutRecordOutput$Encrypted tells.
  it('goes ENABLING then ENABLED, and puts report Encrypted once ENABLED', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    expect(await sseOf(firehose, 'clicks')).toEqual({ Status: 'DISABLED' });
    await firehose.send(
      new StartDeliveryStreamEncryptionCommand({
        DeliveryStreamName: 'clicks',
        DeliveryStreamEncryptionConfigurationInput: {
          KeyType: 'CUSTOMER_MANAGED_CMK',
          KeyARN: CMK,
        },
      }),
    );
    expect(await sseOf(firehose, 'clicks')).toMatchObject({ Status: 'ENABLING' });
    const during = await firehose.send(
      new PutRecordCommand({ DeliveryStreamName: 'clicks', Record: { Data: json({ n: 1 }) } }),
    );
    expect(during.Encrypted).toBe(false);
    await lake.advance('10s');
    expect(await sseOf(firehose, 'clicks')).toEqual({
      Status: 'ENABLED',
      KeyType: 'CUSTOMER_MANAGED_CMK',
      KeyARN: CMK,
    });
    const batch = await firehose.send(
      new PutRecordBatchCommand({ DeliveryStreamName: 'clicks', Records: [{ Data: json({}) }] }),
    );
    expect(batch.Encrypted).toBe(true);
  });

  // API_StopDeliveryStreamEncryption.html: status DISABLING, then DISABLED.
  it('goes DISABLING then DISABLED on stop', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    await firehose.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'clicks' }));
    await lake.advance('10s');
    expect(await sseOf(firehose, 'clicks')).toEqual({
      Status: 'ENABLED',
      KeyType: 'AWS_OWNED_CMK',
    });
    await firehose.send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'clicks' }));
    expect(await sseOf(firehose, 'clicks')).toMatchObject({ Status: 'DISABLING' });
    await lake.advance('10s');
    expect(await sseOf(firehose, 'clicks')).toEqual({ Status: 'DISABLED' });
  });

  // API_CreateDeliveryStream.html: DeliveryStreamEncryptionConfigurationInput turns SSE on at creation.
  it('enables SSE given on create once the stream is ACTIVE', async () => {
    const { lake, firehose } = await client();
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'secure',
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
        ExtendedS3DestinationConfiguration: destination(),
      }),
    );
    expect(await sseOf(firehose, 'secure')).toMatchObject({ Status: 'ENABLING' });
    await lake.advance('5s');
    expect(await sseOf(firehose, 'secure')).toEqual({
      Status: 'ENABLED',
      KeyType: 'AWS_OWNED_CMK',
    });
  });

  // API_DeliveryStreamEncryptionConfigurationInput.html: CUSTOMER_MANAGED_CMK needs the key's ARN.
  it('refuses CUSTOMER_MANAGED_CMK without KeyARN with InvalidArgumentException', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    const error = await firehose
      .send(
        new StartDeliveryStreamEncryptionCommand({
          DeliveryStreamName: 'clicks',
          DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK' },
        }),
      )
      .catch(nameOf);
    expect(error).toBe('InvalidArgumentException');
  });

  it('answers a missing stream with ResourceNotFoundException', async () => {
    const { firehose } = await client();
    const error = await firehose
      .send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'nope' }))
      .catch(nameOf);
    expect(error).toBe('ResourceNotFoundException');
  });

  // API_StartDeliveryStreamEncryption.html: 25 Start/Stop calls per stream per 24 hours.
  it('refuses the 26th Start/Stop call within 24 hours with LimitExceededException', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    for (let i = 0; i < 25; i++) {
      const Command =
        i % 2 === 0 ? StartDeliveryStreamEncryptionCommand : StopDeliveryStreamEncryptionCommand;
      await firehose.send(new Command({ DeliveryStreamName: 'clicks' }));
      await lake.advance('10s');
    }
    const error = await firehose
      .send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'clicks' }))
      .catch(nameOf);
    expect(error).toBe('LimitExceededException');
    await lake.advance('1d');
    await firehose.send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'clicks' }));
  });
});
