import {
  CreateAgentCommand,
  DataSyncClient,
  DescribeTaskCommand,
  ListAgentsCommand,
  ListTaskExecutionsCommand,
  StartTaskExecutionCommand,
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
});
