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

  it('creates a Firehose stream reading the topic (--delivery-stream-type MSKAsSource), which refuses put-record', async () => {
    const t = testTerminal();
    const arn = (
      await t.ok(
        `aws kafka create-cluster-v2 --cluster-name web-clicks --serverless '{"VpcConfigs":[{"SubnetIds":["subnet-1","subnet-2"]}],"ClientAuthentication":{"Sasl":{"Iam":{"Enabled":true}}}}' --query ClusterArn --output text`,
      )
    ).trim();
    await t.engine.clock.advance(parseDuration('5m'));
    const trust = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'firehose.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    await t.ok(
      `aws s3 mb s3://lake-raw`,
      `aws iam create-role --role-name FirehoseMsk --assume-role-policy-document '${trust}'`,
      `aws firehose create-delivery-stream --delivery-stream-name clicks --delivery-stream-type MSKAsSource --msk-source-configuration '{"MSKClusterARN":"${arn}","TopicName":"clicks","AuthenticationConfiguration":{"RoleARN":"arn:aws:iam::111122223333:role/FirehoseMsk","Connectivity":"PRIVATE"}}' --extended-s3-destination-configuration '{"RoleARN":"arn:aws:iam::111122223333:role/FirehoseMsk","BucketARN":"arn:aws:s3:::lake-raw"}'`,
    );
    await t.engine.clock.advance(parseDuration('5s'));
    const source = await t.ok(
      `aws firehose describe-delivery-stream --delivery-stream-name clicks --query DeliveryStreamDescription.Source.MSKSourceDescription.TopicName --output text`,
    );
    expect(source.trim()).toBe('clicks');
    const put = await t.run(
      `aws firehose put-record --delivery-stream-name clicks --record Data=aGk=`,
    );
    expect(put.stderr).toMatch(
      /\(InvalidArgumentException\) when calling the PutRecord operation: This operation is not permitted on MSKAsSource delivery stream type\./,
    );
  });
});
