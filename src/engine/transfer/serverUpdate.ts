import type { UpdateServerRequest } from '@aws-sdk/client-transfer';
import type { OperationDef } from '../core/operations';
import { checkEndpointType, invalidRequest, serverOf } from './servers';

/** UpdateServer changes a server's settings and answers with its ServerId (API_UpdateServer). */
export const UpdateServer: OperationDef<UpdateServerRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    checkEndpointType(input.EndpointType);
    if (input.Protocols !== undefined) {
      // SERVICE_MANAGED users authenticate over SFTP only: FTP and FTPS need a custom identity provider.
      if (input.Protocols.length === 0 || input.Protocols.some((p) => p !== 'SFTP'))
        throw invalidRequest(
          'A server whose IdentityProviderType is SERVICE_MANAGED supports only the SFTP protocol.',
        );
      server.Protocols = input.Protocols;
    }
    if (input.SecurityPolicyName !== undefined) {
      if (!/^TransferSecurityPolicy-[A-Za-z0-9-]+$/.test(input.SecurityPolicyName))
        throw invalidRequest(`Unknown security policy ${input.SecurityPolicyName}.`);
      server.SecurityPolicyName = input.SecurityPolicyName;
    }
    return { ServerId: server.ServerId };
  },
};
