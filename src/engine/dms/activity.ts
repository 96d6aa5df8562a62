import type { World } from '../world';
import type { DmsTaskStatus, DmsInstanceStatus } from './state';

/** A replication task as the lake canvas draws it: an edge from the database to the S3 prefix. */
export interface DmsTaskActivity {
  identifier: string;
  arn: string;
  status: DmsTaskStatus;
  migrationType: string;
  sourceServerName?: string;
  targetBucket?: string;
  /** `<BucketFolder>/` or empty: where the schema folders start. */
  targetPrefix: string;
  tablesLoaded: number;
  tablesTotal: number;
  fullLoadRows: number;
  cdc: { inserts: number; updates: number; deletes: number };
  objectsWritten: number;
  bytesWritten: number;
  lastFailureMessage?: string;
}

export interface DmsActivity {
  instances: { identifier: string; instanceClass: string; status: DmsInstanceStatus }[];
  tasks: DmsTaskActivity[];
}

/** Node state and counters for the lake canvas (reads only; does not create the service's state). */
export function dmsActivity(world: World): DmsActivity {
  const state = world.dms;
  if (!state?.tasks) return { instances: [], tasks: [] };
  return {
    instances: Object.values(state.instances).map((i) => ({
      identifier: i.ReplicationInstanceIdentifier,
      instanceClass: i.ReplicationInstanceClass,
      status: i.Status,
    })),
    tasks: Object.values(state.tasks).map((t) => {
      const source = state.endpoints[t.SourceEndpointArn];
      const target = state.endpoints[t.TargetEndpointArn]?.S3Settings;
      const sum = (pick: (x: (typeof t.tables)[number]) => number) =>
        t.tables.reduce((total, table) => total + pick(table), 0);
      const activity: DmsTaskActivity = {
        identifier: t.ReplicationTaskIdentifier,
        arn: t.ReplicationTaskArn,
        status: t.Status,
        migrationType: t.MigrationType,
        targetPrefix: target?.BucketFolder ? `${target.BucketFolder}/` : '',
        tablesLoaded: t.tables.filter((x) => x.TableState === 'Table completed').length,
        tablesTotal: t.tables.length,
        fullLoadRows: sum((x) => x.FullLoadRows),
        cdc: {
          inserts: sum((x) => x.Inserts),
          updates: sum((x) => x.Updates),
          deletes: sum((x) => x.Deletes),
        },
        objectsWritten: t.objectsWritten,
        bytesWritten: t.bytesWritten,
      };
      if (source?.ServerName) activity.sourceServerName = source.ServerName;
      if (target) activity.targetBucket = target.BucketName;
      if (t.LastFailureMessage) activity.lastFailureMessage = t.LastFailureMessage;
      return activity;
    }),
  };
}
