import type {
  ModifyReplicationInstanceMessage,
  RebootReplicationInstanceMessage,
} from '@aws-sdk/client-database-migration-service';
import type { EngineHooks, OperationDef } from '../core/operations';
import { alreadyExists, checkIdentifier, invalidState, invalidValue, onResource } from './common';
import {
  billInstance,
  describeInstance,
  INSTANCE_HOURLY_USD,
  instanceOf,
  storageOf,
} from './instances';
import { dmsState, type StoredPendingValues, type StoredReplicationInstance } from './state';

export const INSTANCE_CHANGED_EVENT = 'dms:instanceChanged';
/** Applying a modification or rebooting takes a few simulated minutes. */
export const INSTANCE_MODIFY_MS = 3 * 60_000;
export const INSTANCE_REBOOT_MS = 60_000;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEK_MS = 7 * 86_400_000;

/** The next start of a `ddd:hh24:mi-ddd:hh24:mi` maintenance window after `now`. */
export function nextWindowStart(window: string, now: number): number {
  const match = /^(\w{3}):(\d{2}):(\d{2})-/.exec(window.toLowerCase());
  const day = match ? DAYS.indexOf(match[1]!) : 0;
  const today = new Date(now);
  const midnight = now - (now % 86_400_000);
  const offsetDays = (Math.max(day, 0) - today.getUTCDay() + 7) % 7;
  let start =
    midnight +
    offsetDays * 86_400_000 +
    Number(match?.[2] ?? 6) * 3_600_000 +
    Number(match?.[3] ?? 0) * 60_000;
  if (start <= now) start += WEEK_MS;
  return start;
}

function requestedChanges(
  input: ModifyReplicationInstanceMessage,
  instance: StoredReplicationInstance,
): StoredPendingValues {
  const changes: StoredPendingValues = {};
  if (input.ReplicationInstanceClass !== undefined) {
    if (INSTANCE_HOURLY_USD[input.ReplicationInstanceClass] === undefined)
      throw invalidValue(
        `ReplicationInstanceClass "${input.ReplicationInstanceClass}" is not valid.`,
      );
    changes.ReplicationInstanceClass = input.ReplicationInstanceClass;
  }
  if (input.AllocatedStorage !== undefined)
    changes.AllocatedStorage = storageOf(input.AllocatedStorage);
  if (input.MultiAZ !== undefined) changes.MultiAZ = input.MultiAZ;
  if (input.EngineVersion !== undefined && input.EngineVersion !== instance.EngineVersion)
    changes.EngineVersion = input.EngineVersion;
  return changes;
}

function applyChanges(instance: StoredReplicationInstance, changes: StoredPendingValues): void {
  Object.assign(instance, changes);
  delete instance.PendingModifiedValues;
}

// ModifyReplicationInstance (API reference): ApplyImmediately "Indicates whether the changes
// should be applied immediately or during the next maintenance window"; until then they show in
// PendingModifiedValues. Applying them makes the instance `modifying` for a while.
export const ModifyReplicationInstance: OperationDef<ModifyReplicationInstanceMessage> = {
  authorize: onResource(
    'dms:ModifyReplicationInstance',
    (i: ModifyReplicationInstanceMessage) => i.ReplicationInstanceArn,
  ),
  run(input, ctx) {
    const instance = instanceOf(ctx, input.ReplicationInstanceArn);
    if (instance.Status !== 'available')
      throw invalidState(
        `Replication instance ${instance.ReplicationInstanceIdentifier} is ${instance.Status}, not available.`,
      );
    const changes = requestedChanges(input, instance);
    if (input.ReplicationInstanceIdentifier !== undefined) {
      const id = checkIdentifier(
        'ReplicationInstanceIdentifier',
        input.ReplicationInstanceIdentifier,
        63,
      );
      const others = Object.values(dmsState(ctx.world).instances).filter((i) => i !== instance);
      if (others.some((i) => i.ReplicationInstanceIdentifier === id))
        throw alreadyExists(`Replication instance ${id} already exists.`);
      instance.ReplicationInstanceIdentifier = id;
    }
    if (input.AutoMinorVersionUpgrade !== undefined)
      instance.AutoMinorVersionUpgrade = input.AutoMinorVersionUpgrade;
    if (input.PreferredMaintenanceWindow)
      instance.PreferredMaintenanceWindow = input.PreferredMaintenanceWindow;
    if (Object.keys(changes).length > 0) {
      billInstance(ctx.world, instance, ctx.now);
      if (input.ApplyImmediately) {
        applyChanges(instance, changes);
        instance.Status = 'modifying';
        ctx.clock.schedule(ctx.now + INSTANCE_MODIFY_MS, INSTANCE_CHANGED_EVENT, {
          arn: instance.ReplicationInstanceArn,
        });
      } else {
        instance.PendingModifiedValues = { ...instance.PendingModifiedValues, ...changes };
        const window = instance.PreferredMaintenanceWindow ?? 'sun:06:00-sun:06:30';
        ctx.clock.schedule(nextWindowStart(window, ctx.now), INSTANCE_CHANGED_EVENT, {
          arn: instance.ReplicationInstanceArn,
          pending: true,
        });
      }
    }
    return { ReplicationInstance: describeInstance(instance) };
  },
};

// RebootReplicationInstance: "Rebooting results in a momentary outage, until the replication
// instance becomes available again."
export const RebootReplicationInstance: OperationDef<RebootReplicationInstanceMessage> = {
  authorize: onResource(
    'dms:RebootReplicationInstance',
    (i: RebootReplicationInstanceMessage) => i.ReplicationInstanceArn,
  ),
  run(input, ctx) {
    const instance = instanceOf(ctx, input.ReplicationInstanceArn);
    if (instance.Status !== 'available')
      throw invalidState(
        `Replication instance ${instance.ReplicationInstanceIdentifier} is ${instance.Status}, not available.`,
      );
    if (input.ForceFailover && !instance.MultiAZ)
      throw invalidValue('ForceFailover needs a Multi-AZ replication instance.');
    billInstance(ctx.world, instance, ctx.now);
    instance.Status = 'rebooting';
    ctx.clock.schedule(ctx.now + INSTANCE_REBOOT_MS, INSTANCE_CHANGED_EVENT, {
      arn: instance.ReplicationInstanceArn,
    });
    return { ReplicationInstance: describeInstance(instance) };
  },
};

export function installInstanceChanges(hooks: EngineHooks): void {
  hooks.clock.on(INSTANCE_CHANGED_EVENT, (event) => {
    const { arn, pending } = event.data as { arn: string; pending?: boolean };
    const world = hooks.world();
    const instance = dmsState(world).instances[arn];
    if (!instance) return;
    if (pending) {
      if (instance.Status !== 'available' || !instance.PendingModifiedValues) return;
      billInstance(world, instance, event.at);
      applyChanges(instance, instance.PendingModifiedValues);
      instance.Status = 'modifying';
      hooks.clock.schedule(event.at + INSTANCE_MODIFY_MS, INSTANCE_CHANGED_EVENT, { arn });
    } else if (instance.Status === 'modifying' || instance.Status === 'rebooting') {
      billInstance(world, instance, event.at);
      instance.Status = 'available';
    }
  });
}
