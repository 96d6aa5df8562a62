/** Module 4 self-check: transforming raw data into curated tables. */
export const MODULE_4_QUIZ = {
  module: 4,
  title: 'Processing data: self-check',
  questions: [
    {
      id: 'ctas-cheaper',
      kind: 'multiple',
      prompt:
        'Which CTAS properties make the curated table cheaper to query than the raw CSV? (Choose all that apply.)',
      choices: [
        { id: 'parquet', text: "format = 'PARQUET'" },
        { id: 'snappy', text: "write_compression = 'SNAPPY'" },
        { id: 'partitioned', text: "partitioned_by = ARRAY['year', 'month']" },
        { id: 'location', text: "external_location = 's3://shop-curated-zone/orders/'" },
      ],
      correct: ['parquet', 'snappy', 'partitioned'],
      explanation:
        'A columnar format reads only the columns asked for, compression shrinks them, and partitions let filters skip whole folders. The location only says where the files go.',
      teachesIn: { lesson: 'transform-raw-to-curated', step: 'ctas-curated' },
    },
    {
      id: 'new-folder',
      kind: 'single',
      prompt:
        'A new folder year=2025/month=04/ lands under the raw orders table. Why does Athena not see its rows yet?',
      choices: [
        {
          id: 'partition',
          text: 'The partition is not in the Data Catalog: register it with ALTER TABLE … ADD PARTITION',
        },
        { id: 'cache', text: 'Athena caches the table for 24 hours' },
        { id: 'format', text: 'CSV files must be converted before Athena can read them' },
      ],
      correct: ['partition'],
      explanation:
        'Athena reads only the partitions registered in the catalog. ADD PARTITION registers exactly the folder you name; MSCK REPAIR TABLE or a crawler lists them all.',
      teachesIn: { lesson: 'transform-raw-to-curated', step: 'register-new-day' },
    },
    {
      id: 'incremental',
      kind: 'single',
      prompt: 'How do you add one new day to the curated table without rewriting it?',
      choices: [
        {
          id: 'insert',
          text: 'INSERT INTO orders_curated SELECT … WHERE the partition keys name the new day',
        },
        { id: 'ctas-again', text: 'Run the same CTAS again' },
        { id: 'drop', text: 'DROP TABLE orders_curated, then CTAS it with the new day' },
      ],
      correct: ['insert'],
      explanation:
        'INSERT INTO writes new files in the table’s format and adds the partitions it needs; filtering on partition keys means only the new data is read.',
      teachesIn: { lesson: 'transform-raw-to-curated', step: 'insert-new-day' },
    },
    {
      id: 'dedupe',
      kind: 'single',
      prompt:
        'An export has one line per change of an order. How do you keep each order’s latest line?',
      choices: [
        {
          id: 'row-number',
          text: 'row_number() OVER (PARTITION BY order_id ORDER BY updated_at DESC), keep rn = 1',
        },
        { id: 'distinct', text: 'SELECT DISTINCT * FROM orders_export' },
        { id: 'max', text: 'SELECT order_id, max(status) … GROUP BY order_id' },
      ],
      correct: ['row-number'],
      explanation:
        'DISTINCT keeps lines that differ (a changed status is a different line); numbering each order’s versions newest first and keeping number 1 leaves exactly its latest state.',
      teachesIn: { lesson: 'clean-and-join', step: 'dedupe' },
    },
    {
      id: 'try-cast',
      kind: 'single',
      prompt:
        'One total in a text column is n/a. What does try_cast(total AS double) return for it?',
      choices: [
        { id: 'null', text: 'NULL, and the query goes on' },
        { id: 'fail', text: 'An error that fails the whole query' },
        { id: 'zero', text: '0' },
      ],
      correct: ['null'],
      explanation:
        'CAST fails the query with INVALID_CAST_ARGUMENT; try_cast returns NULL for values it cannot convert, so one bad line does not stop the transformation.',
      teachesIn: { lesson: 'clean-and-join', step: 'cast-types' },
    },
    {
      id: 'glue-job-type',
      kind: 'single',
      prompt:
        'A nightly clean-up of a few megabytes would run as an AWS Glue job. Which job type fits it best?',
      choices: [
        {
          id: 'python-shell',
          text: 'A Python shell job: one small machine, plain Python or pandas',
        },
        { id: 'spark', text: 'A Spark job: a cluster of DPUs built for terabytes' },
      ],
      correct: ['python-shell'],
      explanation:
        'Python shell jobs suit small data and cost a fraction of a DPU; Spark jobs distribute the work and pay off on large data. (LakeLab does not simulate Glue jobs yet.)',
      teachesIn: { lesson: 'clean-and-join', step: 'verify' },
    },
  ],
};
