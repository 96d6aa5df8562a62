/** Module 1: a first walk through the lab — buckets, objects, the terminal, the clock, the bill. */
export const labTour = {
  id: 'lab-tour',
  module: 1,
  title: 'Tour of the lab',
  summary:
    'Create your first bucket, put a file in it, use the terminal, move the clock and read the bill.',
  objectives: [
    'Create an Amazon S3 bucket and upload an object',
    'Use the AWS CLI in the terminal',
    'Move simulated time forward and read the cost meter',
  ],
  setup: { scenario: 'empty', operations: [] },
  steps: [
    {
      id: 'create-bucket',
      title: 'Create your first bucket',
      instructions:
        'A data lake keeps its files in **Amazon S3**. Open **Amazon S3** in the navigation, choose **Create bucket** and name it `my-first-lake-bucket`.',
      check: {
        read: { service: 's3', operation: 'ListBuckets' },
        expect: { path: 'Buckets[].Name', contains: 'my-first-lake-bucket' },
      },
      hints: [
        'The S3 console lists your buckets; the **Create bucket** button is at the top right of the list.',
        'Bucket names are lowercase letters, digits, dots and dashes: type `my-first-lake-bucket` exactly.',
      ],
      showMe: [
        { service: 's3', operation: 'CreateBucket', input: { Bucket: 'my-first-lake-bucket' } },
      ],
      explanation:
        'A bucket is the top-level container of S3. Its name is global across all AWS accounts, which is why real lakes use names with a company or project prefix. Why it matters: every zone of a data lake (raw, processed, curated) lives in buckets like this one.',
    },
    {
      id: 'upload-object',
      title: 'Upload an object',
      instructions:
        'Open `my-first-lake-bucket` and upload any small file from your computer (a text or CSV file is perfect). You can also drag it onto the page.',
      check: {
        read: {
          service: 's3',
          operation: 'ListObjectsV2',
          input: { Bucket: 'my-first-lake-bucket' },
        },
        expect: { path: 'Contents', length: { atLeast: 1 } },
      },
      hints: [
        'Choose the bucket name in the list to open it.',
        'The **Upload** button opens your file picker; dropping a file on the page works too.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          input: {
            Bucket: 'my-first-lake-bucket',
            Key: 'hello.txt',
            Body: 'Hello, data lake!\n',
            ContentType: 'text/plain',
          },
        },
      ],
      explanation:
        'S3 stores objects: bytes plus metadata (size, content type, ETag, storage class) under a key. There are no real folders, only keys. Why it matters: everything in the lake, from raw CSV to Parquet tables, is an object.',
    },
    {
      id: 'use-terminal',
      title: 'Use the terminal',
      instructions:
        'Open the **terminal** at the bottom of the page. List your buckets with `aws s3 ls`, then the bucket with `aws s3 ls s3://my-first-lake-bucket/`.\n\nNow write an object from the terminal under the prefix `copies/`, for example:\n\n`aws s3 cp s3://my-first-lake-bucket/hello.txt s3://my-first-lake-bucket/copies/hello.txt` (use the name of the file you uploaded).',
      check: {
        read: {
          service: 's3',
          operation: 'ListObjectsV2',
          input: { Bucket: 'my-first-lake-bucket', Prefix: 'copies/' },
        },
        expect: { path: 'KeyCount', atLeast: 1 },
      },
      hints: [
        '`aws s3 ls` with no argument lists buckets; with an `s3://bucket/` path it lists objects and prefixes.',
        '`aws s3 cp SOURCE DESTINATION` copies an object; both can be `s3://` paths.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          input: {
            Bucket: 'my-first-lake-bucket',
            Key: 'copies/hello.txt',
            Body: 'Hello, data lake!\n',
            ContentType: 'text/plain',
          },
        },
      ],
      explanation:
        'The console and the CLI call the same S3 API: whatever you do in one shows in the other. Why it matters: pipelines are scripted with the CLI and SDKs, not clicked, so knowing both sides pays off.',
    },
    {
      id: 'jump-clock',
      title: 'Jump the clock',
      instructions:
        'Time in the lab is simulated. In the top bar, choose **Jump ahead** → **Custom duration…** and jump `30d` (thirty days).',
      check: {
        read: { service: 'lab', operation: 'GetClock' },
        expect: { path: 'Now', atLeast: '2025-02-04' },
      },
      hints: [
        'The clock controls are in the top bar, next to the simulated time.',
        'Type `30d` in the Duration field, then choose **Jump**.',
      ],
      showMe: [{ service: 'lab', operation: 'AdvanceClock', input: { Duration: '30d' } }],
      explanation:
        'Jobs, lifecycle rules and storage charges all follow the simulated clock. Why it matters: many data-lake behaviours (transitions after 30 days, daily crawls, monthly bills) only show over time.',
    },
    {
      id: 'cost-meter',
      title: 'Read the cost meter and clean up',
      instructions:
        'Open the **cost meter** in the top bar: storage is billed per GB-month, requests per thousand. Then stop paying for the copy: delete `copies/hello.txt` (in the console, or with `aws s3 rm`).',
      check: {
        read: {
          service: 's3',
          operation: 'ListObjectsV2',
          input: { Bucket: 'my-first-lake-bucket', Prefix: 'copies/' },
        },
        expect: { path: 'KeyCount', equals: 0 },
      },
      hints: [
        'Select the object in the bucket, then choose **Delete**.',
        'In the terminal: `aws s3 rm s3://my-first-lake-bucket/copies/hello.txt`.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'DeleteObject',
          input: { Bucket: 'my-first-lake-bucket', Key: 'copies/hello.txt' },
        },
      ],
      explanation:
        'S3 bills storage for as long as objects exist, plus each request. Tiny here, but a lake holds terabytes. Why it matters: deleting or moving data you no longer need is the first lever on a data-lake bill.',
    },
  ],
} as const;
