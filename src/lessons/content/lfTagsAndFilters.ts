import { hrSalesLakeOps } from '../../scenarios/hrSalesLake';
import type { Lesson } from '../schema';

const ACCOUNT = '111122223333';
const user = (name: string) => ({
  DataLakePrincipalIdentifier: `arn:aws:iam::${ACCOUNT}:user/${name}`,
});

// The HR & sales lake without its LF-Tags, filters and grants: the lesson builds those.
const LEFT_TO_THE_STUDENT = new Set([
  'CreateLFTag',
  'AddLFTagsToResource',
  'GrantPermissions',
  'CreateDataCellsFilter',
]);

const listPermissionsOf = (name: string) => ({
  service: 'lakeformation',
  operation: 'ListPermissions',
  input: { Principal: user(name) },
});

/** Module 5: LF-Tags with inheritance and override, tag-expression grants, a cell filter, the grant option. */
export const lfTagsAndFilters: Lesson = {
  id: 'lf-tags-and-filters',
  module: 5,
  title: 'LF-Tags, data filters and the grant option',
  summary:
    'Tag the HR and sales lake, grant by tag expression, hide rows and cells with a data filter, and let a data engineer grant on your behalf.',
  objectives: [
    'Create an LF-Tag and assign it to a database (inherited) and a column (override)',
    'Grant SELECT on every table matched by a tag expression',
    'Restrict rows with a row filter, and rows and cells with a cell filter',
    'Delegate with the grant option',
  ],
  setup: {
    scenario: 'empty',
    operations: hrSalesLakeOps(ACCOUNT).filter((op) => !LEFT_TO_THE_STUDENT.has(op.operation)),
  },
  steps: [
    {
      id: 'create-tag',
      title: 'Create the sensitivity tag',
      instructions: 'Under **LF-Tags**, add key `sensitivity` with values `pii, internal, public`.',
      check: {
        read: { service: 'lakeformation', operation: 'GetLFTag', input: { TagKey: 'sensitivity' } },
        expect: { path: 'TagValues', contains: 'pii' },
      },
      hints: ['Values are comma-separated.'],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'CreateLFTag',
          input: { TagKey: 'sensitivity', TagValues: ['pii', 'internal', 'public'] },
        },
      ],
      explanation:
        'An LF-Tag is a key with the values it may take; assigning any other value fails.',
    },
    {
      id: 'tag-database-and-column',
      title: 'Inherit, then override',
      instructions:
        "In the playground's **LF-Tags on the catalog**, assign `sensitivity=internal` to database `sales`, then `sensitivity=pii` to column `sales.orders.customer_email`.",
      check: {
        read: {
          service: 'lakeformation',
          operation: 'GetResourceLFTags',
          input: { Resource: { Table: { DatabaseName: 'sales', Name: 'orders' } } },
        },
        expect: {
          all: [
            { path: 'LFTagOnDatabase[].TagValues[]', contains: 'internal' },
            { path: 'LFTagsOnColumns[].LFTags[].TagValues[]', contains: 'pii' },
          ],
        },
      },
      hints: ['Drag the tag onto the line, or select the line and use Assign tag.'],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'AddLFTagsToResource',
          input: {
            Resource: { Database: { Name: 'sales' } },
            LFTags: [{ TagKey: 'sensitivity', TagValues: ['internal'] }],
          },
        },
        {
          service: 'lakeformation',
          operation: 'AddLFTagsToResource',
          input: {
            Resource: {
              TableWithColumns: {
                DatabaseName: 'sales',
                Name: 'orders',
                ColumnNames: ['customer_email'],
              },
            },
            LFTags: [{ TagKey: 'sensitivity', TagValues: ['pii'] }],
          },
        },
      ],
      explanation:
        'Every table and column of sales inherits sensitivity=internal; customer_email overrides it with pii — the playground highlights the override.',
    },
    {
      id: 'tag-expression-grant',
      title: 'Grant by tag expression',
      instructions:
        'Grant **analyst** SELECT and DESCRIBE on **Resources matched by LF-Tags** (tables): `sensitivity` = `internal` or `public`.',
      check: {
        read: listPermissionsOf('analyst'),
        expect: {
          path: 'PrincipalResourcePermissions[].Resource.LFTagPolicy.ResourceType',
          contains: 'TABLE',
        },
      },
      goal: {
        title: 'Lake Formation permissions of analyst',
        read: listPermissionsOf('analyst'),
        show: {
          path: 'PrincipalResourcePermissions',
          columns: ['Resource', 'Permissions', 'PermissionsWithGrantOption'],
        },
      },
      hints: ['Leave out pii: columns tagged pii then stay hidden.'],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          input: {
            Principal: user('analyst'),
            Resource: {
              LFTagPolicy: {
                ResourceType: 'TABLE',
                Expression: [{ TagKey: 'sensitivity', TagValues: ['internal', 'public'] }],
              },
            },
            Permissions: ['SELECT', 'DESCRIBE'],
          },
        },
      ],
      explanation:
        "One grant covers every table whose tags match, today and tomorrow. The analyst reads sales.orders without customer_email: the column's own pii value does not match.",
    },
    {
      id: 'row-filter',
      title: 'Rows only: a row filter',
      instructions:
        "Under **Data filters**, create `us_orders` on `sales.orders` with row filter `region = 'US'` and **All columns**. Grant **hr-partner** SELECT on it: the HR partner may see the US orders (every column), nothing else of sales.",
      check: {
        read: listPermissionsOf('hr-partner'),
        expect: {
          path: 'PrincipalResourcePermissions[].Resource.DataCellsFilter.Name',
          contains: 'us_orders',
        },
      },
      hints: ['A row filter with **All columns** is row-level security; the columns stay whole.'],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'CreateDataCellsFilter',
          input: {
            TableData: {
              TableCatalogId: ACCOUNT,
              DatabaseName: 'sales',
              TableName: 'orders',
              Name: 'us_orders',
              RowFilter: { FilterExpression: "region = 'US'" },
              ColumnWildcard: {},
            },
          },
        },
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          input: {
            Principal: user('hr-partner'),
            Resource: {
              DataCellsFilter: {
                TableCatalogId: ACCOUNT,
                DatabaseName: 'sales',
                TableName: 'orders',
                Name: 'us_orders',
              },
            },
            Permissions: ['SELECT'],
          },
        },
      ],
      explanation:
        'Row-level security: a query by the HR partner returns only rows where region is US; the filter runs before any SQL, so no clever query can reach the other rows.',
    },
    {
      id: 'cell-filter',
      title: 'Rows and cells: a data filter',
      instructions:
        "Under **Data filters**, create `eu_orders` on `sales.orders`: row filter `region = 'EU'`, **Exclude columns** `customer_email`. Then grant **auditor** SELECT on it.",
      check: {
        read: listPermissionsOf('auditor'),
        expect: {
          path: 'PrincipalResourcePermissions[].Resource.DataCellsFilter.Name',
          contains: 'eu_orders',
        },
      },
      hints: ['Create the filter first; in the Grant dialog choose the resource **Data filter**.'],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'CreateDataCellsFilter',
          input: {
            TableData: {
              TableCatalogId: ACCOUNT,
              DatabaseName: 'sales',
              TableName: 'orders',
              Name: 'eu_orders',
              RowFilter: { FilterExpression: "region = 'EU'" },
              ColumnWildcard: { ExcludedColumnNames: ['customer_email'] },
            },
          },
        },
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          input: {
            Principal: user('auditor'),
            Resource: {
              DataCellsFilter: {
                TableCatalogId: ACCOUNT,
                DatabaseName: 'sales',
                TableName: 'orders',
                Name: 'eu_orders',
              },
            },
            Permissions: ['SELECT'],
          },
        },
      ],
      explanation:
        'A row filter plus a column restriction is cell-level security: the auditor sees EU orders only, without the email column.',
    },
    {
      id: 'grant-option',
      title: 'Delegate with the grant option',
      instructions:
        'Grant **data-engineer** SELECT on `sales.customers` with SELECT **grantable**. Then, acting as data-engineer, grant **hr-partner** SELECT on the same table.',
      check: {
        read: listPermissionsOf('hr-partner'),
        expect: {
          path: 'PrincipalResourcePermissions[].Resource.Table.Name',
          contains: 'customers',
        },
      },
      hints: ["Without the grant option, data-engineer's grant fails with AccessDeniedException."],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          input: {
            Principal: user('data-engineer'),
            Resource: { Table: { DatabaseName: 'sales', Name: 'customers' } },
            Permissions: ['SELECT'],
            PermissionsWithGrantOption: ['SELECT'],
          },
        },
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          principal: 'data-engineer',
          input: {
            Principal: user('hr-partner'),
            Resource: { Table: { DatabaseName: 'sales', Name: 'customers' } },
            Permissions: ['SELECT'],
          },
        },
      ],
      explanation:
        'Only an administrator or a holder of the grant option may grant. Data lake administrators keep the power to grant anything; the grant option hands a slice of it to others.',
    },
  ],
};
