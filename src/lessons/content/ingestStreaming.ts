/** Module 2: streaming ingestion — Firehose buffers records and writes objects by size or time. */
const BUCKET = 'shop-raw-zone';
const STREAM = 'clickstream-to-raw';
const ROLE = 'FirehoseDeliveryRole';
const ROLE_ARN = `arn:aws:iam::111122223333:role/${ROLE}`;
const PREFIX = 'clickstream/firehose/';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'firehose.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const WRITE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:PutObject'], Resource: `arn:aws:s3:::${BUCKET}/*` }],
});

const describe = {
  service: 'firehose',
  operation: 'DescribeDeliveryStream',
  input: { DeliveryStreamName: STREAM },
};
/** The delivery stream as the lake canvas draws it: its S3 destination's prefix, compression and buffering. */
const streamGoal = (title: string) => ({
  title,
  read: describe,
  show: [
    { path: 'DeliveryStreamDescription', columns: ['DeliveryStreamName', 'DeliveryStreamType'] },
    {
      path: 'DeliveryStreamDescription.Destinations[0].ExtendedS3DestinationDescription',
      columns: [
        'BucketARN',
        'Prefix',
        'CompressionFormat',
        'BufferingHints.SizeInMBs',
        'BufferingHints.IntervalInSeconds',
      ],
    },
  ],
});
const objects = {
  service: 's3',
  operation: 'ListObjectsV2',
  input: { Bucket: BUCKET, Prefix: PREFIX },
};

export const ingestStreaming = {
  id: 'ingest-streaming-firehose',
  module: 2,
  title: 'Streaming clicks with Firehose',
  summary:
    'Send a clickstream through Amazon Data Firehose and see how buffering hints decide how many objects land, and how big.',
  objectives: [
    'Create a Direct PUT delivery stream to the raw zone',
    'Read the YYYY/MM/dd/HH/ prefix and object names Firehose writes',
    'Trade latency for fewer, bigger objects with buffering hints',
  ],
  setup: {
    scenario: 'empty',
    operations: [
      { service: 's3', operation: 'CreateBucket', input: { Bucket: BUCKET } },
      {
        service: 'iam',
        operation: 'CreateRole',
        input: { RoleName: ROLE, AssumeRolePolicyDocument: TRUST },
      },
      {
        service: 'iam',
        operation: 'PutRolePolicy',
        input: { RoleName: ROLE, PolicyName: 'write-raw-zone', PolicyDocument: WRITE },
      },
    ],
  },
  steps: [
    {
      id: 'create-stream',
      title: 'Create the delivery stream',
      instructions: `Create a Direct PUT Firehose stream \`${STREAM}\` delivering to \`s3://${BUCKET}/${PREFIX}\` as the role \`${ROLE}\`, with GZIP compression and buffering hints of **1 MiB or 60 seconds**. Use the lake canvas (Streaming → Firehose) or the terminal.`,
      check: {
        read: describe,
        expect: { path: 'DeliveryStreamDescription.DeliveryStreamName', equals: STREAM },
      },
      goal: streamGoal('The delivery stream clickstream-to-raw'),
      hints: [
        'The role must trust firehose.amazonaws.com and may put objects in the bucket: the set-up created it.',
        `\`aws firehose create-delivery-stream --delivery-stream-name ${STREAM} --extended-s3-destination-configuration …\``,
      ],
      showMe: [
        {
          service: 'firehose',
          operation: 'CreateDeliveryStream',
          input: {
            DeliveryStreamName: STREAM,
            DeliveryStreamType: 'DirectPut',
            ExtendedS3DestinationConfiguration: {
              RoleARN: ROLE_ARN,
              BucketARN: `arn:aws:s3:::${BUCKET}`,
              Prefix: PREFIX,
              CompressionFormat: 'GZIP',
              BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
            },
          },
        },
      ],
      explanation:
        'Firehose is fully managed: no shards to size. It buffers incoming records and writes one object each time the buffer reaches the size **or** the interval, whichever comes first.',
    },
    {
      id: 'produce',
      title: 'Start the clickstream',
      instructions: `Start the shop's clickstream app sending **5 events per second** to \`${STREAM}\` (lake canvas: the clickstream source's panel).`,
      check: {
        read: { service: 'sources', operation: 'DescribeClickstream' },
        expect: { path: 'Status.config.enabled', equals: true },
      },
      hints: [
        'In the terminal: `aws sources configure-clickstream` is LakeLab-only; the canvas is easier.',
      ],
      showMe: [
        {
          service: 'sources',
          operation: 'ConfigureClickstream',
          input: {
            enabled: true,
            target: { kind: 'firehose', deliveryStreamName: STREAM },
            eventsPerSecond: 5,
          },
        },
      ],
      explanation:
        'The app calls PutRecordBatch every second, like a web back end using the AWS SDK.',
    },
    {
      id: 'land',
      title: 'Let ten minutes pass',
      instructions: `Jump the clock ahead **10 minutes**, then open \`s3://${BUCKET}/${PREFIX}\`: objects are under \`YYYY/MM/dd/HH/\` (UTC), named \`${STREAM}-1-YYYY-MM-dd-HH-mm-ss-…gz\`.`,
      check: { read: objects, expect: { path: 'KeyCount', atLeast: 8 } },
      hints: ['Top bar: Jump ahead → 10 minutes.'],
      showMe: [{ service: 'lab', operation: 'AdvanceClock', input: { Duration: '10m' } }],
      explanation:
        'At 5 small events per second the 1 MiB size is never reached, so the **60-second interval** decided: about one object per minute. Many small objects make queries slower and cost more in requests.',
    },
    {
      id: 'bigger-buffer',
      title: 'Buffer for five minutes',
      instructions:
        'Update the destination: buffering interval **300 seconds**, size 5 MiB. Each change bumps the stream version (the `-2-` in new object names).',
      check: {
        read: describe,
        expect: {
          path: 'DeliveryStreamDescription.Destinations.0.ExtendedS3DestinationDescription.BufferingHints.IntervalInSeconds',
          equals: 300,
        },
      },
      goal: streamGoal('The delivery stream with a five-minute buffer'),
      hints: [
        '`aws firehose update-destination` needs the current version id (1) and destination id (destinationId-000000000001).',
      ],
      showMe: [
        {
          service: 'firehose',
          operation: 'UpdateDestination',
          input: {
            DeliveryStreamName: STREAM,
            CurrentDeliveryStreamVersionId: '1',
            DestinationId: 'destinationId-000000000001',
            ExtendedS3DestinationUpdate: {
              BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
            },
          },
        },
      ],
      explanation:
        'Now an object lands every five minutes, five times bigger: fewer objects, more latency. Choose the interval from how fresh the data must be; Athena prefers fewer, larger files.',
    },
  ],
};
