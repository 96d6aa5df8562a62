// The lab of the canvas benchmark (bench/canvas.mjs), bundled with rolldown and run in Node: 200
// canvas nodes made by the same plans the canvas's Create pipeline runs, through engine.call, then
// written as a lab file for the site's "Import lab".
import { createEngine } from '../src/engine';
import { writeLabFile } from '../src/engine/core/labFile';
import { parseDuration } from '../src/engine/core/clock';
import {
  runPlan,
  streamingPlan,
  transferPlan,
  type PlanStep,
} from '../src/features/lake-canvas/plans';
import { appFlowPlan, dataSyncPlan } from '../src/features/lake-canvas/plansFiles';
import { deriveLakeGraph } from '../src/features/lake-canvas/graph';

const BUCKETS = 20;
const STREAMING = 50;
const TRANSFER = 20;
const FLOWS = 20;
const DATASYNC = 18;

export async function buildCanvasLab(): Promise<{
  bytes: Uint8Array;
  nodes: number;
  edges: number;
}> {
  const engine = createEngine();
  const call = (service: string, operation: string, input: unknown) =>
    engine.call(service, operation, input);
  const run = (steps: PlanStep[]) => runPlan(call, steps);
  const bucket = (i: number) => `lake-${['raw', 'processed', 'curated'][i % 3]}-zone-${i}`;
  for (let i = 0; i < BUCKETS; i++) await call('s3', 'CreateBucket', { Bucket: bucket(i) });
  const target = (i: number, prefix: string) => ({ bucket: bucket(i % BUCKETS), prefix });
  for (let i = 0; i < STREAMING; i++)
    await run(
      streamingPlan(engine.world, {
        streamName: `clicks-${i}`,
        shardCount: 1,
        deliveryStreamName: `clicks-${i}-to-s3`,
        bufferSeconds: 300,
        bufferMiB: 5,
        role: { create: true, roleName: `FirehoseDeliveryRole-${i}` },
        target: target(i, ''),
      }),
    );
  for (let i = 0; i < TRANSFER; i++)
    await run(
      transferPlan(engine.world, {
        userName: `partner${i}`,
        role: { create: true, roleName: `TransferUserRole-${i}` },
        target: target(i, `partners/${i}/`),
      }),
    );
  for (let i = 0; i < FLOWS; i++)
    await run(
      appFlowPlan(engine.world, {
        flowName: `crm-flow-${i}`,
        object: i % 2 ? 'Account' : 'Opportunity',
        fileType: 'JSON',
        target: target(i, 'crm/'),
      }),
    );
  for (let i = 0; i < DATASYNC; i++)
    await run(
      dataSyncPlan(engine.world, {
        hostname: 'nas.corp.internal',
        path: '/exports/sales',
        taskName: `share-${i}`,
        agentName: 'onprem',
        role: { create: true, roleName: `DataSyncS3Role-${i}` },
        target: target(i, `share-${i}/`),
      }),
    );
  // Streams and Firehose streams become ACTIVE.
  await engine.clock.advance(parseDuration('10m'));
  const graph = deriveLakeGraph(engine.world);
  return {
    bytes: writeLabFile(engine.snapshot()),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
  };
}
