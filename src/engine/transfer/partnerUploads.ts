import { addCharge } from '../core/costLedger';
import { isAwsError } from '../core/errors';
import type { EngineHooks, OperationContext } from '../core/operations';
import { roleTrusts } from '../datasync/common';
import { dueDrops, partnerFile, sftpPartnerStatus, type SftpPartner } from '../sources/sftp';
import { PARTNER_TICK_EVENT, STATE_EVENT, type ServerEventData } from './events';
import { transferState, type StoredServer, type StoredUser } from './state';

// Transfer Family (us-east-1): $0.30 per hour per protocol enabled on an endpoint, billed from creation
// until deletion even while OFFLINE; $0.04 per GB uploaded or downloaded (AWS Transfer Family pricing page).
export const ENDPOINT_USD_PER_PROTOCOL_HOUR = 0.3;
export const UPLOAD_USD_PER_GB = 0.04;
const HOUR_MS = 3_600_000;

/** Where a file uploaded to the user's landing directory lands in S3: bucket and key. */
export function uploadTarget(
  user: StoredUser,
  fileName: string,
): { bucket: string; key: string } | undefined {
  let s3Path: string | undefined;
  if (user.HomeDirectoryType === 'LOGICAL') {
    // LOGICAL: the user sees only mapped Entries; the longest Entry containing the path maps it to its Target.
    const logical = `${(user.HomeDirectory ?? '/').replace(/\/+$/, '')}/${fileName}`;
    const match = (user.HomeDirectoryMappings ?? [])
      .filter(
        (m) => logical === m.Entry || logical.startsWith(`${(m.Entry ?? '').replace(/\/+$/, '')}/`),
      )
      .sort((a, b) => (b.Entry ?? '').length - (a.Entry ?? '').length)[0];
    if (match)
      s3Path = `${(match.Target ?? '').replace(/\/+$/, '')}${logical.slice((match.Entry ?? '').replace(/\/+$/, '').length)}`;
  } else if (user.HomeDirectory) {
    // PATH: the home directory is /bucket/prefix; the upload lands beneath it.
    s3Path = `${user.HomeDirectory.replace(/\/+$/, '')}/${fileName}`;
  }
  const match = s3Path ? /^\/([^/]+)\/(.+)$/.exec(s3Path) : null;
  return match ? { bucket: match[1]!, key: match[2]! } : undefined;
}

/** One SFTP upload by a user: written to S3 as the user's role; returns why it failed, if it did. */
export async function uploadAsUser(
  ctx: OperationContext,
  server: StoredServer,
  user: StoredUser,
  file: { name: string; body: Uint8Array },
): Promise<string | undefined> {
  const target = uploadTarget(user, file.name);
  if (!target)
    return `No S3 location for ${file.name}: the user's home directory does not name a bucket (/bucket/prefix).`;
  if (roleTrusts(ctx.world, user.Role, 'transfer.amazonaws.com') !== 'ok')
    return `Transfer Family cannot assume ${user.Role}: the role must exist and trust transfer.amazonaws.com.`;
  try {
    await ctx.call(
      's3',
      'PutObject',
      { Bucket: target.bucket, Key: target.key, Body: file.body },
      { principal: user.Role },
    );
  } catch (error) {
    if (!isAwsError(error)) throw error;
    return `Upload of ${file.name} to s3://${target.bucket}/${target.key} failed as ${user.Role}: ${error.name}: ${error.message}`;
  }
  server.filesUploaded += 1;
  server.bytesUploaded += file.body.byteLength;
  ctx.charge({
    service: 'transfer',
    usageType: 'SFTP-Upload-Bytes',
    unit: 'GB',
    quantity: file.body.byteLength / 1024 ** 3,
    unitPrice: UPLOAD_USD_PER_GB,
  });
  return undefined;
}

async function deliver(
  ctx: OperationContext,
  server: StoredServer,
  partner: SftpPartner,
): Promise<void> {
  for (const at of dueDrops(partner, ctx.now)) {
    partner.lastDropAt = at;
    const user = server.users[partner.UserName];
    const file = partnerFile(ctx.world, partner, at);
    const error =
      server.onlineSince === undefined || at < server.onlineSince
        ? `Connection refused: server ${server.ServerId} was not ONLINE.`
        : !user
          ? `Authentication failed: ${server.ServerId} has no user ${partner.UserName}.`
          : await uploadAsUser(ctx, server, user, file);
    if (error) {
      partner.failedDrops += 1;
      partner.lastError = error;
    } else {
      partner.filesDelivered += 1;
      partner.bytesDelivered += file.body.byteLength;
      delete partner.lastError;
    }
  }
}

function scheduleTick(ctx: OperationContext, server: StoredServer): void {
  const next = Math.floor(ctx.now / HOUR_MS) * HOUR_MS + HOUR_MS;
  // Partner sessions recur forever: background work that "run until idle" does not wait for.
  ctx.clock.schedule(
    next,
    PARTNER_TICK_EVENT,
    { ServerId: server.ServerId } satisfies ServerEventData,
    { background: true },
  );
}

/** Registers server state changes, hourly partner sessions and endpoint-hour billing. */
export function installTransfer(hooks: EngineHooks): void {
  hooks.clock.on(STATE_EVENT, (event) => {
    const ctx = hooks.contextFor('', 'transfer', 'StartServer');
    const server = transferState(ctx.world).servers[(event.data as ServerEventData).ServerId];
    if (!server) return;
    if (server.State === 'STARTING') {
      server.State = 'ONLINE';
      server.onlineSince = ctx.now;
      scheduleTick(ctx, server);
    } else if (server.State === 'STOPPING') {
      server.State = 'OFFLINE';
      ctx.clock.cancel(
        (e) =>
          e.kind === PARTNER_TICK_EVENT && (e.data as ServerEventData).ServerId === server.ServerId,
      );
    }
  });
  hooks.clock.on(PARTNER_TICK_EVENT, async (event) => {
    const ctx = hooks.contextFor('', 'transfer', 'PutObject');
    const server = transferState(ctx.world).servers[(event.data as ServerEventData).ServerId];
    if (!server || server.State !== 'ONLINE') return;
    for (const partner of sftpPartnerStatus(ctx.world).filter(
      (p) => p.ServerId === server.ServerId,
    ))
      await deliver(ctx, server, partner);
    scheduleTick(ctx, server);
  });
  hooks.clock.addTicker((from, to) => {
    const world = hooks.world();
    for (const server of Object.values(world.transfer?.servers ?? {})) {
      const hours = (to - Math.max(from, server.CreatedAt)) / HOUR_MS;
      if (hours <= 0) continue;
      addCharge(world.ledger, from, {
        service: 'transfer',
        usageType: 'ProtocolHours',
        unit: 'protocol-hour',
        quantity: hours * server.Protocols.length,
        unitPrice: ENDPOINT_USD_PER_PROTOCOL_HOUR,
      });
    }
  });
}
