import { describe, expect, it } from 'vitest';
import { testTerminal } from '../cli/testTerminal';

describe('the terminal speaks DataSync, Transfer Family and AppFlow', () => {
  it('creates an SFTP server and user and lists them', async () => {
    const t = testTerminal();
    const created = JSON.parse(
      await t.ok(
        'aws s3 mb s3://partner-drop',
        'aws transfer create-server --protocols SFTP --identity-provider-type SERVICE_MANAGED',
      ),
    ) as { ServerId: string };
    await t.ok(
      `aws transfer create-user --server-id ${created.ServerId} --user-name acme --role arn:aws:iam::111122223333:role/PartnerAccess --home-directory /partner-drop/acme`,
    );
    const users = JSON.parse(
      await t.ok(`aws transfer list-users --server-id ${created.ServerId}`),
    ) as {
      Users: { UserName: string }[];
    };
    expect(users.Users.map((u) => u.UserName)).toEqual(['acme']);
  });

  it('creates a DataSync agent and NFS location with shorthand arguments', async () => {
    const t = testTerminal();
    const agent = JSON.parse(
      await t.ok('aws datasync create-agent --activation-key AAAAA-BBBBB-CCCCC-DDDDD-EEEEE'),
    ) as {
      AgentArn: string;
    };
    await t.ok(
      `aws datasync create-location-nfs --server-hostname nas.corp.internal --subdirectory /exports/sales --on-prem-config AgentArns=${agent.AgentArn}`,
    );
    const out = JSON.parse(await t.ok('aws datasync list-locations')) as {
      Locations: { LocationUri: string }[];
    };
    expect(out.Locations[0]?.LocationUri).toBe('nfs://nas.corp.internal/exports/sales/');
  });

  it('lists AppFlow flows (none yet)', async () => {
    const t = testTerminal();
    expect(JSON.parse(await t.ok('aws appflow list-flows'))).toEqual({ flows: [] });
  });
});
