/** Module 2 self-check: storage, formats, securing storage and Athena. */
export const MODULE_2_QUIZ = {
  module: 2,
  title: 'Ingestion, cataloging and preparation: self-check',
  questions: [
    {
      id: 'lifecycle-ia',
      kind: 'single',
      prompt:
        'Raw files are read often for a month, then rarely. What keeps them cheap without deleting them?',
      choices: [
        {
          id: 'lifecycle',
          text: 'A lifecycle rule that transitions them to Standard-IA after 30 days',
        },
        { id: 'delete', text: 'Deleting them after 30 days' },
        { id: 'public', text: 'Making the bucket public' },
      ],
      correct: ['lifecycle'],
      explanation:
        'S3 applies lifecycle transitions daily; Standard-IA costs less per GB-month but charges for retrieval and a 30-day minimum.',
      teachesIn: { lesson: 's3-storage-classes', step: 'lifecycle-rule' },
    },
    {
      id: 'columnar',
      kind: 'multiple',
      prompt: 'Why is Parquet usually better than CSV for analytics? (Choose all that apply.)',
      choices: [
        { id: 'columns', text: 'A query reads only the columns it needs' },
        { id: 'compressed', text: 'Columns compress well, so less is stored and scanned' },
        { id: 'editable', text: 'It is easier to edit in a text editor' },
      ],
      correct: ['columns', 'compressed'],
      explanation:
        'Parquet is columnar and compressed: Athena scans fewer bytes, and you pay per byte scanned.',
      teachesIn: { lesson: 's3-formats-and-compression', step: 'copy-parquet' },
    },
    {
      id: 'sse-kms',
      kind: 'single',
      prompt:
        'Which setting encrypts every new object of a bucket with a key you control in AWS KMS?',
      choices: [
        { id: 'default-encryption', text: 'Default encryption with SSE-KMS' },
        { id: 'versioning', text: 'Versioning' },
        { id: 'lifecycle', text: 'A lifecycle rule' },
      ],
      correct: ['default-encryption'],
      explanation:
        'Bucket default encryption applies SSE-KMS to objects written without their own encryption header.',
      teachesIn: { lesson: 's3-securing-storage', step: 'sse-kms' },
    },
    {
      id: 'least-privilege',
      kind: 'single',
      prompt: 'An analyst with a read-only policy tries to upload an object. What happens?',
      choices: [
        { id: 'denied', text: 'AccessDenied: nothing allows s3:PutObject' },
        { id: 'allowed', text: 'It works, because the bucket is private' },
      ],
      correct: ['denied'],
      explanation:
        'IAM denies by default: an action is allowed only when a policy allows it and nothing denies it.',
      teachesIn: { lesson: 's3-securing-storage', step: 'denied-write' },
    },
    {
      id: 'pruning',
      kind: 'single',
      prompt: 'Which WHERE clause lets Athena skip files of a table partitioned by year and month?',
      choices: [
        { id: 'partition-key', text: "WHERE month = '02'" },
        { id: 'data-column', text: "WHERE order_date >= DATE '2025-02-01'" },
      ],
      correct: ['partition-key'],
      explanation:
        'Only partition keys prune: Athena reads the partition list from the catalog and never opens the other months. A data column must be read from every file.',
      teachesIn: { lesson: 'athena-partition-pruning', step: 'prune' },
    },
  ],
};
