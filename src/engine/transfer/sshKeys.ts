import type {
  DeleteSshPublicKeyRequest,
  ImportSshPublicKeyRequest,
} from '@aws-sdk/client-transfer';
import type { OperationContext, OperationDef } from '../core/operations';
import { exists, invalidRequest, notFound, serverOf } from './servers';
import type { StoredUser } from './state';
import { userOf } from './users';

// API_ImportSshPublicKey SshPublicKeyBody: RSA, ECDSA and ED25519 keys, `<type> <base64> [comment]`.
const KEY_PATTERN =
  /^\s*(ssh|ecdsa)-[a-z0-9-]+[ \t]+(([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{1,3})?(={0,3})?)(\s*|[ \t]+[\S \t]*\s*)$/;

/** Adds a public key to a user: `key-` and 17 hex digits (API_SshPublicKey, SshPublicKeyId). */
export function addSshKey(ctx: OperationContext, user: StoredUser, body: string): string {
  if (body.length > 2048 || !KEY_PATTERN.test(body))
    throw invalidRequest(
      'SshPublicKeyBody must be an RSA, ECDSA or ED25519 public key such as "ssh-rsa AAAAB3NzaC1yc2E… user@host".',
    );
  const keys = (user.SshPublicKeys ??= []);
  if (keys.some((k) => k.SshPublicKeyBody.trim() === body.trim()))
    throw exists(user.UserName, 'SshPublicKey', 'Public key already exists for this user.');
  const SshPublicKeyId = `key-${ctx.nextId('transfer:sshkey').toString(16).padStart(17, '0')}`;
  keys.push({ SshPublicKeyId, SshPublicKeyBody: body, DateImported: ctx.now });
  return SshPublicKeyId;
}

export const ImportSshPublicKey: OperationDef<ImportSshPublicKeyRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    const user = userOf(server, input.UserName);
    if (!input.SshPublicKeyBody)
      throw invalidRequest(
        "1 validation error detected: Value null at 'sshPublicKeyBody' failed to satisfy constraint: Member must not be null",
      );
    const SshPublicKeyId = addSshKey(ctx, user, input.SshPublicKeyBody);
    return { ServerId: server.ServerId, SshPublicKeyId, UserName: user.UserName };
  },
};

export const DeleteSshPublicKey: OperationDef<DeleteSshPublicKeyRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    const user = userOf(server, input.UserName);
    const keys = user.SshPublicKeys ?? [];
    const index = keys.findIndex((k) => k.SshPublicKeyId === input.SshPublicKeyId);
    if (index < 0) throw notFound(input.SshPublicKeyId ?? '', 'SshPublicKey');
    keys.splice(index, 1);
    return {};
  },
};
