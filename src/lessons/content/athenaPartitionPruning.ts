import { athenaReadyOps, recentQueries, runQuery } from './athenaLab';

/** Module 2: partition pruning — the WHERE clause decides which folders Athena reads. */
export const athenaPartitionPruning = {
  id: 'athena-partition-pruning',
  module: 2,
  title: 'Partition pruning',
  summary: 'Filter on partition keys so Athena reads one month instead of all of them.',
  objectives: [
    'See the partitions Athena knows with SHOW PARTITIONS',
    'Filter on partition keys and read fewer partitions',
    'Tell a partition filter from a filter on a data column',
  ],
  setup: { scenario: 'sample-data', operations: athenaReadyOps },
  steps: [
    {
      id: 'show-partitions',
      title: 'List the partitions',
      instructions:
        'Run `SHOW PARTITIONS orders`: one line per `year=…/month=…` folder registered in the catalog.',
      check: {
        read: recentQueries,
        expect: {
          path: 'QueryExecutions',
          some: {
            all: [
              { path: 'State', equals: 'SUCCEEDED' },
              { path: 'Query', containsSql: 'SHOW PARTITIONS' },
            ],
          },
        },
      },
      hints: [
        'The set-up ran `MSCK REPAIR TABLE orders`, which registered the three month folders.',
      ],
      showMe: [runQuery('SHOW PARTITIONS orders')],
      explanation:
        'Partitions live in the Glue Data Catalog. Athena only reads partitions that are registered there.',
    },
    {
      id: 'prune',
      title: 'Read one month',
      instructions:
        "Run `SELECT count(*) FROM orders WHERE year = '2025' AND month = '02'`. The statistics show **1 partition read, 2 pruned**, and a third of the bytes of the whole table.",
      check: {
        read: recentQueries,
        expect: {
          path: 'QueryExecutions',
          some: {
            all: [
              { path: 'State', equals: 'SUCCEEDED' },
              { path: 'PartitionsRead', equals: 1 },
              { path: 'PartitionsPruned', atLeast: 2 },
            ],
          },
        },
      },
      hints: ["Partition values are strings here: compare with `'02'`, not `2`."],
      showMe: [runQuery("SELECT count(*) FROM orders WHERE year = '2025' AND month = '02'")],
      explanation:
        'The WHERE clause on partition keys is evaluated against the catalog before any file is opened: the other months are never listed nor read. Partition by what your queries filter on — usually time.',
    },
    {
      id: 'data-column',
      title: 'A filter on a data column does not prune',
      instructions:
        "Run `SELECT count(*) FROM orders WHERE order_date >= DATE '2025-02-01' AND order_date < DATE '2025-03-01'`. Same answer — but all three partitions are read.",
      check: {
        read: recentQueries,
        expect: {
          path: 'QueryExecutions',
          some: {
            all: [
              { path: 'State', equals: 'SUCCEEDED' },
              { path: 'Query', containsSql: 'order_date' },
              { path: 'PartitionsRead', equals: 3 },
            ],
          },
        },
      },
      hints: ['Compare **Data scanned** with the previous query in **Recent queries**.'],
      showMe: [
        runQuery(
          "SELECT count(*) FROM orders WHERE order_date >= DATE '2025-02-01' AND order_date < DATE '2025-03-01'",
        ),
      ],
      explanation:
        "`order_date` is inside the files, so Athena must read them all to test it. Only partition keys prune. Add the partition filter as well when you can: `AND month = '02'`.",
    },
  ],
};
