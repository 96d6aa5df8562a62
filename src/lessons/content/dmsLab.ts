import type { Op } from '../schema';
import { RAW_BUCKET } from './athenaLab';

/** The DMS pieces lessons share: a role DMS can write the raw zone with, an instance, two endpoints. */
export const DMS_ROLE = 'DmsS3WriterRole';
export const DMS_ROLE_ARN = `arn:aws:iam::111122223333:role/${DMS_ROLE}`;

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'dms.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const WRITE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:DeleteObject'],
      Resource: `arn:aws:s3:::${RAW_BUCKET}/*`,
    },
    { Effect: 'Allow', Action: ['s3:ListBucket'], Resource: `arn:aws:s3:::${RAW_BUCKET}` },
  ],
});

/** The role, a dms.t3.medium instance `lab-instance`, and the five minutes it takes to be available. */
export const dmsRoleAndInstanceOps: Op[] = [
  {
    service: 'iam',
    operation: 'CreateRole',
    input: { RoleName: DMS_ROLE, AssumeRolePolicyDocument: TRUST },
  },
  {
    service: 'iam',
    operation: 'PutRolePolicy',
    input: { RoleName: DMS_ROLE, PolicyName: 'write-raw-zone', PolicyDocument: WRITE },
  },
  {
    service: 'dms',
    operation: 'CreateReplicationInstance',
    input: {
      ReplicationInstanceIdentifier: 'lab-instance',
      ReplicationInstanceClass: 'dms.t3.medium',
    },
  },
  { service: 'lab', operation: 'AdvanceClock', input: { Duration: '5m' } },
];

/** Source `shop-source` (the shop's MySQL) and target `lake-target` (the raw zone's `dms/` folder). */
export const dmsEndpointOps = (targetSettings: Record<string, boolean> = {}): Op[] => [
  {
    service: 'dms',
    operation: 'CreateEndpoint',
    input: {
      EndpointIdentifier: 'shop-source',
      EndpointType: 'source',
      EngineName: 'mysql',
      ServerName: 'shop-db.internal',
      Port: 3306,
      Username: 'dms_user',
      Password: 'lab-password',
    },
  },
  {
    service: 'dms',
    operation: 'CreateEndpoint',
    input: {
      EndpointIdentifier: 'lake-target',
      EndpointType: 'target',
      EngineName: 's3',
      S3Settings: {
        BucketName: RAW_BUCKET,
        BucketFolder: 'dms',
        ServiceAccessRoleArn: DMS_ROLE_ARN,
        ...targetSettings,
      },
    },
  },
];
