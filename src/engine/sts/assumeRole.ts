import type { AssumeRoleRequest } from '@aws-sdk/client-sts';
import type { OperationContext, OperationDef } from '../core/operations';
import { findByName } from '../iam/entities';
import { secretKey, uniqueId } from '../iam/names';
import { parseTrustPolicy, trustAllows } from '../iam/trustPolicy';
import type { IamRole, IamRoleSession } from '../iam/state';
import { stsAccessDenied, stsValidationError } from './errors';

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]+)$/;
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function notAuthorized(ctx: OperationContext, roleArn: string) {
  return stsAccessDenied(
    `User: ${ctx.principal.callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
  );
}

// STS: RoleSessionName is 2–64 characters of [\w+=,.@-]; DurationSeconds 900 up to the role's MaxSessionDuration.
function checkInput(
  input: AssumeRoleRequest,
  role: IamRole | undefined,
): { session: string; seconds: number } {
  const session = input.RoleSessionName ?? '';
  if (session.length < 2 || session.length > 64 || !/^[\w+=,.@-]+$/.test(session))
    throw stsValidationError(
      `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64`,
    );
  const seconds = input.DurationSeconds === undefined ? 3600 : Number(input.DurationSeconds);
  const max = role?.MaxSessionDuration ?? 3600;
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > Math.max(max, 900))
    throw stsValidationError(
      `The requested DurationSeconds exceeds the MaxSessionDuration set for this role (${max} seconds); use 900 to ${max}.`,
    );
  return { session, seconds };
}

/** Expired sessions can never sign again: drop them so saved labs do not grow. */
function forgetExpired(
  sessions: Record<string, IamRoleSession>,
  now: number,
): Record<string, IamRoleSession> {
  return Object.fromEntries(Object.entries(sessions).filter(([, s]) => s.Expiration > now));
}

function roleFor(ctx: OperationContext, roleArn: string): IamRole | undefined {
  const match = ROLE_ARN.exec(roleArn);
  if (!match) return undefined;
  const account = ctx.world.iam.accounts[match[1]!];
  const role = account ? findByName(account.roles, match[2]!) : undefined;
  return role?.Arn === roleArn ? role : undefined;
}

/**
 * STS AssumeRole. The role's trust policy must allow the caller; unless it names the
 * caller's own ARN in the same account, an identity policy must allow sts:AssumeRole too
 * (IAM policy evaluation: within one account, either policy type can grant access to a principal named by ARN).
 */
export const AssumeRole: OperationDef<AssumeRoleRequest> = {
  authorize: () => [],
  run(input, ctx) {
    const roleArn = input.RoleArn ?? '';
    if (roleArn.length < 20)
      throw stsValidationError(
        `1 validation error detected: Value '${roleArn}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`,
      );
    const role = roleFor(ctx, roleArn);
    const { session, seconds } = checkInput(input, role);
    if (!role) throw notAuthorized(ctx, roleArn);
    const trust = parseTrustPolicy(role.AssumeRolePolicyDocument);
    if (!trustAllows(trust, ctx.principal)) throw notAuthorized(ctx, roleArn);
    const namedDirectly = trustAllows(trust, { ...ctx.principal, accountId: '-' });
    const sameAccount = role.Arn.split(':')[4] === ctx.principal.accountId;
    if (
      !(sameAccount && namedDirectly) &&
      !ctx.isAllowed({ action: 'sts:AssumeRole', resource: roleArn })
    )
      throw notAuthorized(ctx, roleArn);
    const accountId = role.Arn.split(':')[4]!;
    const credentials: IamRoleSession = {
      AccessKeyId: uniqueId(ctx, 'ASIA'),
      SecretAccessKey: secretKey(ctx),
      SessionToken:
        'IQoJb3JpZ2luX2VjE' +
        Array.from(
          { length: 300 },
          () => TOKEN_ALPHABET[ctx.rng.int(0, TOKEN_ALPHABET.length)],
        ).join(''),
      Expiration: ctx.now + seconds * 1000,
      accountId,
      RoleName: role.RoleName,
      RoleSessionName: session,
    };
    ctx.world.iam.sessions = forgetExpired(ctx.world.iam.sessions ?? {}, ctx.now);
    ctx.world.iam.sessions[credentials.AccessKeyId] = credentials;
    return {
      Credentials: {
        AccessKeyId: credentials.AccessKeyId,
        SecretAccessKey: credentials.SecretAccessKey,
        SessionToken: credentials.SessionToken,
        Expiration: new Date(credentials.Expiration),
      },
      AssumedRoleUser: {
        AssumedRoleId: `${role.RoleId}:${session}`,
        Arn: `arn:aws:sts::${accountId}:assumed-role/${role.RoleName}/${session}`,
      },
      PackedPolicySize: 0,
    };
  },
};
