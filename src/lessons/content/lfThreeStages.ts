import type { Lesson } from '../schema';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:user/admin`;
const ANALYST = `arn:aws:iam::${ACCOUNT}:user/analyst`;
const BUCKET = 'people-lake';
const LOCATION_ARN = `arn:aws:s3:::${BUCKET}`;

const ANALYST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['athena:*', 'glue:Get*', 's3:*', 'lakeformation:GetDataAccess'],
      Resource: '*',
    },
  ],
});

/** Module 3: register, create, grant — and leaving "Use only IAM access control" behind. */
export const lfThreeStages: Lesson = {
  id: 'lf-three-stages',
  module: 3,
  title: 'Lake Formation in three stages',
  summary:
    'Become the data lake administrator, switch new resources from IAM-only control to Lake Formation, register a location, create a table and grant an analyst every column but one.',
  objectives: [
    'Add a data lake administrator and clear the IAMAllowedPrincipals defaults',
    'Register an S3 location with Lake Formation',
    'Create a database and table under Lake Formation control',
    'Grant SELECT on all columns but one (a column-level grant)',
  ],
  setup: {
    scenario: 'empty',
    operations: [
      { service: 's3', operation: 'CreateBucket', input: { Bucket: BUCKET } },
      {
        service: 's3',
        operation: 'PutObject',
        input: {
          Bucket: BUCKET,
          Key: 'hr/employees/employees.csv',
          Body: 'employee_id,name,department,salary\n1,Ana,sales,72000\n2,Ben,hr,65000\n',
          ContentType: 'text/csv',
        },
      },
      { service: 'iam', operation: 'CreateUser', input: { UserName: 'analyst' } },
      {
        service: 'iam',
        operation: 'PutUserPolicy',
        input: {
          UserName: 'analyst',
          PolicyName: 'data-lake-access',
          PolicyDocument: ANALYST_POLICY,
        },
      },
    ],
  },
  steps: [
    {
      id: 'admin-and-defaults',
      title: 'Administrator, and no more IAM-only defaults',
      instructions:
        'Open **Lake Formation → Administrators**. Add **admin** as a data lake administrator, then clear both **Use only IAM access control** boxes.',
      check: {
        read: { service: 'lakeformation', operation: 'GetDataLakeSettings' },
        expect: {
          all: [
            {
              path: 'DataLakeSettings.DataLakeAdmins[].DataLakePrincipalIdentifier',
              contains: ADMIN,
            },
            { path: 'DataLakeSettings.CreateDatabaseDefaultPermissions', length: { equals: 0 } },
            { path: 'DataLakeSettings.CreateTableDefaultPermissions', length: { equals: 0 } },
          ],
        },
      },
      hints: [
        'A fresh account has no administrator: nobody may grant Lake Formation permissions yet.',
        'Ticked, each box grants ALL on new resources to IAMAllowedPrincipals — IAM policies alone then decide.',
      ],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'PutDataLakeSettings',
          input: {
            DataLakeSettings: {
              DataLakeAdmins: [{ DataLakePrincipalIdentifier: ADMIN }],
              CreateDatabaseDefaultPermissions: [],
              CreateTableDefaultPermissions: [],
            },
          },
        },
      ],
      explanation:
        'IAMAllowedPrincipals is a group of every IAM principal whose policies allow an action. While it holds ALL on a resource, Lake Formation only defers to IAM. With the defaults cleared, databases and tables created from now on are governed by Lake Formation grants; older ones keep their IAMAllowedPrincipals grant until you revoke it.',
    },
    {
      id: 'register-location',
      title: 'Stage 1: register the location',
      instructions: `Under **Data lake locations**, register \`s3://${BUCKET}\` with the service-linked role.`,
      check: {
        read: { service: 'lakeformation', operation: 'ListResources' },
        expect: { path: 'ResourceInfoList[].ResourceArn', contains: LOCATION_ARN },
      },
      hints: ['Leave the IAM role empty to use AWSServiceRoleForLakeFormationDataAccess.'],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'RegisterResource',
          input: { ResourceArn: LOCATION_ARN, UseServiceLinkedRole: true },
        },
      ],
      explanation:
        'A registered location is read through credentials Lake Formation vends after it checks the grants, so engines such as Athena never need broad S3 rights to it.',
    },
    {
      id: 'create-table',
      title: 'Stage 2: create the database and table',
      instructions:
        'In the **Data Catalog**, add database `hr` and table `employees` (CSV at `s3://people-lake/hr/employees/`, columns employee_id bigint, name, department, salary bigint).',
      check: {
        read: {
          service: 'glue',
          operation: 'GetTable',
          input: { DatabaseName: 'hr', Name: 'employees' },
        },
        expect: { path: 'Table.StorageDescriptor.Columns[].Name', contains: 'salary' },
      },
      hints: ['Create the database first, then add the table to it.'],
      showMe: [
        { service: 'glue', operation: 'CreateDatabase', input: { DatabaseInput: { Name: 'hr' } } },
        {
          service: 'glue',
          operation: 'CreateTable',
          input: {
            DatabaseName: 'hr',
            TableInput: {
              Name: 'employees',
              Parameters: { classification: 'csv', 'skip.header.line.count': '1' },
              StorageDescriptor: {
                Columns: [
                  { Name: 'employee_id', Type: 'bigint' },
                  { Name: 'name', Type: 'string' },
                  { Name: 'department', Type: 'string' },
                  { Name: 'salary', Type: 'bigint' },
                ],
                Location: `s3://${BUCKET}/hr/employees/`,
                SerdeInfo: {
                  SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
                  Parameters: { 'field.delim': ',' },
                },
              },
            },
          },
        },
      ],
      explanation:
        'The table was created after the defaults were cleared, so IAMAllowedPrincipals holds nothing on it: only you, its creator and administrator, can see it until you grant.',
    },
    {
      id: 'column-grant',
      title: 'Stage 3: grant every column but salary',
      instructions:
        'Under **Data permissions**, grant **analyst** SELECT on **Columns** of `hr.employees` — **Exclude columns**: `salary`.',
      check: {
        read: {
          service: 'lakeformation',
          operation: 'ListPermissions',
          input: { Principal: { DataLakePrincipalIdentifier: ANALYST } },
        },
        expect: {
          path: 'PrincipalResourcePermissions[].Resource.TableWithColumns.ColumnWildcard.ExcludedColumnNames[]',
          contains: 'salary',
        },
      },
      goal: {
        title: 'Lake Formation permissions of analyst',
        read: {
          service: 'lakeformation',
          operation: 'ListPermissions',
          input: { Principal: { DataLakePrincipalIdentifier: ANALYST } },
        },
        show: {
          path: 'PrincipalResourcePermissions',
          columns: ['Resource', 'Permissions', 'PermissionsWithGrantOption'],
        },
      },
      hints: [
        'A column grant takes only SELECT.',
        'Exclude columns means "all columns except these".',
      ],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          input: {
            Principal: { DataLakePrincipalIdentifier: ANALYST },
            Resource: {
              TableWithColumns: {
                DatabaseName: 'hr',
                Name: 'employees',
                ColumnWildcard: { ExcludedColumnNames: ['salary'] },
              },
            },
            Permissions: ['SELECT'],
          },
        },
      ],
      explanation:
        'Open the permission playground as analyst: hr.employees is partly allowed and salary is denied — "Why?" names the grant. In Athena, SELECT * as analyst returns every column but salary.',
    },
  ],
};
