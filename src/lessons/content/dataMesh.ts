import { hrSalesLakeOps } from '../../scenarios/hrSalesLake';
import type { Lesson } from '../schema';
import { succeededQuery } from './athenaLab';

const ACCOUNT = '111122223333';
const user = (name: string) => ({
  DataLakePrincipalIdentifier: `arn:aws:iam::${ACCOUNT}:user/${name}`,
});
const OWNER = 'data-engineer';
const CONSUMER = 'analyst';
const QUESTION =
  'SELECT region, count(*) AS orders, round(sum(total), 2) AS revenue FROM orders GROUP BY region';

// The HR & sales lake with no LF-Tags, filters or grants yet: the lesson hands the sales domain to its owner.
const LEFT_OUT = new Set([
  'CreateLFTag',
  'AddLFTagsToResource',
  'GrantPermissions',
  'CreateDataCellsFilter',
]);

const permissionsOf = (name: string) => ({
  service: 'lakeformation',
  operation: 'ListPermissions',
  input: { Principal: user(name) },
});

const ordersProduct = {
  TableWithColumns: {
    DatabaseName: 'sales',
    Name: 'orders',
    ColumnWildcard: { ExcludedColumnNames: ['customer_email'] },
  },
};

/** Module 6: a data mesh in miniature — a domain owns its data, publishes a product, and stays in control. */
export const dataMesh: Lesson = {
  id: 'data-mesh-domains',
  module: 6,
  title: 'Data mesh: a domain owns and shares its data',
  summary:
    'Hand the sales database to its domain owner, let them publish a data product to a consumer, and watch them take it back — all with Lake Formation grants.',
  objectives: [
    'Delegate a domain’s tables to its owner with the grant option',
    'Publish a data product (a table without its PII column) to a consumer',
    'Consume the product with Athena, as the consumer',
    'Revoke access as the owner, without the central team',
  ],
  setup: {
    scenario: 'empty',
    operations: hrSalesLakeOps(ACCOUNT).filter((op) => !LEFT_OUT.has(op.operation)),
  },
  steps: [
    {
      id: 'delegate-domain',
      title: 'Hand the sales domain to its owner',
      instructions: `The lake has two domains, \`hr\` and \`sales\`, under Lake Formation control, and nobody but you (the data lake administrator) may read their tables yet. In **Lake Formation → Data permissions**, choose **Grant**: principal **${OWNER}**, resource **Table**, database \`sales\`, table **All tables**, permissions SELECT and DESCRIBE — and tick both again under **Grantable permissions**.`,
      check: {
        read: permissionsOf(OWNER),
        expect: {
          path: 'PrincipalResourcePermissions',
          some: {
            all: [
              { path: 'Resource.Table.DatabaseName', equals: 'sales' },
              { path: 'Resource.Table.TableWildcard', exists: true },
              { path: 'PermissionsWithGrantOption', contains: 'SELECT' },
            ],
          },
        },
      },
      hints: [
        '**All tables** is the table wildcard: it also covers tables the domain adds later.',
        'Grantable permissions are the grant option: the owner may pass them on.',
      ],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          input: {
            Principal: user(OWNER),
            Resource: { Table: { DatabaseName: 'sales', TableWildcard: {} } },
            Permissions: ['SELECT', 'DESCRIBE'],
            PermissionsWithGrantOption: ['SELECT', 'DESCRIBE'],
          },
        },
      ],
      explanation:
        'The central team did one thing: it gave the sales domain’s owner control of the sales tables. Why it matters: in a data mesh each domain owns its data as a product — it knows the data best — while the platform team keeps one governance layer for everyone.',
    },
    {
      id: 'publish-product',
      title: 'The owner publishes a data product',
      instructions: `Switch the principal to **${OWNER}** (top bar). Grant **${CONSUMER}** SELECT on \`sales.orders\`, **Exclude columns**: \`customer_email\` — the product the sales domain offers others, without its personal data.`,
      check: {
        read: permissionsOf(CONSUMER),
        expect: {
          path: 'PrincipalResourcePermissions[].Resource.TableWithColumns.ColumnWildcard.ExcludedColumnNames[]',
          contains: 'customer_email',
        },
      },
      hints: [
        'The console and the terminal act as the principal signed in (top bar): LakeLab ignores `--profile`.',
        'Without the grant option from step 1, this grant fails with AccessDeniedException.',
      ],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          principal: OWNER,
          input: { Principal: user(CONSUMER), Resource: ordersProduct, Permissions: ['SELECT'] },
        },
      ],
      explanation:
        'The grant came from the domain, not from the central administrator. Why it matters: producers publish and consumers subscribe without a ticket to a central team, and the product’s shape (no customer_email) is the producer’s decision.',
    },
    {
      id: 'consume',
      title: 'The consumer queries the product',
      instructions: `Switch to **${CONSUMER}**, choose database \`sales\` in the Athena query editor and run:\n\n\`${QUESTION}\``,
      check: succeededQuery(
        ['FROM orders'],
        [{ path: 'Principal', equals: `arn:aws:iam::${ACCOUNT}:user/${CONSUMER}` }],
      ),
      hints: [
        '`SELECT *` works too — and returns every column but customer_email.',
        'The table list shows only `orders`: the consumer sees nothing else of the lake.',
      ],
      showMe: [
        {
          service: 'lab',
          operation: 'RunQuery',
          principal: CONSUMER,
          input: { QueryString: QUESTION, Database: 'sales' },
        },
      ],
      explanation:
        'The consumer read the product in place: no copy, no export, the same S3 files the producer maintains. Why it matters: everyone reads one governed copy, so there is no drift between teams’ versions of “orders”.',
    },
    {
      id: 'owner-revokes',
      title: 'The owner stays in control',
      instructions: `Switch back to **${OWNER}** and revoke the grant you gave **${CONSUMER}** (Lake Formation → Data permissions → select it → **Revoke**).`,
      check: {
        read: permissionsOf(CONSUMER),
        expect: { path: 'PrincipalResourcePermissions', length: { equals: 0 } },
      },
      hints: ['Revoke takes the same principal, resource and permissions as the grant.'],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'RevokePermissions',
          principal: OWNER,
          input: { Principal: user(CONSUMER), Resource: ordersProduct, Permissions: ['SELECT'] },
        },
      ],
      explanation:
        'The consumer’s next query is refused: the owner withdrew the product without asking anyone. Why it matters: ownership includes taking access back. On AWS, domains usually live in separate accounts, and the same grants share tables across accounts (Lake Formation with AWS RAM, consumed through resource links) — LakeLab runs one account, so two users stand in for the producer and consumer accounts; cross-account sharing is not simulated yet.',
    },
  ],
};
