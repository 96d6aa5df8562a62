import {
  CreateServerCommand,
  CreateUserCommand,
  DeleteSshPublicKeyCommand,
  DeleteUserCommand,
  DescribeServerCommand,
  DescribeUserCommand,
  ImportSshPublicKeyCommand,
  ListServersCommand,
  ListTagsForResourceCommand,
  ListUsersCommand,
  TagResourceCommand,
  TransferClient,
  UntagResourceCommand,
  UpdateServerCommand,
  UpdateUserCommand,
} from '@aws-sdk/client-transfer';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

const ROLE = 'arn:aws:iam::111122223333:role/PartnerAccess';
const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3bXlwYXJ0bmVya2V5Zm9yc2Z0cHVwbG9hZHM= acme@partner';

async function client() {
  const lake = new TestLake();
  const transfer = new TransferClient(lake.engine.sdkConfig());
  const { ServerId } = await transfer.send(new CreateServerCommand({}));
  return { lake, transfer, ServerId: ServerId! };
}

describe('Transfer Family API rules through the real SDK client', () => {
  // API_DescribeServer errors: ResourceNotFoundException names the Resource and its ResourceType.
  it('answers an unknown server or user with ResourceNotFoundException, Resource and ResourceType', async () => {
    const { transfer, ServerId } = await client();
    await expect(
      transfer.send(new DescribeServerCommand({ ServerId: 's-0123456789abcdef0' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      Resource: 's-0123456789abcdef0',
      ResourceType: 'Server',
    });
    await expect(
      transfer.send(new DeleteUserCommand({ ServerId, UserName: 'nobody' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      Resource: 'nobody',
      ResourceType: 'User',
    });
  });

  // API_CreateUser errors: a second user of the same name is ResourceExistsException.
  it('refuses a duplicate user with ResourceExistsException', async () => {
    const { transfer, ServerId } = await client();
    await transfer.send(new CreateUserCommand({ ServerId, UserName: 'acme', Role: ROLE }));
    await expect(
      transfer.send(new CreateUserCommand({ ServerId, UserName: 'acme', Role: ROLE })),
    ).rejects.toMatchObject({
      name: 'ResourceExistsException',
      Resource: 'acme',
      ResourceType: 'User',
    });
  });

  // API_ListServers: MaxResults and NextToken page the list; an unknown token is InvalidNextTokenException.
  it('pages ListServers and ListUsers', async () => {
    const { transfer } = await client();
    await transfer.send(new CreateServerCommand({}));
    const first = await transfer.send(new ListServersCommand({ MaxResults: 1 }));
    expect(first.Servers).toHaveLength(1);
    expect(first.NextToken).toBeDefined();
    const second = await transfer.send(
      new ListServersCommand({ MaxResults: 1, NextToken: first.NextToken }),
    );
    expect(second.Servers).toHaveLength(1);
    expect(second.Servers![0]!.ServerId).not.toBe(first.Servers![0]!.ServerId);
    expect(second.NextToken).toBeUndefined();
    await expect(
      transfer.send(new ListServersCommand({ NextToken: 'bogus' })),
    ).rejects.toMatchObject({ name: 'InvalidNextTokenException' });
    const users = await transfer.send(
      new ListUsersCommand({ ServerId: first.Servers![0]!.ServerId }),
    );
    expect(users.Users).toEqual([]);
  });

  // API_CreateUser SshPublicKeyBody, API_ImportSshPublicKey, API_DeleteSshPublicKey.
  it('keeps user SSH public keys with key- ids and import dates', async () => {
    const { transfer, ServerId } = await client();
    await transfer.send(
      new CreateUserCommand({ ServerId, UserName: 'acme', Role: ROLE, SshPublicKeyBody: KEY }),
    );
    const { User } = await transfer.send(new DescribeUserCommand({ ServerId, UserName: 'acme' }));
    expect(User?.SshPublicKeys).toHaveLength(1);
    expect(User!.SshPublicKeys![0]!.SshPublicKeyId).toMatch(/^key-[0-9a-f]{17}$/);
    expect(User!.SshPublicKeys![0]!.DateImported).toBeInstanceOf(Date);
    const imported = await transfer.send(
      new ImportSshPublicKeyCommand({
        ServerId,
        UserName: 'acme',
        SshPublicKeyBody: KEY.replace('IHk3', 'IHk4'),
      }),
    );
    expect(imported).toMatchObject({ ServerId, UserName: 'acme' });
    const listed = await transfer.send(new ListUsersCommand({ ServerId }));
    expect(listed.Users![0]!.SshPublicKeyCount).toBe(2);
    await transfer.send(
      new DeleteSshPublicKeyCommand({
        ServerId,
        UserName: 'acme',
        SshPublicKeyId: imported.SshPublicKeyId,
      }),
    );
    await expect(
      transfer.send(
        new ImportSshPublicKeyCommand({
          ServerId,
          UserName: 'acme',
          SshPublicKeyBody: 'not a key',
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidRequestException' });
  });

  // API_TagResource, API_UntagResource, API_ListTagsForResource; CreateServer Tags show in DescribeServer.
  it('tags servers at creation and through TagResource', async () => {
    const { transfer } = await client();
    const { ServerId } = await transfer.send(
      new CreateServerCommand({ Tags: [{ Key: 'team', Value: 'ingest' }] }),
    );
    const { Server } = await transfer.send(new DescribeServerCommand({ ServerId }));
    expect(Server?.Tags).toEqual([{ Key: 'team', Value: 'ingest' }]);
    expect(Server).toMatchObject({
      Protocols: ['SFTP'],
      IdentityProviderType: 'SERVICE_MANAGED',
      EndpointType: 'PUBLIC',
      Domain: 'S3',
      UserCount: 0,
    });
    await transfer.send(
      new TagResourceCommand({ Arn: Server!.Arn, Tags: [{ Key: 'env', Value: 'lab' }] }),
    );
    await transfer.send(new UntagResourceCommand({ Arn: Server!.Arn, TagKeys: ['team'] }));
    const tags = await transfer.send(new ListTagsForResourceCommand({ Arn: Server!.Arn }));
    expect(tags).toMatchObject({ Arn: Server!.Arn, Tags: [{ Key: 'env', Value: 'lab' }] });
  });

  // API_UpdateServer returns the ServerId; DescribeServer shows the new security policy.
  it('updates the security policy with UpdateServer', async () => {
    const { transfer, ServerId } = await client();
    expect(
      (await transfer.send(new DescribeServerCommand({ ServerId }))).Server?.SecurityPolicyName,
    ).toBe('TransferSecurityPolicy-2018-11');
    const out = await transfer.send(
      new UpdateServerCommand({ ServerId, SecurityPolicyName: 'TransferSecurityPolicy-2024-01' }),
    );
    expect(out.ServerId).toBe(ServerId);
    const { Server } = await transfer.send(new DescribeServerCommand({ ServerId }));
    expect(Server?.SecurityPolicyName).toBe('TransferSecurityPolicy-2024-01');
    await expect(
      transfer.send(new UpdateServerCommand({ ServerId: 's-0123456789abcdef0' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  // API_CreateUser Policy: a session policy, shown by DescribeUser.
  it('keeps a user session policy', async () => {
    const { transfer, ServerId } = await client();
    const Policy = JSON.stringify({ Version: '2012-10-17', Statement: [] });
    await transfer.send(new CreateUserCommand({ ServerId, UserName: 'acme', Role: ROLE, Policy }));
    expect(
      (await transfer.send(new DescribeUserCommand({ ServerId, UserName: 'acme' }))).User?.Policy,
    ).toBe(Policy);
    const updated = await transfer.send(
      new UpdateUserCommand({ ServerId, UserName: 'acme', HomeDirectory: '/partner-drop/acme' }),
    );
    expect(updated).toMatchObject({ ServerId, UserName: 'acme' });
  });
});
