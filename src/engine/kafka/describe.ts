import type { ClientAuthentication, Cluster, ClusterInfo } from '@aws-sdk/client-kafka';
import type { StoredClientAuthentication, StoredCluster, StoredProvisioned } from './state';

function clientAuthentication(auth: StoredClientAuthentication): ClientAuthentication {
  return {
    Sasl: { Iam: { Enabled: auth.iam }, Scram: { Enabled: auth.scram } },
    Tls: { Enabled: auth.tls, CertificateAuthorityArnList: [] },
    Unauthenticated: { Enabled: auth.unauthenticated },
  };
}

function brokerNodeGroupInfo(p: StoredProvisioned) {
  return {
    BrokerAZDistribution: 'DEFAULT' as const,
    ClientSubnets: [...p.ClientSubnets],
    InstanceType: p.InstanceType,
    SecurityGroups: [...p.SecurityGroups],
    StorageInfo: { EbsStorageInfo: { VolumeSize: p.VolumeSize } },
    ConnectivityInfo: {
      PublicAccess: { Type: p.publicAccess ? 'SERVICE_PROVIDED_EIPS' : 'DISABLED' },
    },
  };
}

/** The ZooKeeper string exists once the brokers do: not while the cluster is CREATING. */
function zookeeper(c: StoredCluster): { ZookeeperConnectString?: string } {
  if (c.State === 'CREATING') return {};
  const host = (n: number) =>
    `z-${n}.${c.ClusterName}.${c.dnsLabel}.c2.kafka.${c.ClusterArn.split(':')[3]}.amazonaws.com:2181`;
  return { ZookeeperConnectString: [1, 2, 3].map(host).join(',') };
}

function provisionedShape(c: StoredCluster, p: StoredProvisioned) {
  return {
    BrokerNodeGroupInfo: brokerNodeGroupInfo(p),
    CurrentBrokerSoftwareInfo: { KafkaVersion: p.KafkaVersion },
    ClientAuthentication: clientAuthentication(c.auth),
    EncryptionInfo: {
      EncryptionAtRest: {
        DataVolumeKMSKeyId: `arn:aws:kms:${c.ClusterArn.split(':')[3]}:${c.ClusterArn.split(':')[4]}:alias/aws/kafka`,
      },
      EncryptionInTransit: { ClientBroker: p.ClientBroker, InCluster: p.InCluster },
    },
    EnhancedMonitoring: p.EnhancedMonitoring as ClusterInfo['EnhancedMonitoring'],
    NumberOfBrokerNodes: p.NumberOfBrokerNodes,
    StorageMode: 'LOCAL' as const,
    ...zookeeper(c),
  };
}

/** DescribeClusterV2 / ListClustersV2: the Cluster shape. */
export function clusterV2(c: StoredCluster): Cluster {
  return {
    ClusterArn: c.ClusterArn,
    ClusterName: c.ClusterName,
    ClusterType: c.ClusterType,
    CreationTime: new Date(c.CreationTime),
    CurrentVersion: c.CurrentVersion,
    State: c.State,
    Tags: { ...c.Tags },
    ...(c.provisioned ? { Provisioned: provisionedShape(c, c.provisioned) } : {}),
    ...(c.serverless
      ? {
          Serverless: {
            VpcConfigs: c.serverless.VpcConfigs.map((v) => ({
              SubnetIds: [...v.SubnetIds],
              SecurityGroupIds: [...v.SecurityGroupIds],
            })),
            ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
          },
        }
      : {}),
  };
}

/** DescribeCluster / ListClusters (v1, provisioned clusters): the ClusterInfo shape. */
export function clusterInfo(c: StoredCluster, p: StoredProvisioned): ClusterInfo {
  return {
    ClusterArn: c.ClusterArn,
    ClusterName: c.ClusterName,
    CreationTime: new Date(c.CreationTime),
    CurrentVersion: c.CurrentVersion,
    State: c.State,
    Tags: { ...c.Tags },
    ...provisionedShape(c, p),
  };
}
