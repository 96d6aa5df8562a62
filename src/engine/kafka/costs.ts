import { addCharge } from '../core/costLedger';
import type { OperationContext } from '../core/operations';
import type { World } from '../world';
import type { StoredCluster } from './state';

// Amazon MSK us-east-1 list prices (aws.amazon.com/msk/pricing). Broker and provisioned storage
// prices are read from memory [unconfirmed]; the serverless ones come from a 2022 copy of the
// pricing table [secondary]. Teaching estimates, like every price in LakeLab.
// Standard broker sizes (msk/latest/developerguide/broker-instance-sizes.html): M5 and M7G from large
// to 24xlarge / 16xlarge, priced in proportion to their vCPUs, as the list prices are.
const SIZES: [string, number][] = [
  ['large', 1],
  ['xlarge', 2],
  ['2xlarge', 4],
  ['4xlarge', 8],
  ['8xlarge', 16],
  ['12xlarge', 24],
  ['16xlarge', 32],
];
export const BROKER_HOUR_USD: Record<string, number> = {
  'kafka.t3.small': 0.0456,
  ...Object.fromEntries(SIZES.map(([size, n]) => [`kafka.m5.${size}`, 0.21 * n])),
  'kafka.m5.24xlarge': 0.21 * 48,
  ...Object.fromEntries(SIZES.map(([size, n]) => [`kafka.m7g.${size}`, 0.204 * n])),
};
export const PROVISIONED_STORAGE_GB_MONTH_USD = 0.1;
export const SERVERLESS_CLUSTER_HOUR_USD = 0.75;
export const SERVERLESS_PARTITION_HOUR_USD = 0.0015;
export const SERVERLESS_DATA_IN_GB_USD = 0.1;
export const SERVERLESS_DATA_OUT_GB_USD = 0.05;
export const SERVERLESS_STORAGE_GB_MONTH_USD = 0.1;
const GB = 1024 ** 3;
/** LakeLab bills a month as 30 days, as S3 storage does. */
const HOURS_PER_MONTH = 720;

const partitionCount = (c: StoredCluster) =>
  Object.values(c.topics).reduce((n, t) => n + t.partitions.length, 0);
const storedBytes = (c: StoredCluster) =>
  Object.values(c.topics).reduce((n, t) => n + t.partitions.reduce((m, p) => m + p.bytes, 0), 0);

function accrueProvisioned(world: World, c: StoredCluster, from: number, hours: number): void {
  const p = c.provisioned!;
  addCharge(world.ledger, from, {
    service: 'kafka',
    usageType: `Kafka.${p.InstanceType}`,
    unit: 'broker-hour',
    quantity: hours * p.NumberOfBrokerNodes,
    unitPrice: BROKER_HOUR_USD[p.InstanceType] ?? 0,
  });
  // MSK provisioned: storage is billed on the provisioned EBS volume of every broker, used or not.
  addCharge(world.ledger, from, {
    service: 'kafka',
    usageType: 'Kafka.Storage.GP2',
    unit: 'GB-month',
    quantity: (p.VolumeSize * p.NumberOfBrokerNodes * hours) / HOURS_PER_MONTH,
    unitPrice: PROVISIONED_STORAGE_GB_MONTH_USD,
  });
}

function accrueServerless(world: World, c: StoredCluster, from: number, hours: number): void {
  addCharge(world.ledger, from, {
    service: 'kafka',
    usageType: 'Serverless.ClusterHours',
    unit: 'cluster-hour',
    quantity: hours,
    unitPrice: SERVERLESS_CLUSTER_HOUR_USD,
  });
  const partitions = partitionCount(c);
  if (partitions > 0)
    addCharge(world.ledger, from, {
      service: 'kafka',
      usageType: 'Serverless.PartitionHours',
      unit: 'partition-hour',
      quantity: hours * partitions,
      unitPrice: SERVERLESS_PARTITION_HOUR_USD,
    });
  const bytes = storedBytes(c);
  if (bytes > 0)
    addCharge(world.ledger, from, {
      service: 'kafka',
      usageType: 'Serverless.Storage',
      unit: 'GB-month',
      quantity: ((bytes / GB) * hours) / HOURS_PER_MONTH,
      unitPrice: SERVERLESS_STORAGE_GB_MONTH_USD,
    });
}

/** The ticker: broker-hours and provisioned storage, or serverless cluster-, partition- and storage-hours. */
export function accrueClusterHours(world: World, from: number, to: number): void {
  const clusters = world.kafka?.clusters;
  if (!clusters) return;
  const hours = (to - from) / 3_600_000;
  for (const c of Object.values(clusters)) {
    // Billing runs from ACTIVE until the cluster is deleted.
    if (c.State === 'CREATING') continue;
    if (c.provisioned) accrueProvisioned(world, c, from, hours);
    else accrueServerless(world, c, from, hours);
  }
}

/** MSK Serverless bills the bytes producers write (provisioned clusters do not bill data in). */
export function chargeDataIn(ctx: OperationContext, c: StoredCluster, bytes: number): void {
  if (!c.serverless || bytes === 0) return;
  ctx.charge({
    service: 'kafka',
    usageType: 'Serverless.DataIn',
    unit: 'GB',
    quantity: bytes / GB,
    unitPrice: SERVERLESS_DATA_IN_GB_USD,
  });
}

/** MSK Serverless bills the bytes consumers read. */
export function chargeDataOut(ctx: OperationContext, c: StoredCluster, bytes: number): void {
  if (!c.serverless || bytes === 0) return;
  ctx.charge({
    service: 'kafka',
    usageType: 'Serverless.DataOut',
    unit: 'GB',
    quantity: bytes / GB,
    unitPrice: SERVERLESS_DATA_OUT_GB_USD,
  });
}
