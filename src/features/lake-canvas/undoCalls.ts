/** The delete call that undoes one successful create call, and what it removes. */
export interface UndoCall {
  service: string;
  operation: string;
  input: Record<string, unknown>;
  /** What the call removes, as the user reads it ("Kinesis data stream clicks"). */
  resource: string;
}

type In = Record<string, unknown>;
type UndoOf = (input: In, output: In) => UndoCall;

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const field = (output: In, key: string) => (output[key] ?? {}) as In;

/**
 * For each create call the canvas makes, the real delete operation that removes what it
 * created, as CloudFormation does on rollback: it deletes every resource the stack created,
 * in reverse order, and leaves alone what existed before.
 */
const UNDO: Record<string, UndoOf> = {
  'iam:CreateRole': (i) => ({
    service: 'iam',
    operation: 'DeleteRole',
    input: { RoleName: i.RoleName },
    resource: `IAM role ${str(i.RoleName)}`,
  }),
  'iam:PutRolePolicy': (i) => ({
    service: 'iam',
    operation: 'DeleteRolePolicy',
    input: { RoleName: i.RoleName, PolicyName: i.PolicyName },
    resource: `inline policy ${str(i.PolicyName)} of IAM role ${str(i.RoleName)}`,
  }),
  'kinesis:CreateStream': (i) => ({
    service: 'kinesis',
    operation: 'DeleteStream',
    input: { StreamName: i.StreamName },
    resource: `Kinesis data stream ${str(i.StreamName)}`,
  }),
  'firehose:CreateDeliveryStream': (i) => ({
    service: 'firehose',
    operation: 'DeleteDeliveryStream',
    input: { DeliveryStreamName: i.DeliveryStreamName },
    resource: `Firehose stream ${str(i.DeliveryStreamName)}`,
  }),
  'dms:CreateReplicationInstance': (i, o) => ({
    service: 'dms',
    operation: 'DeleteReplicationInstance',
    input: {
      ReplicationInstanceArn: field(o, 'ReplicationInstance').ReplicationInstanceArn,
    },
    resource: `DMS replication instance ${str(i.ReplicationInstanceIdentifier)}`,
  }),
  'dms:CreateEndpoint': (i, o) => ({
    service: 'dms',
    operation: 'DeleteEndpoint',
    input: { EndpointArn: field(o, 'Endpoint').EndpointArn },
    resource: `DMS endpoint ${str(i.EndpointIdentifier)}`,
  }),
  'dms:CreateReplicationTask': (i, o) => ({
    service: 'dms',
    operation: 'DeleteReplicationTask',
    input: { ReplicationTaskArn: field(o, 'ReplicationTask').ReplicationTaskArn },
    resource: `DMS replication task ${str(i.ReplicationTaskIdentifier)}`,
  }),
  'datasync:CreateAgent': (i, o) => ({
    service: 'datasync',
    operation: 'DeleteAgent',
    input: { AgentArn: o.AgentArn },
    resource: `DataSync agent ${str(i.AgentName)}`,
  }),
  'datasync:CreateLocationNfs': (i, o) => ({
    service: 'datasync',
    operation: 'DeleteLocation',
    input: { LocationArn: o.LocationArn },
    resource: `DataSync NFS location ${str(i.ServerHostname)}:${str(i.Subdirectory)}`,
  }),
  'datasync:CreateLocationS3': (_i, o) => ({
    service: 'datasync',
    operation: 'DeleteLocation',
    input: { LocationArn: o.LocationArn },
    resource: `DataSync S3 location ${str(o.LocationArn)}`,
  }),
  'datasync:CreateTask': (i, o) => ({
    service: 'datasync',
    operation: 'DeleteTask',
    input: { TaskArn: o.TaskArn },
    resource: `DataSync task ${str(i.Name)}`,
  }),
  'transfer:CreateServer': (_i, o) => ({
    service: 'transfer',
    operation: 'DeleteServer',
    input: { ServerId: o.ServerId },
    resource: `Transfer Family server ${str(o.ServerId)}`,
  }),
  'transfer:CreateUser': (_i, o) => ({
    service: 'transfer',
    operation: 'DeleteUser',
    input: { ServerId: o.ServerId, UserName: o.UserName },
    resource: `Transfer Family user ${str(o.UserName)} on server ${str(o.ServerId)}`,
  }),
  'kafka:CreateClusterV2': (i, o) => ({
    service: 'kafka',
    operation: 'DeleteCluster',
    input: { ClusterArn: o.ClusterArn },
    resource: `MSK cluster ${str(i.ClusterName)}`,
  }),
  'storagegateway:ActivateGateway': (i, o) => ({
    service: 'storagegateway',
    operation: 'DeleteGateway',
    input: { GatewayARN: o.GatewayARN },
    resource: `Storage Gateway ${str(i.GatewayName)}`,
  }),
  'storagegateway:CreateNFSFileShare': (i, o) => ({
    service: 'storagegateway',
    operation: 'DeleteFileShare',
    // ForceDelete: files the share has not uploaded yet are dropped with it.
    input: { FileShareARN: o.FileShareARN, ForceDelete: true },
    resource: `NFS file share ${str(i.FileShareName)}`,
  }),
  'sources:MountGatewayFileShare': (i) => ({
    service: 'sources',
    operation: 'UnmountGatewayFileShare',
    input: { ServerHostname: i.ServerHostname, ExportPath: i.ExportPath },
    resource: `mount of ${str(i.ServerHostname)}:${str(i.ExportPath)}`,
  }),
  'appflow:CreateConnectorProfile': (i) => ({
    service: 'appflow',
    operation: 'DeleteConnectorProfile',
    input: { connectorProfileName: i.connectorProfileName },
    resource: `AppFlow connection ${str(i.connectorProfileName)}`,
  }),
  'appflow:CreateFlow': (i) => ({
    service: 'appflow',
    operation: 'DeleteFlow',
    // forceDelete: a run the flow started is stopped with it.
    input: { flowName: i.flowName, forceDelete: true },
    resource: `AppFlow flow ${str(i.flowName)}`,
  }),
};

/** Calls that start work on a resource the plan made; deleting that resource undoes them. */
const RUNS = new Set([
  'datasync:StartTaskExecution',
  'appflow:StartFlow',
  'sources:GetGatewayActivationKey',
]);

/**
 * The delete call that undoes a successful call, `'nothing'` for a call that creates nothing,
 * or undefined when the canvas knows no way to undo it.
 */
export function undoCallOf(
  service: string,
  operation: string,
  input: unknown,
  output: unknown,
): UndoCall | 'nothing' | undefined {
  const key = `${service}:${operation}`;
  if (RUNS.has(key)) return 'nothing';
  return UNDO[key]?.((input ?? {}) as In, (output ?? {}) as In);
}
