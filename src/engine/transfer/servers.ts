import type {
  CreateServerRequest,
  DeleteServerRequest,
  DescribeServerRequest,
  ListServersRequest,
  StartServerRequest,
  StopServerRequest,
} from '@aws-sdk/client-transfer';
import { AwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import { PARTNER_TICK_EVENT, STATE_EVENT, type ServerEventData } from './events';
import { page } from './paging';
import { mergeTags } from './tags';
import { transferState, type StoredServer } from './state';

/** Transfer Family: a new or started server takes a couple of minutes to come ONLINE (API State). */
export const STARTING_MS = 2 * 60_000;
export const STOPPING_MS = 60_000;

export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequestException', message);
}

/** ResourceNotFoundException carries Message, Resource and ResourceType (API_DescribeServer errors; the SDK's exception shape). */
export function notFound(resource: string, type: 'Server' | 'User' | 'SshPublicKey'): AwsError {
  return new AwsError('ResourceNotFoundException', `Unknown ${type.toLowerCase()}`, {
    details: { Resource: resource, ResourceType: type },
  });
}

/** ResourceExistsException carries Message, Resource and ResourceType, like ResourceNotFoundException. */
export function exists(resource: string, type: 'User' | 'SshPublicKey', message: string): AwsError {
  return new AwsError('ResourceExistsException', message, {
    details: { Resource: resource, ResourceType: type },
  });
}

export function serverOf(ctx: OperationContext, serverId: string | undefined): StoredServer {
  if (!serverId)
    throw invalidRequest(
      "1 validation error detected: Value null at 'serverId' failed to satisfy constraint: Member must not be null",
    );
  const server = transferState(ctx.world).servers[serverId];
  if (!server) throw notFound(serverId, 'Server');
  return server;
}

function toState(
  ctx: OperationContext,
  server: StoredServer,
  state: 'STARTING' | 'STOPPING',
  ms: number,
): void {
  server.State = state;
  ctx.clock.schedule(ctx.now + ms, STATE_EVENT, {
    ServerId: server.ServerId,
  } satisfies ServerEventData);
}

/** LakeLab simulates the PUBLIC endpoint type only (the default, API_CreateServer EndpointType). */
export function checkEndpointType(type: string | undefined): void {
  if ((type ?? 'PUBLIC') !== 'PUBLIC')
    throw invalidRequest(
      `LakeLab simulates PUBLIC endpoints only; a ${type} endpoint would need EndpointDetails (VPC, subnets, security groups).`,
    );
}

export const CreateServer: OperationDef<CreateServerRequest> = {
  run(input, ctx) {
    const Protocols = input.Protocols ?? ['SFTP'];
    const idp = input.IdentityProviderType ?? 'SERVICE_MANAGED';
    // CreateServer: FTP and FTPS need a custom identity provider, not SERVICE_MANAGED (API_CreateServer, Protocols).
    if (idp === 'SERVICE_MANAGED' && Protocols.some((p) => p === 'FTP' || p === 'FTPS'))
      throw invalidRequest(
        'FTP and FTPS servers need a custom identity provider; SERVICE_MANAGED users can only use SFTP.',
      );
    if (idp !== 'SERVICE_MANAGED' || Protocols.some((p) => p !== 'SFTP'))
      throw invalidRequest('LakeLab simulates SFTP servers with SERVICE_MANAGED users.');
    if ((input.Domain ?? 'S3') !== 'S3')
      throw invalidRequest('LakeLab simulates servers whose Domain is S3.');
    checkEndpointType(input.EndpointType);
    const ServerId = `s-${ctx.nextId('transfer:server').toString(16).padStart(17, '0')}`;
    const server: StoredServer = {
      ServerId,
      Arn: serviceArn('transfer', ctx.principal.accountId, `server/${ServerId}`, ctx.region),
      Protocols,
      Domain: 'S3',
      IdentityProviderType: 'SERVICE_MANAGED',
      EndpointType: 'PUBLIC',
      State: 'STARTING',
      CreatedAt: ctx.now,
      users: {},
      // CreateServer: SecurityPolicyName defaults to TransferSecurityPolicy-2018-11.
      SecurityPolicyName: input.SecurityPolicyName ?? 'TransferSecurityPolicy-2018-11',
      ...(input.Tags?.length ? { Tags: mergeTags([], input.Tags) } : {}),
      bytesUploaded: 0,
      filesUploaded: 0,
    };
    transferState(ctx.world).servers[ServerId] = server;
    toState(ctx, server, 'STARTING', STARTING_MS);
    return { ServerId };
  },
};

export const DescribeServer: OperationDef<DescribeServerRequest> = {
  run(input, ctx) {
    const s = serverOf(ctx, input.ServerId);
    return {
      Server: {
        Arn: s.Arn,
        ServerId: s.ServerId,
        Domain: s.Domain,
        EndpointType: s.EndpointType,
        IdentityProviderType: s.IdentityProviderType,
        Protocols: s.Protocols,
        State: s.State,
        UserCount: Object.keys(s.users).length,
        SecurityPolicyName: s.SecurityPolicyName ?? 'TransferSecurityPolicy-2018-11',
        ...(s.Tags?.length ? { Tags: s.Tags } : {}),
      },
    };
  },
};

export const ListServers: OperationDef<ListServersRequest> = {
  run(input, ctx) {
    const all = Object.values(transferState(ctx.world).servers).map((s) => ({
      Arn: s.Arn,
      ServerId: s.ServerId,
      Domain: s.Domain,
      EndpointType: s.EndpointType,
      IdentityProviderType: s.IdentityProviderType,
      State: s.State,
      UserCount: Object.keys(s.users).length,
    }));
    const { page: Servers, NextToken } = page(all, input);
    return { Servers, NextToken };
  },
};

export const StartServer: OperationDef<StartServerRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    // StartServer changes OFFLINE to ONLINE; it has no effect on a server already ONLINE.
    if (server.State === 'OFFLINE' || server.State === 'START_FAILED')
      toState(ctx, server, 'STARTING', STARTING_MS);
    return {};
  },
};

export const StopServer: OperationDef<StopServerRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    // Stopping does not stop endpoint billing; only deleting the server does (API_StopServer).
    if (server.State === 'ONLINE' || server.State === 'STOP_FAILED')
      toState(ctx, server, 'STOPPING', STOPPING_MS);
    return {};
  },
};

export const DeleteServer: OperationDef<DeleteServerRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    ctx.clock.cancel(
      (e) =>
        (e.kind === STATE_EVENT || e.kind === PARTNER_TICK_EVENT) &&
        (e.data as ServerEventData).ServerId === server.ServerId,
    );
    Reflect.deleteProperty(transferState(ctx.world).servers, server.ServerId);
    return {};
  },
};
