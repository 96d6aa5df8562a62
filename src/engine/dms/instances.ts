import type {
  CreateReplicationInstanceMessage,
  DeleteReplicationInstanceMessage,
  DescribeReplicationInstancesMessage,
  ReplicationInstance,
} from '@aws-sdk/client-database-migration-service';
import { addCharge, monthEndOf } from '../core/costLedger';
import type { EngineHooks, OperationContext, OperationDef } from '../core/operations';
import type { World } from '../world';
import {
  alreadyExists,
  checkIdentifier,
  invalidCombination,
  invalidState,
  invalidValue,
  matchesFilters,
  newDmsArn,
  notFound,
  onResource,
  pageOf,
} from './common';
import { dmsState, type StoredReplicationInstance } from './state';
import { applyTags, forgetTags } from './tags';

// DMS on-demand replication instance prices, us-east-1, single-AZ, USD per hour
// (aws.amazon.com/dms/pricing; from memory, unconfirmed — show as estimates). Multi-AZ costs twice.
export const INSTANCE_HOURLY_USD: Record<string, number> = {
  'dms.t3.micro': 0.018,
  'dms.t3.small': 0.036,
  'dms.t3.medium': 0.073,
  'dms.t3.large': 0.146,
  'dms.c5.large': 0.154,
  'dms.c5.xlarge': 0.308,
  'dms.r5.large': 0.21,
  'dms.r5.xlarge': 0.42,
  // Other documented classes (CHAP_ReplicationInstance.Types.html; the API reference's own example
  // is dms.c4.large). Same estimates by size; the canvas and lessons use dms.t3.*.
  'dms.t2.micro': 0.018,
  'dms.t2.small': 0.036,
  'dms.t2.medium': 0.073,
  'dms.t2.large': 0.146,
  'dms.c4.large': 0.154,
  'dms.c4.xlarge': 0.308,
  'dms.c4.2xlarge': 0.616,
  'dms.c4.4xlarge': 1.232,
  'dms.c5.2xlarge': 0.616,
  'dms.c5.4xlarge': 1.232,
  'dms.r4.large': 0.21,
  'dms.r4.xlarge': 0.42,
  'dms.r5.2xlarge': 0.84,
  'dms.r5.4xlarge': 1.68,
};
/** How long a new replication instance stays `creating` (the real one takes several minutes). */
export const INSTANCE_CREATE_MS = 5 * 60_000;
export const INSTANCE_AVAILABLE_EVENT = 'dms:instanceAvailable';
const HOUR_MS = 3_600_000;

export function instanceOf(
  ctx: OperationContext,
  arn: string | undefined,
): StoredReplicationInstance {
  const instance = arn ? dmsState(ctx.world).instances[arn] : undefined;
  if (!instance) throw notFound(`Replication instance ${String(arn)} not found.`);
  return instance;
}

export function storageOf(value: number | undefined): number {
  if (value === undefined) return 50;
  // DMS: AllocatedStorage is 5 to 6,144 GB (CreateReplicationInstance, API reference).
  if (!Number.isInteger(value) || value < 5 || value > 6144)
    throw invalidValue(`AllocatedStorage must be between 5 and 6144 GB, not ${value}.`);
  return value;
}

export const CreateReplicationInstance: OperationDef<CreateReplicationInstanceMessage> = {
  run(input, ctx) {
    const identifier = checkIdentifier(
      'ReplicationInstanceIdentifier',
      input.ReplicationInstanceIdentifier,
      63,
    );
    const instanceClass = String(input.ReplicationInstanceClass ?? '');
    if (INSTANCE_HOURLY_USD[instanceClass] === undefined)
      throw invalidValue(
        `ReplicationInstanceClass "${instanceClass}" is not one LakeLab simulates: use ${Object.keys(INSTANCE_HOURLY_USD).join(', ')}.`,
      );
    // CreateReplicationInstance: "You can't set the AvailabilityZone parameter if the Multi-AZ
    // parameter is set to true."
    if (input.MultiAZ === true && input.AvailabilityZone)
      throw invalidCombination('You cannot set AvailabilityZone when MultiAZ is true.');
    const state = dmsState(ctx.world);
    if (Object.values(state.instances).some((i) => i.ReplicationInstanceIdentifier === identifier))
      throw alreadyExists(`Replication instance ${identifier} already exists.`);
    const instance: StoredReplicationInstance = {
      ...optionalSettings(input, ctx.region),
      ReplicationInstanceIdentifier: identifier,
      ReplicationInstanceArn: newDmsArn(ctx, 'rep', input.ResourceIdentifier),
      ReplicationInstanceClass: instanceClass,
      AllocatedStorage: storageOf(input.AllocatedStorage),
      MultiAZ: input.MultiAZ ?? false,
      EngineVersion: input.EngineVersion ?? '3.5.3',
      Status: 'creating',
      createdAt: ctx.now,
      billedUntil: ctx.now,
    };
    if (state.instances[instance.ReplicationInstanceArn])
      throw alreadyExists(
        `A replication instance with ARN ${instance.ReplicationInstanceArn} already exists.`,
      );
    applyTags(state, instance.ReplicationInstanceArn, input.Tags);
    state.instances[instance.ReplicationInstanceArn] = instance;
    ctx.clock.schedule(ctx.now + INSTANCE_CREATE_MS, INSTANCE_AVAILABLE_EVENT, {
      arn: instance.ReplicationInstanceArn,
    });
    return { ReplicationInstance: describeInstance(instance) };
  },
};

/**
 * The documented defaults (CreateReplicationInstance, API reference): PubliclyAccessible "The
 * default value is true"; AutoMinorVersionUpgrade "Default: true"; AvailabilityZone a
 * system-chosen zone of the Region; PreferredMaintenanceWindow a 30-minute window.
 */
function optionalSettings(
  input: CreateReplicationInstanceMessage,
  region: string,
): Partial<StoredReplicationInstance> {
  const out: Partial<StoredReplicationInstance> = {
    PubliclyAccessible: input.PubliclyAccessible ?? true,
    AutoMinorVersionUpgrade: input.AutoMinorVersionUpgrade ?? true,
    AvailabilityZone: input.AvailabilityZone || `${region}a`,
    PreferredMaintenanceWindow: input.PreferredMaintenanceWindow || 'sun:06:00-sun:06:30',
  };
  if (input.MultiAZ) out.SecondaryAvailabilityZone = `${region}b`;
  if (input.KmsKeyId) out.KmsKeyId = input.KmsKeyId;
  return out;
}

export function describeInstance(i: StoredReplicationInstance): ReplicationInstance {
  const out: ReplicationInstance = {
    ReplicationInstanceIdentifier: i.ReplicationInstanceIdentifier,
    ReplicationInstanceArn: i.ReplicationInstanceArn,
    ReplicationInstanceClass: i.ReplicationInstanceClass,
    ReplicationInstanceStatus: i.Status,
    AllocatedStorage: i.AllocatedStorage,
    InstanceCreateTime: new Date(i.createdAt),
    MultiAZ: i.MultiAZ,
    EngineVersion: i.EngineVersion,
    // Labs saved before these settings were kept hold none: the documented defaults then.
    PubliclyAccessible: i.PubliclyAccessible ?? true,
    AutoMinorVersionUpgrade: i.AutoMinorVersionUpgrade ?? true,
  };
  if (i.AvailabilityZone) out.AvailabilityZone = i.AvailabilityZone;
  if (i.SecondaryAvailabilityZone) out.SecondaryAvailabilityZone = i.SecondaryAvailabilityZone;
  if (i.PreferredMaintenanceWindow) out.PreferredMaintenanceWindow = i.PreferredMaintenanceWindow;
  if (i.KmsKeyId) out.KmsKeyId = i.KmsKeyId;
  out.PendingModifiedValues = { ...i.PendingModifiedValues };
  return out;
}

export const DescribeReplicationInstances: OperationDef<DescribeReplicationInstancesMessage> = {
  readOnly: true,
  run(input, ctx) {
    const instances = Object.values(dmsState(ctx.world).instances).filter((i) =>
      matchesFilters(input.Filters, (name) => {
        if (name === 'replication-instance-arn') return [i.ReplicationInstanceArn];
        if (name === 'replication-instance-id') return [i.ReplicationInstanceIdentifier];
        if (name === 'replication-instance-class') return [i.ReplicationInstanceClass];
        if (name === 'engine-version') return [i.EngineVersion];
        return undefined;
      }),
    );
    if ((input.Filters ?? []).length > 0 && instances.length === 0)
      throw notFound('No replication instances match the filters.');
    const { page, Marker } = pageOf(instances, input);
    return { ReplicationInstances: page.map(describeInstance), ...(Marker ? { Marker } : {}) };
  },
};

export const DeleteReplicationInstance: OperationDef<DeleteReplicationInstanceMessage> = {
  authorize: onResource(
    'dms:DeleteReplicationInstance',
    (i: DeleteReplicationInstanceMessage) => i.ReplicationInstanceArn,
  ),
  run(input, ctx) {
    const instance = instanceOf(ctx, input.ReplicationInstanceArn);
    const state = dmsState(ctx.world);
    const task = Object.values(state.tasks).find(
      (t) => t.ReplicationInstanceArn === instance.ReplicationInstanceArn,
    );
    if (task)
      throw invalidState(
        `Replication instance ${instance.ReplicationInstanceIdentifier} has replication task ${task.ReplicationTaskIdentifier}: delete its tasks first.`,
      );
    billInstance(ctx.world, instance, ctx.now);
    Reflect.deleteProperty(state.instances, instance.ReplicationInstanceArn);
    forgetTags(state, instance.ReplicationInstanceArn);
    state.connections = state.connections.filter(
      (c) => c.ReplicationInstanceArn !== instance.ReplicationInstanceArn,
    );
    return {
      ReplicationInstance: { ...describeInstance(instance), ReplicationInstanceStatus: 'deleting' },
    };
  },
};

/** Charges an available instance's hours up to `to`, month by month, as the bill shows them. */
const usageTypes = new Map<string, string>();

function instanceUsageType(instanceClass: string, multiAz: boolean): string {
  const key = multiAz ? `${instanceClass} multi` : instanceClass;
  let usageType = usageTypes.get(key);
  if (usageType === undefined) {
    usageType = `InstanceUsg:${instanceClass}${multiAz ? '-MultiAZ' : ''}`;
    if (usageTypes.size > 100) usageTypes.clear();
    usageTypes.set(key, usageType);
  }
  return usageType;
}

export function billInstance(world: World, instance: StoredReplicationInstance, to: number): void {
  // Billed from the time it is available, through modifications and reboots.
  if (instance.Status === 'creating') return;
  const price =
    (INSTANCE_HOURLY_USD[instance.ReplicationInstanceClass] ?? 0) * (instance.MultiAZ ? 2 : 1);
  // Billed on every clock move: the month's end and the usage type are not rebuilt each time.
  const usageType = instanceUsageType(instance.ReplicationInstanceClass, instance.MultiAZ);
  while (instance.billedUntil < to) {
    const until = Math.min(to, monthEndOf(instance.billedUntil));
    addCharge(world.ledger, instance.billedUntil, {
      service: 'dms',
      usageType,
      unit: 'hour',
      quantity: (until - instance.billedUntil) / HOUR_MS,
      unitPrice: price,
    });
    instance.billedUntil = until;
  }
}

/** Registers the instance events (creating → available) and the hourly billing ticker. */
export function installInstances(hooks: EngineHooks): void {
  hooks.clock.on(INSTANCE_AVAILABLE_EVENT, (event) => {
    const { arn } = event.data as { arn: string };
    const instance = dmsState(hooks.world()).instances[arn];
    if (!instance || instance.Status !== 'creating') return;
    instance.Status = 'available';
    instance.billedUntil = event.at;
  });
  hooks.clock.addTicker((_from, to) => {
    const state = hooks.world().dms;
    if (!state) return;
    for (const instance of Object.values(state.instances))
      billInstance(hooks.world(), instance, to);
  });
}
