import { athenaReadyOps, runQuery, succeededQuery } from './athenaLab';

const CONNECTOR = 'arn:aws:lambda:us-east-1:111122223333:function:athena-dynamodb-connector';
const JOIN = `SELECT p.loyalty_tier, c.country, count(*) AS customers
FROM "dynamo"."default"."customer_profiles" p
JOIN customers c ON c.id = p.customer_id
GROUP BY 1, 2 ORDER BY customers DESC LIMIT 10`;

/** Module 2: federated query joins a DynamoDB table with S3 data. */
export const athenaFederated = {
  id: 'athena-federated-query',
  module: 2,
  title: 'Federated query',
  summary: 'Register a DynamoDB connector as a data catalog and join its table with the lake.',
  objectives: [
    'Register a Lambda-based data source connector as an Athena data catalog',
    'Name tables as "catalog"."database"."table"',
    'Join operational data with data in S3 without copying it',
  ],
  setup: { scenario: 'sample-data', operations: athenaReadyOps },
  steps: [
    {
      id: 'catalog',
      title: 'Register the DynamoDB connector',
      instructions: `In the terminal, register the connector's Lambda function as a data catalog named \`dynamo\`:\n\n\`aws athena create-data-catalog --name dynamo --type LAMBDA --parameters function=${CONNECTOR}\``,
      check: {
        read: { service: 'athena', operation: 'ListDataCatalogs' },
        expect: {
          path: 'DataCatalogsSummary',
          some: {
            all: [
              { path: 'CatalogName', equals: 'dynamo' },
              { path: 'Type', equals: 'LAMBDA' },
            ],
          },
        },
      },
      hints: [
        'In AWS you would first deploy the connector from the Serverless Application Repository; LakeLab simulates it.',
      ],
      showMe: [
        {
          service: 'athena',
          operation: 'CreateDataCatalog',
          input: { Name: 'dynamo', Type: 'LAMBDA', Parameters: { function: CONNECTOR } },
        },
      ],
      explanation:
        'A connector is a Lambda function that lists and reads another store for Athena. Registering it gives it a catalog name.',
    },
    {
      id: 'peek',
      title: 'Read the DynamoDB table',
      instructions:
        'Choose the **dynamo** data source in the editor, or run `SELECT * FROM "dynamo"."default"."customer_profiles" LIMIT 10`.',
      check: succeededQuery(['"dynamo"', 'customer_profiles']),
      hints: ['Three-part names: catalog, database (schema), table.'],
      showMe: [runQuery('SELECT * FROM "dynamo"."default"."customer_profiles" LIMIT 10')],
      explanation: 'The rows came from the connector, not from S3: no crawler, no copy.',
    },
    {
      id: 'join',
      title: 'Join with the lake',
      instructions: `Run:\n\n\`\`\`sql\n${JOIN}\n\`\`\``,
      check: succeededQuery(['customer_profiles', 'JOIN customers']),
      hints: [
        '`customers` is the S3 table in the `shop` database; the DynamoDB table is fully qualified.',
      ],
      showMe: [runQuery(JOIN)],
      explanation:
        'One SQL statement joined live operational data (loyalty tiers in DynamoDB) with historical data in the lake (customers in S3). Federated queries are billed for the bytes the connector returns, and are slower than S3 scans — use them to explore and to join, and land hot data in the lake when you query it often.',
    },
  ],
};
