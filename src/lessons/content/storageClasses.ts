/** Module 2: storage classes and a lifecycle rule that moves data to Standard-IA. */
export const storageClasses = {
  id: 's3-storage-classes',
  module: 2,
  title: 'Storage classes and lifecycle',
  summary: 'Move data that is read less often to a cheaper storage class, automatically.',
  objectives: [
    'Write an S3 lifecycle rule with a transition',
    'See a transition happen as time passes',
    'Know which objects lifecycle skips',
  ],
  setup: {
    scenario: 'empty',
    operations: [
      { service: 's3', operation: 'CreateBucket', input: { Bucket: 'archive-zone' } },
      // S3 lifecycle: objects under 128 KB are not transitioned by default (aws-facts.md), so the lesson needs a bigger file.
      {
        service: 'lab',
        operation: 'PutObjectOfSize',
        input: { Bucket: 'archive-zone', Key: 'logs/orders-2025-01.csv', SizeBytes: 200000 },
      },
      {
        service: 's3',
        operation: 'PutObject',
        input: {
          Bucket: 'archive-zone',
          Key: 'logs/readme.txt',
          Body: 'Monthly order exports.\n',
          ContentType: 'text/plain',
        },
      },
    ],
  },
  steps: [
    {
      id: 'lifecycle-rule',
      title: 'Create a lifecycle rule',
      instructions:
        'Open the bucket `archive-zone`, tab **Management**, and create a lifecycle rule named `to-ia` that transitions objects to **Standard-IA** after **30** days.',
      check: {
        read: {
          service: 's3',
          operation: 'GetBucketLifecycleConfiguration',
          input: { Bucket: 'archive-zone' },
        },
        expect: { path: 'Rules[].Transitions[].StorageClass', contains: 'STANDARD_IA' },
      },
      hints: [
        'Choose **Create lifecycle rule**, then **Add transition**.',
        'Pick the storage class Standard-IA and type 30 in days.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutBucketLifecycleConfiguration',
          input: {
            Bucket: 'archive-zone',
            LifecycleConfiguration: {
              Rules: [
                {
                  ID: 'to-ia',
                  Status: 'Enabled',
                  Filter: { Prefix: '' },
                  Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
                },
              ],
            },
          },
        },
      ],
      explanation:
        'A lifecycle rule is a bucket setting S3 applies once a day. Standard-IA costs less per GB-month than Standard but charges per GB retrieved and for at least 30 days. Why it matters: raw data is read a lot when it arrives and rarely after.',
    },
    {
      id: 'jump-31-days',
      title: 'Let a month pass',
      instructions:
        'Jump the clock **31 days** ahead, then look at the storage class of `logs/orders-2025-01.csv` and of `logs/readme.txt`.',
      check: {
        read: {
          service: 's3',
          operation: 'HeadObject',
          input: { Bucket: 'archive-zone', Key: 'logs/orders-2025-01.csv' },
        },
        expect: { path: 'StorageClass', equals: 'STANDARD_IA' },
      },
      hints: [
        '**Jump ahead** → **Custom duration…** → `31d`.',
        'Lifecycle runs at midnight UTC, so the day count is rounded up.',
      ],
      showMe: [{ service: 'lab', operation: 'AdvanceClock', input: { Duration: '31d' } }],
      explanation:
        'The big file moved to Standard-IA, but `readme.txt` stayed in Standard: by default S3 does not transition objects smaller than 128 KB, because Standard-IA bills each object as at least 128 KB. Why it matters: lifecycle saves money on large files, not on many tiny ones — another reason to compact small files.',
    },
  ],
} as const;
