const RAW = 'shop-raw-zone';
const CURATED = 'shop-curated-zone';

/** Module 2: file formats (CSV, JSON, Parquet) and compression (gzip), with the sample data. */
export const formatsAndCompression = {
  id: 's3-formats-and-compression',
  module: 2,
  title: 'Formats and compression',
  summary:
    'Find columnar Parquet and gzip-compressed files in the sample data and compare their sizes.',
  objectives: [
    'Tell CSV, JSON, Parquet and gzip objects apart',
    'Compare the size of compressed and uncompressed data',
    'Start a curated zone with columnar data',
  ],
  setup: { scenario: 'sample-data', operations: [] },
  steps: [
    {
      id: 'curated-bucket',
      title: 'Create the curated zone',
      instructions: `The sample data is in \`${RAW}\`. Create a bucket \`${CURATED}\` for data that is ready for analysis.`,
      check: {
        read: { service: 's3', operation: 'ListBuckets' },
        expect: { path: 'Buckets[].Name', contains: CURATED },
      },
      hints: ['**Create bucket** in the S3 console, or `aws s3 mb s3://shop-curated-zone`.'],
      showMe: [{ service: 's3', operation: 'CreateBucket', input: { Bucket: CURATED } }],
      explanation:
        'Curated data is what analysts query: clean, typed and in an efficient format. Why it matters: it is the zone where format choices pay off.',
    },
    {
      id: 'copy-parquet',
      title: 'Find the Parquet file',
      instructions: `In \`${RAW}\`, find the Parquet object under \`shop/order_items/\` and note its size. Copy it to \`${CURATED}\` with the same key, \`shop/order_items/order_items.parquet\`.`,
      check: {
        read: {
          service: 's3',
          operation: 'HeadObject',
          input: { Bucket: CURATED, Key: 'shop/order_items/order_items.parquet' },
        },
        expect: { path: 'ContentLength', atLeast: 1 },
      },
      hints: [
        'Parquet files end in `.parquet`; the preview shows its columns and row groups.',
        `In the terminal: \`aws s3 cp s3://${RAW}/shop/order_items/order_items.parquet s3://${CURATED}/shop/order_items/order_items.parquet\`.`,
      ],
      showMe: [
        {
          service: 's3',
          operation: 'CopyObject',
          input: {
            Bucket: CURATED,
            Key: 'shop/order_items/order_items.parquet',
            CopySource: `${RAW}/shop/order_items/order_items.parquet`,
          },
        },
      ],
      explanation:
        'Parquet is columnar: values of a column are stored together, typed and compressed, with statistics per row group. Why it matters: Athena or Spark read only the columns a query needs, and scan (and bill) far fewer bytes than with CSV.',
    },
    {
      id: 'copy-gzip',
      title: 'Compare JSON and gzip',
      instructions: `Open \`clickstream/events/2025/01/07/\` and \`clickstream/events/2025/01/08/\` in \`${RAW}\`: the same kind of events, as plain JSON (about 40 KB) and as \`.json.gz\` (about 5 KB). Copy one \`.json.gz\` file to \`${CURATED}\` under \`clickstream/\`.`,
      check: {
        read: {
          service: 's3',
          operation: 'ListObjectsV2',
          input: { Bucket: CURATED, Prefix: 'clickstream/' },
        },
        expect: { path: 'Contents[].Key', some: { path: '', contains: '.json.gz' } },
      },
      hints: [
        'Sort the object list by size to see the difference.',
        `\`aws s3 cp s3://${RAW}/clickstream/events/2025/01/08/events-2025-01-08-00.json.gz s3://${CURATED}/clickstream/\``,
      ],
      showMe: [
        {
          service: 's3',
          operation: 'CopyObject',
          input: {
            Bucket: CURATED,
            Key: 'clickstream/events-2025-01-08-00.json.gz',
            CopySource: `${RAW}/clickstream/events/2025/01/08/events-2025-01-08-00.json.gz`,
          },
        },
      ],
      explanation:
        'gzip shrinks repetitive JSON about eight times here, so storage and the bytes a query scans shrink too. But gzip files cannot be split: one reader decompresses each whole file. Why it matters: pick compression with the engine in mind — Snappy or ZSTD inside Parquet keeps files splittable.',
    },
  ],
} as const;
