import type {
  CreateTaskRequest,
  DeleteTaskRequest,
  DescribeTaskRequest,
  ListTasksRequest,
  Options,
  UpdateTaskRequest,
} from '@aws-sdk/client-datasync';
import type { OperationContext, OperationDef } from '../core/operations';
import { dataSyncArn, hexId, invalidRequest, page, required } from './common';
import { checkFilterRules } from './filterRules';
import { taskMatches } from './listFilters';
import { locationOf, tagsOf } from './locations';
import { checkScheduleInterval, scheduleTask, SCHEDULE_EVENT } from './taskSchedule';
import { dataSyncState, type StoredTask } from './state';

/** Basic-mode defaults of every option (API_Options: "Each option has a default value"). */
export const DEFAULT_OPTIONS: Options = {
  VerifyMode: 'POINT_IN_TIME_CONSISTENT',
  OverwriteMode: 'ALWAYS',
  Atime: 'BEST_EFFORT',
  Mtime: 'PRESERVE',
  Uid: 'INT_VALUE',
  Gid: 'INT_VALUE',
  PreserveDeletedFiles: 'PRESERVE',
  PreserveDevices: 'NONE',
  PosixPermissions: 'PRESERVE',
  BytesPerSecond: -1,
  TaskQueueing: 'ENABLED',
  LogLevel: 'OFF',
  TransferMode: 'CHANGED',
  SecurityDescriptorCopyFlags: 'OWNER_DACL',
  ObjectTags: 'PRESERVE',
};

const ALLOWED: Partial<Record<keyof Options, readonly string[]>> = {
  VerifyMode: ['POINT_IN_TIME_CONSISTENT', 'ONLY_FILES_TRANSFERRED', 'NONE'],
  OverwriteMode: ['ALWAYS', 'NEVER'],
  PreserveDeletedFiles: ['PRESERVE', 'REMOVE'],
  TransferMode: ['CHANGED', 'ALL'],
  Atime: ['NONE', 'BEST_EFFORT'],
  Mtime: ['NONE', 'PRESERVE'],
  Uid: ['NONE', 'INT_VALUE', 'NAME', 'BOTH'],
  Gid: ['NONE', 'INT_VALUE', 'NAME', 'BOTH'],
  PreserveDevices: ['NONE', 'PRESERVE'],
  PosixPermissions: ['NONE', 'PRESERVE'],
  TaskQueueing: ['ENABLED', 'DISABLED'],
  LogLevel: ['OFF', 'BASIC', 'TRANSFER'],
  SecurityDescriptorCopyFlags: ['NONE', 'OWNER_DACL', 'OWNER_DACL_SACL'],
  ObjectTags: ['PRESERVE', 'NONE'],
};

/** Merges and validates task options. */
export function checkOptions(base: Options, overrides: Options | undefined): Options {
  const options: Options = { ...base, ...(overrides ?? {}) };
  for (const [field, values] of Object.entries(ALLOWED)) {
    const value = options[field as keyof Options];
    if (value !== undefined && !values.includes(String(value)))
      throw invalidRequest(
        `Invalid value ${String(value)} for Options.${field}: use one of ${values.join(', ')}.`,
      );
  }
  // API_Options Atime: BEST_EFFORT needs Mtime PRESERVE, and Atime NONE needs Mtime NONE.
  if ((options.Atime === 'NONE') !== (options.Mtime === 'NONE'))
    throw invalidRequest(
      'Atime and Mtime must agree: Atime BEST_EFFORT needs Mtime PRESERVE, Atime NONE needs Mtime NONE.',
    );
  if (options.BytesPerSecond !== undefined && options.BytesPerSecond < -1)
    throw invalidRequest('Options.BytesPerSecond must be -1 (unlimited) or more.');
  // DataSync can't delete destination data while transferring all data: it doesn't scan the destination (configure-metadata.html).
  if (options.TransferMode === 'ALL' && options.PreserveDeletedFiles === 'REMOVE')
    throw invalidRequest(
      'PreserveDeletedFiles=REMOVE cannot be used with TransferMode=ALL: DataSync does not scan the destination when it transfers all data.',
    );
  return options;
}

export function taskOf(ctx: OperationContext, arn: string | undefined): StoredTask {
  const task = dataSyncState(ctx.world).tasks[required(arn, 'taskArn')];
  if (!task) throw invalidRequest(`Task ${arn} not found.`);
  return task;
}

export const CreateTask: OperationDef<CreateTaskRequest> = {
  run(input, ctx) {
    const source = locationOf(ctx, input.SourceLocationArn);
    const destination = locationOf(ctx, input.DestinationLocationArn);
    if (source.kind !== 'NFS' || destination.kind !== 'S3')
      throw invalidRequest(
        'LakeLab simulates DataSync tasks from an NFS location to an S3 location.',
      );
    const TaskArn = dataSyncArn(ctx, `task/${hexId(ctx, 'task')}`);
    const task: StoredTask = {
      TaskArn,
      SourceLocationArn: source.LocationArn,
      DestinationLocationArn: destination.LocationArn,
      Options: checkOptions(DEFAULT_OPTIONS, input.Options),
      Includes: checkFilterRules(input.Includes, 'Includes'),
      Excludes: checkFilterRules(input.Excludes, 'Excludes'),
      Status: 'AVAILABLE',
      CreationTime: ctx.now,
      executionArns: [],
      ...tagsOf(input.Tags),
    };
    if (input.Name) task.Name = input.Name;
    if (input.Schedule?.ScheduleExpression) {
      checkScheduleInterval(input.Schedule.ScheduleExpression, ctx.now);
      task.Schedule = {
        ScheduleExpression: input.Schedule.ScheduleExpression,
        Status: input.Schedule.Status ?? 'ENABLED',
      };
      scheduleTask(ctx, task);
    }
    dataSyncState(ctx.world).tasks[TaskArn] = task;
    return { TaskArn };
  },
};

export const DescribeTask: OperationDef<DescribeTaskRequest> = {
  run(input, ctx) {
    const task = taskOf(ctx, input.TaskArn);
    const out: Record<string, unknown> = {
      TaskArn: task.TaskArn,
      Status: task.Status,
      Name: task.Name,
      SourceLocationArn: task.SourceLocationArn,
      DestinationLocationArn: task.DestinationLocationArn,
      Options: task.Options,
      Includes: task.Includes,
      Excludes: task.Excludes,
      CreationTime: new Date(task.CreationTime),
      TaskMode: 'BASIC',
      CurrentTaskExecutionArn: task.CurrentTaskExecutionArn,
    };
    if (task.Schedule) out['Schedule'] = task.Schedule;
    return out;
  },
};

export const ListTasks: OperationDef<ListTasksRequest> = {
  run(input, ctx) {
    const { page: Tasks, NextToken } = page(
      Object.values(dataSyncState(ctx.world).tasks)
        .filter((t) => taskMatches(t, input.Filters))
        .map((t) => ({
          TaskArn: t.TaskArn,
          Status: t.Status,
          Name: t.Name,
          TaskMode: 'BASIC',
        })),
      input,
    );
    return { Tasks, NextToken };
  },
};

export const UpdateTask: OperationDef<UpdateTaskRequest> = {
  run(input, ctx) {
    const task = taskOf(ctx, input.TaskArn);
    if (input.Options) task.Options = checkOptions(task.Options, input.Options);
    if (input.Includes) task.Includes = checkFilterRules(input.Includes, 'Includes');
    if (input.Excludes) task.Excludes = checkFilterRules(input.Excludes, 'Excludes');
    if (input.Name !== undefined) task.Name = input.Name;
    if (input.Schedule) {
      ctx.clock.cancel(
        (e) =>
          e.kind === SCHEDULE_EVENT && (e.data as { TaskArn: string }).TaskArn === task.TaskArn,
      );
      // LakeLab: an empty ScheduleExpression removes the schedule; Status DISABLED pauses it.
      if (input.Schedule.ScheduleExpression) {
        checkScheduleInterval(input.Schedule.ScheduleExpression, ctx.now);
        task.Schedule = {
          ScheduleExpression: input.Schedule.ScheduleExpression,
          Status: input.Schedule.Status ?? 'ENABLED',
        };
        scheduleTask(ctx, task);
      } else delete task.Schedule;
    }
    return {};
  },
};

export const DeleteTask: OperationDef<DeleteTaskRequest> = {
  run(input, ctx) {
    const task = taskOf(ctx, input.TaskArn);
    if (task.Status !== 'AVAILABLE')
      throw invalidRequest(
        `Task ${task.TaskArn} is ${task.Status}: cancel its execution before deleting it.`,
      );
    ctx.clock.cancel(
      (e) => e.kind === SCHEDULE_EVENT && (e.data as { TaskArn: string }).TaskArn === task.TaskArn,
    );
    Reflect.deleteProperty(dataSyncState(ctx.world).tasks, task.TaskArn);
    return {};
  },
};
