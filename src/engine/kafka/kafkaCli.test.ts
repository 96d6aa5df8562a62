import { describe, expect, it } from 'vitest';
import { parseDuration } from '../core/clock';
import { testTerminal } from '../cli/testTerminal';

describe('aws kafka … in the terminal', () => {
  it('creates a serverless cluster, shows it CREATING, then gives its bootstrap brokers once ACTIVE', async () => {
    const t = testTerminal();
    const created = JSON.parse(
      await t.ok(
        `aws kafka create-cluster-v2 --cluster-name web-clicks --serverless '{"VpcConfigs":[{"SubnetIds":["subnet-1","subnet-2"]}],"ClientAuthentication":{"Sasl":{"Iam":{"Enabled":true}}}}'`,
      ),
    ) as { ClusterArn: string; State: string };
    expect(created.State).toBe('CREATING');
    const early = await t.run(
      `aws kafka get-bootstrap-brokers --cluster-arn ${created.ClusterArn}`,
    );
    expect(early.exitCode).toBe(254);
    expect(early.stderr).toMatch(
      /An error occurred \(BadRequestException\) when calling the GetBootstrapBrokers operation/,
    );
    await t.engine.clock.advance(parseDuration('5m'));
    const state = await t.ok(
      `aws kafka describe-cluster-v2 --cluster-arn ${created.ClusterArn} --query ClusterInfo.State --output text`,
    );
    expect(state.trim()).toBe('ACTIVE');
    const brokers = await t.ok(
      `aws kafka get-bootstrap-brokers --cluster-arn ${created.ClusterArn}`,
    );
    expect(brokers).toMatch(/"BootstrapBrokerStringSaslIam": "boot-/);
    const names = await t.ok(
      `aws kafka list-clusters-v2 --query "ClusterInfoList[].ClusterName" --output text`,
    );
    expect(names.trim()).toBe('web-clicks');
  });
});
