import type { Op } from '../lessons/schema';

/** Where the scenario's data and Athena results live. */
export const HR_SALES_BUCKET = 'hr-sales-lake';

/** The scenario's people: IAM users the playground lists. */
export const HR_SALES_USERS = ['data-engineer', 'analyst', 'hr-partner', 'auditor'] as const;

const EMPLOYEES_CSV = `employee_id,name,email,department,salary,country
1,Ana Lima,ana@example.com,sales,72000,BR
2,Ben Ode,ben@example.com,hr,65000,NG
3,Chen Wu,chen@example.com,engineering,98000,CN
4,Dana Roy,dana@example.com,sales,70500,IN
`;

const ORDERS_CSV = `order_id,customer_email,region,total,status
1001,zoe@shop.example,EU,120.50,shipped
1002,yan@shop.example,US,35.00,placed
1003,xia@shop.example,EU,410.10,shipped
1004,wes@shop.example,APAC,88.90,returned
`;

const CUSTOMERS_CSV = `customer_id,full_name,email,segment
1,Zoe Park,zoe@shop.example,retail
2,Yan Li,yan@shop.example,wholesale
`;

interface TableSpec {
  database: 'hr' | 'sales';
  name: string;
  columns: string[];
  types?: Record<string, string>;
  csv: string;
}

const TABLES: TableSpec[] = [
  {
    database: 'hr',
    name: 'employees',
    columns: ['employee_id', 'name', 'email', 'department', 'salary', 'country'],
    types: { employee_id: 'bigint', salary: 'bigint' },
    csv: EMPLOYEES_CSV,
  },
  {
    database: 'sales',
    name: 'orders',
    columns: ['order_id', 'customer_email', 'region', 'total', 'status'],
    types: { order_id: 'bigint', total: 'double' },
    csv: ORDERS_CSV,
  },
  {
    database: 'sales',
    name: 'customers',
    columns: ['customer_id', 'full_name', 'email', 'segment'],
    types: { customer_id: 'bigint' },
    csv: CUSTOMERS_CSV,
  },
];

// The principals' IAM side: Athena, Glue reads, S3 and GetDataAccess; Lake Formation decides the data.
const USER_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'athena:*',
        'glue:Get*',
        's3:*',
        'lakeformation:GetDataAccess',
        // Lake Formation still decides who may grant: only admins and holders of the grant option.
        'lakeformation:GrantPermissions',
        'lakeformation:RevokePermissions',
        'lakeformation:ListPermissions',
      ],
      Resource: '*',
    },
  ],
});

function tableOps(t: TableSpec): Op[] {
  const prefix = `${t.database}/${t.name}/`;
  return [
    {
      service: 's3',
      operation: 'PutObject',
      input: {
        Bucket: HR_SALES_BUCKET,
        Key: `${prefix}data.csv`,
        Body: t.csv,
        ContentType: 'text/csv',
      },
    },
    {
      service: 'glue',
      operation: 'CreateTable',
      input: {
        DatabaseName: t.database,
        TableInput: {
          Name: t.name,
          Parameters: { classification: 'csv', 'skip.header.line.count': '1' },
          StorageDescriptor: {
            Columns: t.columns.map((c) => ({ Name: c, Type: t.types?.[c] ?? 'string' })),
            Location: `s3://${HR_SALES_BUCKET}/${prefix}`,
            InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
            OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
            SerdeInfo: {
              SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
              Parameters: { 'field.delim': ',' },
            },
          },
        },
      },
    },
  ];
}

function userOps(name: string): Op[] {
  return [
    { service: 'iam', operation: 'CreateUser', input: { UserName: name } },
    {
      service: 'iam',
      operation: 'PutUserPolicy',
      input: { UserName: name, PolicyName: 'data-lake-access', PolicyDocument: USER_POLICY },
    },
  ];
}

const tag = (TagKey: string, value: string) => ({ TagKey, TagValues: [value] });
const principal = (accountId: string, user: string) => ({
  DataLakePrincipalIdentifier: `arn:aws:iam::${accountId}:user/${user}`,
});

function tagOps(): Op[] {
  const add = (Resource: Record<string, unknown>, LFTags: unknown[]): Op => ({
    service: 'lakeformation',
    operation: 'AddLFTagsToResource',
    input: { Resource: Resource as never, LFTags: LFTags as never },
  });
  const columns = (DatabaseName: string, Name: string, ColumnNames: string[]) => ({
    TableWithColumns: { DatabaseName, Name, ColumnNames },
  });
  return [
    {
      service: 'lakeformation',
      operation: 'CreateLFTag',
      input: { TagKey: 'sensitivity', TagValues: ['pii', 'internal', 'public'] },
    },
    {
      service: 'lakeformation',
      operation: 'CreateLFTag',
      input: { TagKey: 'domain', TagValues: ['sales', 'hr'] },
    },
    add({ Database: { Name: 'hr' } }, [tag('domain', 'hr'), tag('sensitivity', 'internal')]),
    add({ Database: { Name: 'sales' } }, [tag('domain', 'sales'), tag('sensitivity', 'internal')]),
    add({ Table: { DatabaseName: 'sales', Name: 'orders' } }, [tag('sensitivity', 'public')]),
    add(columns('hr', 'employees', ['name', 'email', 'salary']), [tag('sensitivity', 'pii')]),
    add(columns('sales', 'orders', ['customer_email']), [tag('sensitivity', 'pii')]),
    add(columns('sales', 'customers', ['full_name', 'email']), [tag('sensitivity', 'pii')]),
  ];
}

function grantOps(accountId: string): Op[] {
  const grant = (user: string, Resource: unknown, Permissions: string[]): Op => ({
    service: 'lakeformation',
    operation: 'GrantPermissions',
    input: { Principal: principal(accountId, user), Resource: Resource as never, Permissions },
  });
  const policy = (Expression: Array<{ TagKey: string; TagValues: string[] }>) => ({
    LFTagPolicy: { ResourceType: 'TABLE', Expression },
  });
  return [
    grant('data-engineer', { Database: { Name: 'hr' } }, ['ALL']),
    grant('data-engineer', { Database: { Name: 'sales' } }, ['ALL']),
    grant('data-engineer', { Table: { DatabaseName: 'hr', TableWildcard: {} } }, ['ALL']),
    grant('data-engineer', { Table: { DatabaseName: 'sales', TableWildcard: {} } }, ['ALL']),
    grant(
      'analyst',
      policy([
        { TagKey: 'domain', TagValues: ['sales'] },
        { TagKey: 'sensitivity', TagValues: ['public', 'internal'] },
      ]),
      ['SELECT', 'DESCRIBE'],
    ),
    grant('hr-partner', policy([{ TagKey: 'domain', TagValues: ['hr'] }]), ['SELECT', 'DESCRIBE']),
    {
      service: 'lakeformation',
      operation: 'CreateDataCellsFilter',
      input: {
        TableData: {
          TableCatalogId: accountId,
          DatabaseName: 'sales',
          TableName: 'orders',
          Name: 'eu_orders_no_email',
          RowFilter: { FilterExpression: "region = 'EU'" },
          ColumnWildcard: { ExcludedColumnNames: ['customer_email'] },
        },
      },
    },
    grant(
      'auditor',
      {
        DataCellsFilter: {
          TableCatalogId: accountId,
          DatabaseName: 'sales',
          TableName: 'orders',
          Name: 'eu_orders_no_email',
        },
      },
      ['SELECT'],
    ),
  ];
}

/**
 * An HR and sales lake under Lake Formation control: admin is the data lake administrator,
 * databases hr and sales (tables employees, orders, customers), LF-Tags sensitivity and
 * domain with column overrides, and grants for a data engineer, an analyst, an HR partner
 * and an auditor (a row-and-cell filter). Runs as the administrator.
 */
export function hrSalesLakeOps(accountId: string): Op[] {
  const admin = { DataLakePrincipalIdentifier: `arn:aws:iam::${accountId}:user/admin` };
  return [
    {
      service: 'lakeformation',
      operation: 'PutDataLakeSettings',
      input: {
        // LF: clearing "Use only IAM access control" puts new databases and tables under LF permissions.
        DataLakeSettings: {
          DataLakeAdmins: [admin],
          CreateDatabaseDefaultPermissions: [],
          CreateTableDefaultPermissions: [],
        },
      },
    },
    { service: 's3', operation: 'CreateBucket', input: { Bucket: HR_SALES_BUCKET } },
    {
      service: 'athena',
      operation: 'UpdateWorkGroup',
      input: {
        WorkGroup: 'primary',
        ConfigurationUpdates: {
          ResultConfigurationUpdates: { OutputLocation: `s3://${HR_SALES_BUCKET}/athena-results/` },
        },
      },
    },
    {
      service: 'lakeformation',
      operation: 'RegisterResource',
      input: { ResourceArn: `arn:aws:s3:::${HR_SALES_BUCKET}`, UseServiceLinkedRole: true },
    },
    { service: 'glue', operation: 'CreateDatabase', input: { DatabaseInput: { Name: 'hr' } } },
    { service: 'glue', operation: 'CreateDatabase', input: { DatabaseInput: { Name: 'sales' } } },
    ...TABLES.flatMap(tableOps),
    ...HR_SALES_USERS.flatMap(userOps),
    ...tagOps(),
    ...grantOps(accountId),
  ];
}
