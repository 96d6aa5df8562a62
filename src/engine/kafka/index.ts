import type { EngineHooks, ServiceModule } from '../core/operations';
import {
  BROKER_COUNT_DONE_EVENT,
  DescribeClusterOperation,
  finishBrokerCount,
  UpdateBrokerCount,
} from './brokerCount';
import { CreateCluster, CreateClusterV2 } from './clusterCreate';
import {
  DeleteCluster,
  DescribeCluster,
  DescribeClusterV2,
  GetBootstrapBrokers,
  ListClusters,
  ListClustersV2,
} from './clusters';
import { accrueClusterHours } from './costs';
import { CLUSTER_ACTIVE_EVENT, CLUSTER_DELETED_EVENT } from './model';
import { ListNodes } from './nodes';
import { kafkaState } from './state';
import { ListTagsForResource, TagResource, UntagResource } from './tags';

export { kafkaFlow, type KafkaFlow } from './flow';
export { produceToTopic, offsetsForTime, type ProducedRecord } from './topics';

function install(hooks: EngineHooks): void {
  hooks.clock.addTicker((from, to) => accrueClusterHours(hooks.world(), from, to));
  hooks.clock.on(CLUSTER_ACTIVE_EVENT, (event) => {
    const { arn, created } = event.data as { arn: string; created: number };
    const cluster = kafkaState(hooks.world()).clusters[arn];
    if (cluster?.State === 'CREATING' && cluster.CreationTime === created) cluster.State = 'ACTIVE';
  });
  hooks.clock.on(BROKER_COUNT_DONE_EVENT, (event) => {
    const { operationArn } = event.data as { operationArn: string };
    finishBrokerCount(hooks.world(), operationArn, event.at);
  });
  hooks.clock.on(CLUSTER_DELETED_EVENT, (event) => {
    const { arn } = event.data as { arn: string };
    const clusters = kafkaState(hooks.world()).clusters;
    if (clusters[arn]?.State === 'DELETING') Reflect.deleteProperty(clusters, arn);
  });
}

/** Amazon MSK (the `kafka` API): provisioned and serverless clusters; Kafka topics live in each cluster. */
export const kafkaService: ServiceModule = {
  name: 'kafka',
  iamPrefix: 'kafka',
  // MSK answers an IAM denial with ForbiddenException (HTTP 403).
  accessDeniedCode: 'ForbiddenException',
  operations: {
    CreateClusterV2,
    CreateCluster,
    DescribeClusterV2,
    DescribeCluster,
    ListClustersV2,
    ListClusters,
    DeleteCluster,
    GetBootstrapBrokers,
    ListNodes,
    UpdateBrokerCount,
    DescribeClusterOperation,
    ListTagsForResource,
    TagResource,
    UntagResource,
  },
  install,
};
