const BUCKET = 'secure-raw-zone';

/** Module 2: encryption at rest, Block Public Access, and least-privilege IAM. */
export const securingStorage = {
  id: 's3-securing-storage',
  module: 2,
  title: 'Securing storage',
  summary:
    'Encrypt the raw zone with KMS, block public access, and give an analyst read-only access.',
  objectives: [
    'Set default encryption to SSE-KMS',
    'Turn on S3 Block Public Access',
    'Grant read-only access with an IAM managed policy and see a write denied',
  ],
  setup: {
    scenario: 'empty',
    operations: [
      { service: 's3', operation: 'CreateBucket', input: { Bucket: BUCKET } },
      // S3: Block Public Access is on by default for new buckets (April 2023; aws-facts.md); this one had it switched off.
      { service: 's3', operation: 'DeletePublicAccessBlock', input: { Bucket: BUCKET } },
      {
        service: 's3',
        operation: 'PutObject',
        input: {
          Bucket: BUCKET,
          Key: 'customers/customers.csv',
          Body: 'customer_id,name\n1,Ada\n2,Grace\n',
          ContentType: 'text/csv',
        },
      },
    ],
  },
  steps: [
    {
      id: 'sse-kms',
      title: 'Default encryption with KMS',
      instructions: `Open \`${BUCKET}\`, tab **Properties**, and edit **Default encryption**: choose **SSE-KMS** (server-side encryption with AWS KMS keys).`,
      check: {
        read: { service: 's3', operation: 'GetBucketEncryption', input: { Bucket: BUCKET } },
        expect: {
          path: 'ServerSideEncryptionConfiguration.Rules[].ApplyServerSideEncryptionByDefault.SSEAlgorithm',
          contains: 'aws:kms',
        },
      },
      hints: [
        'Every bucket already encrypts with SSE-S3; you are switching it to SSE-KMS.',
        'Keep the AWS managed key `aws/s3` and the bucket key on.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutBucketEncryption',
          input: {
            Bucket: BUCKET,
            ServerSideEncryptionConfiguration: {
              Rules: [
                {
                  ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' },
                  BucketKeyEnabled: true,
                },
              ],
            },
          },
        },
      ],
      explanation:
        'With SSE-KMS, reading an object also needs permission on the KMS key, and every use of the key is logged. New objects are encrypted with it; existing ones keep their encryption until rewritten. Why it matters: a raw zone often holds personal data, and KMS gives a second lock you control.',
    },
    {
      id: 'block-public-access',
      title: 'Block public access',
      instructions: `New buckets block public access by default, but someone switched it off on \`${BUCKET}\`. In its **Permissions** tab, edit **Block public access** and turn on all four settings.`,
      check: {
        read: { service: 's3', operation: 'GetPublicAccessBlock', input: { Bucket: BUCKET } },
        expect: {
          all: [
            { path: 'PublicAccessBlockConfiguration.BlockPublicAcls', equals: true },
            { path: 'PublicAccessBlockConfiguration.IgnorePublicAcls', equals: true },
            { path: 'PublicAccessBlockConfiguration.BlockPublicPolicy', equals: true },
            { path: 'PublicAccessBlockConfiguration.RestrictPublicBuckets', equals: true },
          ],
        },
      },
      hints: [
        'The four settings cover ACLs (new and existing) and bucket policies (new and existing).',
        '`aws s3api put-public-access-block` sets them from the terminal.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutPublicAccessBlock',
          input: {
            Bucket: BUCKET,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            },
          },
        },
      ],
      explanation:
        'Block Public Access overrides any ACL or bucket policy that would make data public. Why it matters: an accidentally public bucket is the classic data-lake leak; these four switches make it impossible.',
    },
    {
      id: 'read-only-user',
      title: 'A read-only analyst',
      instructions:
        'In **IAM**, create the user `analyst` and attach the AWS managed policy **AmazonS3ReadOnlyAccess**.',
      check: {
        read: {
          service: 'iam',
          operation: 'ListAttachedUserPolicies',
          input: { UserName: 'analyst' },
        },
        expect: { path: 'AttachedPolicies[].PolicyName', contains: 'AmazonS3ReadOnlyAccess' },
      },
      hints: [
        '**Create user**, then on the user page **Add permissions** → **Attach policies**.',
        'Search the policy list for `S3ReadOnly`.',
      ],
      showMe: [
        { service: 'iam', operation: 'CreateUser', input: { UserName: 'analyst' } },
        {
          service: 'iam',
          operation: 'AttachUserPolicy',
          input: {
            UserName: 'analyst',
            PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
          },
        },
      ],
      explanation:
        'AmazonS3ReadOnlyAccess allows `s3:Get*` and `s3:List*` and nothing else. Why it matters: least privilege — analysts read the curated data, only pipelines write.',
    },
    {
      id: 'denied-write',
      title: 'See a write denied',
      instructions: `Act as \`analyst\` (the principal switcher in the top bar, or **Act as this principal** on the user page) and try to upload a file to \`${BUCKET}\`. Then switch back to \`admin\`.`,
      check: {
        read: { service: 'lab', operation: 'LookupEvents' },
        expect: {
          path: 'Events',
          some: {
            all: [
              { path: 'operation', equals: 'PutObject' },
              { path: 'outcome', equals: 'denied' },
              { path: 'principal', contains: 'user/analyst' },
            ],
          },
        },
      },
      hints: [
        'The upload should fail with **AccessDenied**: that failure is the goal of this step.',
        'The event log records every call, allowed or denied.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          principal: 'analyst',
          expectError: 'AccessDenied',
          input: {
            Bucket: BUCKET,
            Key: 'customers/new.csv',
            Body: 'customer_id,name\n3,Linus\n',
            ContentType: 'text/csv',
          },
        },
      ],
      explanation:
        "IAM denies by default: nothing in the analyst's policies allows `s3:PutObject`, so S3 answers AccessDenied and the event log records the denied call, as CloudTrail would. Why it matters: testing that the wrong people cannot write is as important as testing that the right people can read.",
    },
  ],
} as const;
