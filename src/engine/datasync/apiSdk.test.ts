import {
  CreateAgentCommand,
  DataSyncClient,
  DescribeTaskCommand,
  DescribeTaskExecutionCommand,
  ListAgentsCommand,
  ListLocationsCommand,
  ListTasksCommand,
  ListTagsForResourceCommand,
  ListTaskExecutionsCommand,
  StartTaskExecutionCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-datasync';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { nfsToS3 } from './testFixtures';

describe('DataSync API rules through the real SDK client', () => {
  // API_ListAgents: MaxResults limits the page; NextToken continues where the last page stopped.
  it('pages ListAgents with MaxResults and NextToken', async () => {
    const lake = new TestLake();
    const datasync = new DataSyncClient(lake.engine.sdkConfig());
    for (const name of ['a1', 'a2', 'a3'])
      await datasync.send(
        new CreateAgentCommand({ ActivationKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', AgentName: name }),
      );
    const first = await datasync.send(new ListAgentsCommand({ MaxResults: 2 }));
    expect(first.Agents?.map((a) => a.Name)).toEqual(['a1', 'a2']);
    expect(first.NextToken).toBeDefined();
    const second = await datasync.send(
      new ListAgentsCommand({ MaxResults: 2, NextToken: first.NextToken }),
    );
    expect(second.Agents?.map((a) => a.Name)).toEqual(['a3']);
    expect(second.NextToken).toBeUndefined();
    await expect(
      datasync.send(new ListAgentsCommand({ NextToken: 'not-a-token' })),
    ).rejects.toMatchObject({ name: 'InvalidRequestException' });
  });

  // API_StartTaskExecution: one execution per task at a time; DescribeTask shows it as current.
  it('reports the running execution and refuses a second one', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    const datasync = new DataSyncClient(lake.engine.sdkConfig());
    const { TaskExecutionArn } = await datasync.send(new StartTaskExecutionCommand({ TaskArn }));
    expect(TaskExecutionArn).toMatch(
      /^arn:aws:datasync:[\w-]+:\d{12}:task\/task-[0-9a-f]{17}\/execution\/exec-[0-9a-f]{17}$/,
    );
    const task = await datasync.send(new DescribeTaskCommand({ TaskArn }));
    expect(task.Status).toBe('RUNNING');
    expect(task.CurrentTaskExecutionArn).toBe(TaskExecutionArn);
    expect(task.CreationTime).toBeInstanceOf(Date);
    await expect(datasync.send(new StartTaskExecutionCommand({ TaskArn }))).rejects.toMatchObject({
      name: 'InvalidRequestException',
    });
    const list = await datasync.send(new ListTaskExecutionsCommand({ TaskArn, MaxResults: 1 }));
    expect(list.TaskExecutions).toEqual([
      expect.objectContaining({ TaskExecutionArn, Status: 'LAUNCHING' }),
    ]);
  });

  // API_CreateAgent ActivationKey pattern [A-Z0-9]{5}(-[A-Z0-9]{5}){4}; the exception has an errorCode member.
  it('refuses a malformed activation key with InvalidRequestException', async () => {
    const lake = new TestLake();
    const datasync = new DataSyncClient(lake.engine.sdkConfig());
    await expect(
      datasync.send(new CreateAgentCommand({ ActivationKey: 'not-a-key' })),
    ).rejects.toMatchObject({
      name: 'InvalidRequestException',
      errorCode: 'InvalidRequestException',
    });
  });

  // API_TagResource, API_UntagResource, API_ListTagsForResource; CreateAgent Tags.
  it('tags agents at creation and through TagResource', async () => {
    const lake = new TestLake();
    const datasync = new DataSyncClient(lake.engine.sdkConfig());
    const { AgentArn } = await datasync.send(
      new CreateAgentCommand({
        ActivationKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
        Tags: [{ Key: 'site', Value: 'paris' }],
      }),
    );
    await datasync.send(
      new TagResourceCommand({ ResourceArn: AgentArn, Tags: [{ Key: 'env', Value: 'lab' }] }),
    );
    await datasync.send(new UntagResourceCommand({ ResourceArn: AgentArn, Keys: ['site'] }));
    const { Tags } = await datasync.send(new ListTagsForResourceCommand({ ResourceArn: AgentArn }));
    expect(Tags).toEqual([{ Key: 'env', Value: 'lab' }]);
    await expect(
      datasync.send(
        new ListTagsForResourceCommand({
          ResourceArn: 'arn:aws:datasync:us-east-1:111122223333:agent/agent-0123456789abcdef0',
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidRequestException' });
  });

  // DescribeTaskExecution LaunchTime: a queued execution launches after its StartTime.
  it('gives a queued execution a LaunchTime after its StartTime', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    const datasync = new DataSyncClient(lake.engine.sdkConfig());
    await datasync.send(new StartTaskExecutionCommand({ TaskArn }));
    const { TaskExecutionArn } = await datasync.send(
      new StartTaskExecutionCommand({
        TaskArn,
        Includes: [{ FilterType: 'SIMPLE_PATTERN', Value: '*.csv' }],
      }),
    );
    const queued = await datasync.send(new DescribeTaskExecutionCommand({ TaskExecutionArn }));
    expect(queued.Status).toBe('QUEUED');
    expect(queued.LaunchTime).toBeUndefined();
    await lake.engine.clock.runUntilIdle();
    const done = await datasync.send(new DescribeTaskExecutionCommand({ TaskExecutionArn }));
    expect(done.LaunchTime!.getTime()).toBeGreaterThan(done.StartTime!.getTime());
  });

  // API_ListTasks Filters (LocationId) and API_ListLocations Filters (LocationType, LocationUri).
  it('filters ListTasks by location and ListLocations by type', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    const datasync = new DataSyncClient(lake.engine.sdkConfig());
    const { Locations } = await datasync.send(
      new ListLocationsCommand({
        Filters: [{ Name: 'LocationType', Values: ['S3'], Operator: 'Equals' }],
      }),
    );
    expect(Locations?.map((l) => l.LocationUri)).toEqual(['s3://raw-zone/sales/']);
    const byUri = await datasync.send(
      new ListLocationsCommand({
        Filters: [{ Name: 'LocationUri', Values: ['nfs://'], Operator: 'BeginsWith' }],
      }),
    );
    expect(byUri.Locations).toHaveLength(1);
    const hits = await datasync.send(
      new ListTasksCommand({
        Filters: [{ Name: 'LocationId', Values: [Locations![0]!.LocationArn!], Operator: 'In' }],
      }),
    );
    expect(hits.Tasks?.map((t) => t.TaskArn)).toEqual([TaskArn]);
    const none = await datasync.send(
      new ListTasksCommand({
        Filters: [
          {
            Name: 'LocationId',
            Values: ['arn:aws:datasync:us-east-1:111122223333:location/loc-0123456789abcdef0'],
            Operator: 'Equals',
          },
        ],
      }),
    );
    expect(none.Tasks).toEqual([]);
  });
});
