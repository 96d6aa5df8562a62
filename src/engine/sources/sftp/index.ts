import { seededRng } from '../../data/random';
import { toCsv } from '../../formats/writers';
import { utf8Encode } from '../../formats/text';
import type { World } from '../../world';
import { hashText } from '../fileshare';
import { type SftpPartner, sftpState } from './state';

export type { SftpPartner, SftpState } from './state';

export interface SftpPartnerConfig {
  ServerId: string;
  UserName: string;
  name?: string;
  filePrefix?: string;
  /** Minutes between uploads (default 60: an hourly inventory file). */
  everyMinutes?: number;
}

/** Starts (or reconfigures) a partner uploading files to a server user's home directory. */
export function configureSftpPartner(world: World, config: SftpPartnerConfig): SftpPartner {
  const partners = sftpState(world).partners;
  const existing = partners.find(
    (p) => p.ServerId === config.ServerId && p.UserName === config.UserName,
  );
  const partner: SftpPartner = {
    name: config.name ?? existing?.name ?? 'Partner inventory feed',
    ServerId: config.ServerId,
    UserName: config.UserName,
    filePrefix: config.filePrefix ?? 'inventory_',
    everyMinutes: Math.max(1, config.everyMinutes ?? 60),
    sinceMs: world.clock.now,
    filesDelivered: existing?.filesDelivered ?? 0,
    bytesDelivered: existing?.bytesDelivered ?? 0,
    failedDrops: existing?.failedDrops ?? 0,
  };
  if (existing) partners.splice(partners.indexOf(existing), 1, partner);
  else partners.push(partner);
  return partner;
}

/** Removes a partner; it uploads nothing more. */
export function removeSftpPartner(world: World, serverId: string, userName: string): void {
  const state = sftpState(world);
  state.partners = state.partners.filter(
    (p) => !(p.ServerId === serverId && p.UserName === userName),
  );
}

/** Every partner with its delivery counters and last error. */
export function sftpPartnerStatus(world: World): readonly SftpPartner[] {
  return world.sources?.sftp ? sftpState(world).partners : [];
}

/** The upload times due after the last attempted one, up to `now`. */
export function dueDrops(partner: SftpPartner, now: number): number[] {
  const every = partner.everyMinutes * 60_000;
  const times: number[] = [];
  let next = (partner.lastDropAt ?? partner.sinceMs) + every;
  while (next <= now) {
    times.push(next);
    next += every;
  }
  return times;
}

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace(/[-:]/g, '');
const SKUS = ['SKU-1001', 'SKU-1002', 'SKU-1003', 'SKU-2001', 'SKU-2002', 'SKU-3001'] as const;

/** The file a partner uploads at a time: name and CSV bytes (sku, warehouse, on_hand, as_of). */
export function partnerFile(
  world: World,
  partner: SftpPartner,
  at: number,
): { name: string; body: Uint8Array } {
  const name = `${partner.filePrefix}${stamp(at)}.csv`;
  const rng = seededRng(world.seed, hashText(`sftp:${partner.UserName}:${name}`));
  const asOf = new Date(at).toISOString();
  const rows = SKUS.flatMap((sku) =>
    ['WH-EAST', 'WH-WEST'].map((warehouse) => [sku, warehouse, rng.int(0, 500), asOf]),
  );
  return { name, body: utf8Encode(toCsv(['sku', 'warehouse', 'on_hand', 'as_of'], rows)) };
}
