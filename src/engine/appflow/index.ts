import type { ServiceModule } from '../core/operations';
import {
  CreateConnectorProfile,
  DeleteConnectorProfile,
  DescribeConnectorProfiles,
  UpdateConnectorProfile,
} from './connectorProfiles';
import { DescribeConnectorEntity, ListConnectorEntities } from './connectorEntities';
import { DescribeConnectors, ListConnectors } from './connectors';
import { CancelFlowExecutions } from './flowCancel';
import { DescribeFlowExecutionRecords, installFlowRuns, StartFlow, StopFlow } from './flowRuns';
import { CreateFlow, DeleteFlow, DescribeFlow, ListFlows } from './flows';
import { UpdateFlow } from './flowUpdate';
import { ListTagsForResource, TagResource, UntagResource } from './tags';

export { appFlowActivity, type AppFlowActivity } from './state';

export const appFlowService: ServiceModule = {
  name: 'appflow',
  iamPrefix: 'appflow',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    CreateConnectorProfile,
    DescribeConnectorProfiles,
    UpdateConnectorProfile,
    DeleteConnectorProfile,
    DescribeConnectors,
    ListConnectors,
    ListConnectorEntities,
    DescribeConnectorEntity,
    CreateFlow,
    DescribeFlow,
    ListFlows,
    UpdateFlow,
    DeleteFlow,
    StartFlow,
    StopFlow,
    DescribeFlowExecutionRecords,
    CancelFlowExecutions,
    TagResource,
    UntagResource,
    ListTagsForResource,
  },
  install: installFlowRuns,
};
