import type { GetBootstrapBrokersResponse } from '@aws-sdk/client-kafka';
import type { StoredCluster } from './state';

// MSK: clients reach brokers on 9092 (plaintext), 9094 (TLS), 9096 (SASL/SCRAM) and 9098 (IAM);
// public endpoints use 9194/9196/9198 (port-info.html). Serverless clusters take IAM on 9098 only.
const PORTS = { plain: 9092, tls: 9094, scram: 9096, iam: 9098 };

const regionOf = (c: StoredCluster) => c.ClusterArn.split(':')[3] ?? 'us-east-1';

/** Up to three broker endpoints on a port (the list need not include every broker). */
function brokerList(c: StoredCluster, port: number): string {
  const count = Math.min(3, c.provisioned?.NumberOfBrokerNodes ?? 0);
  return Array.from(
    { length: count },
    (_, i) =>
      `b-${i + 1}.${c.ClusterName}.${c.dnsLabel}.c2.kafka.${regionOf(c)}.amazonaws.com:${port}`,
  ).join(',');
}

/** The bootstrap broker strings a cluster offers, by its client authentication and encryption in transit. */
export function bootstrapBrokers(c: StoredCluster): GetBootstrapBrokersResponse {
  if (c.serverless)
    return {
      BootstrapBrokerStringSaslIam: `boot-${c.dnsLabel}.c1.kafka-serverless.${regionOf(c)}.amazonaws.com:${PORTS.iam}`,
    };
  const p = c.provisioned!;
  const plaintext = p.ClientBroker !== 'TLS';
  const tls = p.ClientBroker !== 'PLAINTEXT';
  const out: GetBootstrapBrokersResponse = {};
  if (plaintext && c.auth.unauthenticated) out.BootstrapBrokerString = brokerList(c, PORTS.plain);
  if (tls && (c.auth.unauthenticated || c.auth.tls))
    out.BootstrapBrokerStringTls = brokerList(c, PORTS.tls);
  if (tls && c.auth.scram) out.BootstrapBrokerStringSaslScram = brokerList(c, PORTS.scram);
  if (tls && c.auth.iam) out.BootstrapBrokerStringSaslIam = brokerList(c, PORTS.iam);
  return out;
}
