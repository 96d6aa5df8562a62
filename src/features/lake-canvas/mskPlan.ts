import type { World } from '../../engine/world';
import { roleArnOf, type PlanStep, type RoleChoice, type Target } from './plans';
import { rolePolicy, trustPolicy } from './roles';

export interface MskForm {
  clusterName: string;
  clusterType: 'SERVERLESS' | 'PROVISIONED';
  topicName: string;
  deliveryStreamName: string;
  bufferSeconds: number;
  bufferMiB: number;
  role: RoleChoice;
  target: Target;
}

/** LakeLab's lab VPC: two subnets in two Availability Zones (MSK needs at least two). */
export const LAB_SUBNETS = ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'];
export const LAB_SECURITY_GROUP = 'sg-0a1b2c3d4e5f60001';

/** The cluster with this name, if it exists. */
export function clusterNamed(world: World, name: string) {
  return Object.values(world.kafka?.clusters ?? {}).find((c) => c.ClusterName === name);
}

/** CreateClusterV2: serverless (IAM access control, which MSK Serverless requires) or two small brokers. */
export function mskClusterStep(form: MskForm): PlanStep {
  const iam = { Sasl: { Iam: { Enabled: true } } };
  return {
    service: 'kafka',
    operation: 'CreateClusterV2',
    input: () =>
      form.clusterType === 'SERVERLESS'
        ? {
            ClusterName: form.clusterName,
            Serverless: {
              VpcConfigs: [{ SubnetIds: LAB_SUBNETS, SecurityGroupIds: [LAB_SECURITY_GROUP] }],
              ClientAuthentication: iam,
            },
          }
        : {
            ClusterName: form.clusterName,
            Provisioned: {
              BrokerNodeGroupInfo: {
                ClientSubnets: LAB_SUBNETS,
                InstanceType: 'kafka.t3.small',
                SecurityGroups: [LAB_SECURITY_GROUP],
                StorageInfo: { EbsStorageInfo: { VolumeSize: 100 } },
              },
              KafkaVersion: '3.6.0',
              NumberOfBrokerNodes: 2,
              ClientAuthentication: iam,
            },
          },
  };
}

/**
 * The Firehose role's policy: write under the target prefix, and read the topic. Firehose, "Grant
 * Firehose access to your Amazon MSK cluster": describe the cluster, get its bootstrap brokers and
 * connect; describe and read the topic.
 */
function mskRolePolicy(target: Target, clusterArn: string, topic: string): string {
  const s3 = JSON.parse(rolePolicy('firehose', target)) as { Statement: object[] };
  const topicArn = `${clusterArn.replace(':cluster/', ':topic/')}/${topic}`;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      ...s3.Statement,
      {
        Effect: 'Allow',
        Action: [
          'kafka:GetBootstrapBrokers',
          'kafka:DescribeCluster',
          'kafka:DescribeClusterV2',
          'kafka-cluster:Connect',
        ],
        Resource: [clusterArn],
      },
      {
        Effect: 'Allow',
        Action: [
          'kafka-cluster:DescribeTopic',
          'kafka-cluster:DescribeTopicDynamicConfiguration',
          'kafka-cluster:ReadData',
        ],
        Resource: [topicArn],
      },
    ],
  });
}

/** Once the cluster is ACTIVE: the role (if asked for) and the MSK-sourced Firehose stream. */
export function mskPipelinePlan(world: World, form: MskForm, clusterArn: string): PlanStep[] {
  const roleArn = roleArnOf(world, form.role.roleName);
  const roleSteps: PlanStep[] = form.role.create
    ? [
        {
          service: 'iam',
          operation: 'CreateRole',
          input: () => ({
            RoleName: form.role.roleName,
            AssumeRolePolicyDocument: trustPolicy('firehose'),
          }),
        },
        {
          service: 'iam',
          operation: 'PutRolePolicy',
          input: () => ({
            RoleName: form.role.roleName,
            PolicyName: `msk-${form.topicName}-to-${form.target.bucket}`,
            PolicyDocument: mskRolePolicy(form.target, clusterArn, form.topicName),
          }),
        },
      ]
    : [];
  return [
    ...roleSteps,
    {
      service: 'firehose',
      operation: 'CreateDeliveryStream',
      input: () => ({
        DeliveryStreamName: form.deliveryStreamName,
        DeliveryStreamType: 'MSKAsSource',
        MSKSourceConfiguration: {
          MSKClusterARN: clusterArn,
          TopicName: form.topicName,
          AuthenticationConfiguration: { RoleARN: roleArn, Connectivity: 'PRIVATE' },
        },
        ExtendedS3DestinationConfiguration: {
          RoleARN: roleArn,
          BucketARN: `arn:aws:s3:::${form.target.bucket}`,
          ...(form.target.prefix ? { Prefix: form.target.prefix } : {}),
          BufferingHints: { IntervalInSeconds: form.bufferSeconds, SizeInMBs: form.bufferMiB },
        },
      }),
    },
  ];
}
