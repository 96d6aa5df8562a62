const ORDERS_CSV = 'order_id,customer_id,status,total\n1,7,placed,3.17\n2,14,placed,6.34\n';

/** Module 2: the zones of a lake as buckets, and Hive-style partition prefixes. */
export const zonesAndPrefixes = {
  id: 's3-zones-and-prefixes',
  module: 2,
  title: 'S3 for a data lake: zones and prefixes',
  summary: 'Lay out raw, processed and curated zones, and partition data with Hive-style prefixes.',
  objectives: [
    'Create one bucket per zone of the lake',
    'Write data under Hive-style partition prefixes (year=/month=)',
  ],
  setup: { scenario: 'empty', operations: [] },
  steps: [
    {
      id: 'zone-buckets',
      title: 'Create the three zones',
      instructions:
        'Create three buckets, one per zone:\n\n- `lake-raw-zone` — data as it arrives\n- `lake-processed-zone` — cleaned and converted\n- `lake-curated-zone` — ready for analysts',
      check: {
        read: { service: 's3', operation: 'ListBuckets' },
        expect: {
          all: [
            { path: 'Buckets[].Name', contains: 'lake-raw-zone' },
            { path: 'Buckets[].Name', contains: 'lake-processed-zone' },
            { path: 'Buckets[].Name', contains: 'lake-curated-zone' },
          ],
        },
      },
      hints: [
        'Use **Create bucket** three times.',
        'In the terminal: `aws s3 mb s3://lake-raw-zone` and so on.',
      ],
      showMe: [
        { service: 's3', operation: 'CreateBucket', input: { Bucket: 'lake-raw-zone' } },
        { service: 's3', operation: 'CreateBucket', input: { Bucket: 'lake-processed-zone' } },
        { service: 's3', operation: 'CreateBucket', input: { Bucket: 'lake-curated-zone' } },
      ],
      explanation:
        'Separate zones keep raw data immutable (you can always reprocess it) while processed and curated data are rebuilt. Why it matters: each zone gets its own permissions, lifecycle and encryption — a bucket per zone makes that simple.',
    },
    {
      id: 'first-partition',
      title: 'Write a partition',
      instructions:
        'Put an orders file in the raw zone under a **Hive-style** prefix: `orders/year=2025/month=01/orders.csv`. In the console, create the folders `orders`, `year=2025`, `month=01` and upload a CSV there, or use `aws s3 cp` in the terminal.',
      check: {
        read: {
          service: 's3',
          operation: 'ListObjectsV2',
          input: { Bucket: 'lake-raw-zone', Prefix: 'orders/year=2025/month=01/' },
        },
        expect: { path: 'KeyCount', atLeast: 1 },
      },
      hints: [
        'A prefix is just the start of a key: `orders/year=2025/month=01/orders.csv` is one key.',
        'The name is `key=value`, lowercase, with no spaces.',
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          input: {
            Bucket: 'lake-raw-zone',
            Key: 'orders/year=2025/month=01/orders.csv',
            Body: ORDERS_CSV,
            ContentType: 'text/csv',
          },
        },
      ],
      explanation:
        'Prefixes named `column=value` are how Hive, AWS Glue and Athena recognise partitions: a crawler turns `year` and `month` into columns. Why it matters: a query for January reads only that prefix instead of the whole table.',
    },
    {
      id: 'second-partition',
      title: 'Add the next month',
      instructions:
        'Add February beside January: `orders/year=2025/month=02/orders.csv` in `lake-raw-zone`.',
      check: {
        read: {
          service: 's3',
          operation: 'ListObjectsV2',
          input: { Bucket: 'lake-raw-zone', Prefix: 'orders/year=2025/', Delimiter: '/' },
        },
        expect: { path: 'CommonPrefixes[].Prefix', contains: 'orders/year=2025/month=02/' },
      },
      hints: ['Same layout as before, with `month=02`.'],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          input: {
            Bucket: 'lake-raw-zone',
            Key: 'orders/year=2025/month=02/orders.csv',
            Body: ORDERS_CSV,
            ContentType: 'text/csv',
          },
        },
      ],
      explanation:
        'Listing with a delimiter shows the partitions as common prefixes, the way the console shows folders. Why it matters: new data lands in new partitions, so old files never change and every load is an append.',
    },
  ],
} as const;
