import type { ServiceModule } from '../core/operations';
import {
  CancelTaskExecution,
  DescribeTaskExecution,
  installExecutions,
  ListTaskExecutions,
  StartTaskExecution,
} from './executions';
import {
  CreateAgent,
  CreateLocationNfs,
  CreateLocationS3,
  DeleteAgent,
  DeleteLocation,
  DescribeAgent,
  DescribeLocationNfs,
  DescribeLocationS3,
  ListAgents,
  ListLocations,
} from './locations';
import { ListTagsForResource, TagResource, UntagResource } from './tags';
import { CreateTask, DeleteTask, DescribeTask, ListTasks, UpdateTask } from './tasks';

export { dataSyncActivity, type DataSyncTaskActivity } from './state';

export const dataSyncService: ServiceModule = {
  name: 'datasync',
  iamPrefix: 'datasync',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    CreateAgent,
    DescribeAgent,
    ListAgents,
    DeleteAgent,
    CreateLocationNfs,
    CreateLocationS3,
    DescribeLocationNfs,
    DescribeLocationS3,
    ListLocations,
    DeleteLocation,
    CreateTask,
    DescribeTask,
    ListTasks,
    UpdateTask,
    DeleteTask,
    StartTaskExecution,
    DescribeTaskExecution,
    ListTaskExecutions,
    CancelTaskExecution,
    TagResource,
    UntagResource,
    ListTagsForResource,
  },
  install: installExecutions,
};
