import type { GetCallerIdentityRequest, GetCallerIdentityResponse } from '@aws-sdk/client-sts';
import type { OperationDef } from '../core/operations';

/** STS GetCallerIdentity needs no permission: even an explicit deny cannot block it. */
export const GetCallerIdentity: OperationDef<GetCallerIdentityRequest, GetCallerIdentityResponse> =
  {
    readOnly: true,
    authorize: () => [],
    run(_input, ctx) {
      const { principal } = ctx;
      const account = ctx.world.iam.accounts[principal.accountId];
      // STS: UserId is the user's unique id, or `RoleId:RoleSessionName` for an assumed role.
      const UserId =
        principal.type === 'user'
          ? (account?.users[principal.name]?.UserId ?? principal.name)
          : `${account?.roles[principal.name]?.RoleId ?? principal.name}:${principal.callerArn.split('/').pop() ?? ''}`;
      return { UserId, Account: principal.accountId, Arn: principal.callerArn };
    },
  };
