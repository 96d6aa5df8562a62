import { TestLake } from '../testing/TestLake';

export const ACCOUNT = '111122223333';
export const ADMIN_ARN = `arn:aws:iam::${ACCOUNT}:user/admin`;
export const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
export const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

const EVERYTHING = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['glue:*', 'lakeformation:*', 's3:*'], Resource: '*' }],
});

/** An IAM user who may call every Glue and Lake Formation action (IAM allows; LF decides). */
export async function addUser(lake: TestLake, name: string, policy = EVERYTHING): Promise<string> {
  await lake.call('iam', 'CreateUser', { UserName: name });
  await lake.call('iam', 'PutUserPolicy', {
    UserName: name,
    PolicyName: 'lab',
    PolicyDocument: policy,
  });
  return userArn(name);
}

/** An IAM role (trusting the account) with the same broad IAM permissions. */
export async function addRole(lake: TestLake, name: string): Promise<string> {
  await lake.call('iam', 'CreateRole', {
    RoleName: name,
    AssumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'sts:AssumeRole',
        },
      ],
    }),
  });
  await lake.call('iam', 'PutRolePolicy', {
    RoleName: name,
    PolicyName: 'lab',
    PolicyDocument: EVERYTHING,
  });
  return roleArn(name);
}

export const column = (Name: string, Type = 'string') => ({ Name, Type });

/** A table with columns (and optional partition keys) at an S3 location. */
export async function addTable(
  lake: TestLake,
  database: string,
  name: string,
  columns: string[],
  options: { partitionKeys?: string[]; location?: string } = {},
): Promise<void> {
  await lake.call('glue', 'CreateTable', {
    DatabaseName: database,
    TableInput: {
      Name: name,
      StorageDescriptor: {
        Columns: columns.map((c) => column(c)),
        Location: options.location ?? `s3://lake/${database}/${name}/`,
      },
      PartitionKeys: (options.partitionKeys ?? []).map((c) => column(c)),
    },
  });
}

/**
 * The course's starting point for Lake Formation: admin is the data lake administrator,
 * new databases and tables are under Lake Formation control ("Use only IAM access control"
 * cleared), and database shop holds orders(id, customer, total, country; partition dt).
 */
export async function lakeFormationLab(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('lakeformation', 'PutDataLakeSettings', {
    DataLakeSettings: {
      DataLakeAdmins: [{ DataLakePrincipalIdentifier: ADMIN_ARN }],
      CreateDatabaseDefaultPermissions: [],
      CreateTableDefaultPermissions: [],
    },
  });
  await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await addTable(lake, 'shop', 'orders', ['id', 'customer', 'total', 'country'], {
    partitionKeys: ['dt'],
  });
  await addUser(lake, 'analyst');
  return lake;
}

export const ordersTable = { Table: { DatabaseName: 'shop', Name: 'orders' } };
export const principal = (arn: string) => ({ DataLakePrincipalIdentifier: arn });
