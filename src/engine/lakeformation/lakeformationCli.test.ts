import { describe, expect, it } from 'vitest';
import { testTerminal } from '../cli/testTerminal';

describe('Lake Formation in the terminal', () => {
  it('grants and lists permissions with aws lakeformation commands', async () => {
    const { ok } = testTerminal();
    await ok(
      'aws glue create-database --database-input Name=shop',
      `aws glue create-table --database-name shop --table-input '{"Name":"orders","StorageDescriptor":{"Columns":[{"Name":"id","Type":"int"}]}}'`,
      `aws lakeformation grant-permissions --principal DataLakePrincipalIdentifier=111122223333 --permissions SELECT --resource '{"Table":{"DatabaseName":"shop","Name":"orders"}}'`,
    );
    const listed = JSON.parse(
      await ok(
        'aws lakeformation list-permissions --principal DataLakePrincipalIdentifier=111122223333',
      ),
    ) as {
      PrincipalResourcePermissions: Array<{ Permissions: string[] }>;
    };
    expect(listed.PrincipalResourcePermissions.map((p) => p.Permissions)).toEqual([['SELECT']]);
  });
});
