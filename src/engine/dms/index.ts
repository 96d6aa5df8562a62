import type { ServiceModule } from '../core/operations';
import { shopDbTicker } from '../sources/shopdb';
import { DescribeConnections, TestConnection } from './connections';
import { CreateEndpoint, DeleteEndpoint, DescribeEndpoints } from './endpoints';
import { ModifyEndpoint } from './modifyEndpoint';
import {
  CreateReplicationInstance,
  DeleteReplicationInstance,
  DescribeReplicationInstances,
  installInstances,
} from './instances';
import { installTaskModifications, ModifyReplicationTask } from './modifyTask';
import {
  installInstanceChanges,
  ModifyReplicationInstance,
  RebootReplicationInstance,
} from './instanceChanges';
import { DescribeTableStatistics } from './tableStatistics';
import { AddTagsToResource, ListTagsForResource, RemoveTagsFromResource } from './tags';
import { installTaskRuns, StartReplicationTask, StopReplicationTask } from './taskRun';
import {
  CreateReplicationTask,
  DeleteReplicationTask,
  DescribeReplicationTasks,
  installTasks,
} from './tasks';

export { dmsActivity, type DmsActivity, type DmsTaskActivity } from './activity';
export { INSTANCE_HOURLY_USD } from './instances';

export const dmsService: ServiceModule = {
  name: 'dms',
  iamPrefix: 'dms',
  // DMS answers AccessDeniedFault (API reference, Common errors of each operation).
  accessDeniedCode: 'AccessDeniedFault',
  operations: {
    CreateEndpoint,
    DescribeEndpoints,
    DeleteEndpoint,
    ModifyEndpoint,
    TestConnection,
    DescribeConnections,
    CreateReplicationInstance,
    DescribeReplicationInstances,
    DeleteReplicationInstance,
    ModifyReplicationInstance,
    RebootReplicationInstance,
    CreateReplicationTask,
    DescribeReplicationTasks,
    DeleteReplicationTask,
    ModifyReplicationTask,
    StartReplicationTask,
    StopReplicationTask,
    DescribeTableStatistics,
    AddTagsToResource,
    ListTagsForResource,
    RemoveTagsFromResource,
  },
  install(hooks) {
    // The shop database evolves on the clock (once opened), before DMS reads its binlog.
    hooks.clock.addTicker(shopDbTicker(() => hooks.world()));
    installInstances(hooks);
    installTasks(hooks);
    installTaskRuns(hooks);
    installTaskModifications(hooks);
    installInstanceChanges(hooks);
  },
};
