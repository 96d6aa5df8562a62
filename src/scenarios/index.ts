import { createEngine, type Engine } from '../engine';
import { loadSampleData } from '../engine/data';
import { athenaReadyOps } from '../lessons/content/athenaLab';
import { engineDriver, runOperations } from '../lessons/operations';
import type { Op } from '../lessons/schema';
import { hrSalesLakeOps } from './hrSalesLake';
import { buildStreamingClickstream } from './streamingClickstream';

/** A ready-made lab an instructor opens in one click. */
export interface Scenario {
  id: string;
  title: string;
  description: string;
  /** What the lab holds, for the library's cards. */
  contents: string[];
  /** A fresh engine in the scenario's start state. */
  build(): Promise<Engine>;
}

const SEED = 1;

async function withSampleData(engine: Engine): Promise<Engine> {
  await loadSampleData((service, operation, input) => engine.call(service, operation, input));
  return engine;
}

async function fresh(setUp: (engine: Engine) => Promise<unknown> = async () => undefined) {
  const engine = createEngine({ seed: SEED });
  await setUp(engine);
  await engine.settled();
  return engine;
}

export const SCENARIOS: Scenario[] = [
  {
    id: 'empty',
    title: 'Empty account',
    description: 'A fresh account: only the administrator, no buckets, the clock at its start.',
    contents: ['IAM user admin'],
    build: () => fresh(),
  },
  {
    id: 'shop-raw-zone',
    title: 'Shop data lake with raw zone',
    description:
      'The sample shop data (customers, orders by year and month, products) and clickstream files loaded into the raw zone bucket.',
    contents: ['S3 bucket shop-raw-zone with the sample data'],
    build: () => fresh(withSampleData),
  },
  {
    id: 'shop-athena-ready',
    title: 'Shop lake with crawled catalog and Athena ready',
    description:
      'The raw zone with the sample data, a Glue database shop with customers and orders tables (orders partitioned by year and month), and a query result location set for Athena.',
    contents: [
      'S3 bucket shop-raw-zone',
      'Glue database shop: customers, orders',
      'Athena workgroup primary with a result location',
    ],
    build: () =>
      fresh(async (engine) => {
        await withSampleData(engine);
        await runOperations(engineDriver(engine), athenaReadyOps as Op[]);
      }),
  },
  {
    id: 'streaming-clickstream',
    title: 'Streaming clickstream into the raw zone',
    description:
      'The shop’s click app sends events to a Kinesis data stream; a Firehose delivery stream writes them to the raw zone as GZIP JSON lines. Press Play and watch objects arrive.',
    contents: [
      'Kinesis data stream shop-clickstream',
      'Firehose stream clickstream-to-raw-zone → s3://shop-raw-zone/clickstream/live/',
      'Clickstream producer running (5 events/s)',
    ],
    build: () => fresh(buildStreamingClickstream),
  },
  {
    id: 'hr-sales-lake',
    title: 'HR and sales lake governed by Lake Formation',
    description:
      'Databases hr and sales under Lake Formation control, LF-Tags with column overrides, and grants for a data engineer, an analyst, an HR partner and an auditor (with a data filter).',
    contents: ['S3 bucket hr-sales-lake', 'Glue databases hr, sales', 'LF-Tags and grants'],
    build: () =>
      fresh((engine) => runOperations(engineDriver(engine), hrSalesLakeOps(engine.accountId))),
  },
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
