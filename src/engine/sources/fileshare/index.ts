import { seededRng, DAY_MS, cents } from '../../data/random';
import { toCsv } from '../../formats/writers';
import { utf8Encode } from '../../formats/text';
import type { World } from '../../world';
import { type FileShareSpec, fileShareSpecs } from './state';

export {
  configureFileShare,
  DEFAULT_FILE_SHARE,
  gatewayMounts,
  type FileShareSpec,
  type GatewayShareMount,
} from './state';

/** A file as an NFS client sees it: name relative to the listed directory, size and mtime. */
export interface ShareFile {
  name: string;
  size: number;
  /** Last modification, simulated epoch ms. */
  mtime: number;
  /** 1 when first written; 2 after the export was re-run (the file was modified). */
  version: number;
}

export interface FileShareSummary {
  ServerHostname: string;
  exportPath: string;
  fileCount: number;
  totalBytes: number;
  lastModified?: number;
}

const HOUR_MS = 3_600_000;
/** The nightly export writes yesterday's file at 01:00 UTC. */
const EXPORT_AT_MS = HOUR_MS;
/** About one file in five is re-exported (restated) the next morning at 06:00 UTC. */
const RESTATE_AT_MS = DAY_MS + 6 * HOUR_MS;

export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const dayStamp = (ms: number) => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
const PRODUCTS = ['laptop', 'monitor', 'keyboard', 'mouse', 'dock', 'headset'] as const;
const STORES = ['north', 'south', 'east', 'west'] as const;

/** The bytes of one version of a daily file: the same seed, name and version give the same bytes. */
function fileBody(world: World, name: string, version: number, dayMs: number): Uint8Array {
  const rng = seededRng(world.seed, hashText(`${name}#${version}`));
  const rows: unknown[][] = [];
  const count = 40 + rng.int(0, 40);
  for (let i = 0; i < count; i++) {
    const quantity = 1 + rng.int(0, 5);
    const unitPrice = cents(20 + rng.next() * 480);
    rows.push([
      `${dayStamp(dayMs)}-${String(i + 1).padStart(4, '0')}`,
      new Date(dayMs).toISOString().slice(0, 10),
      rng.pick(STORES),
      rng.pick(PRODUCTS),
      quantity,
      unitPrice,
      cents(quantity * unitPrice),
    ]);
  }
  const columns = [
    'order_id',
    'order_date',
    'store',
    'product',
    'quantity',
    'unit_price',
    'amount',
  ];
  return utf8Encode(toCsv(columns, rows));
}

interface DailyFile extends ShareFile {
  dayMs: number;
}

const isRestated = (world: World, name: string) => hashText(`${world.seed}:${name}`) % 5 === 0;

/** A write the nightly export makes: a new daily file at 01:00, or a restatement at 06:00 the next day. */
export interface ShareWrite {
  name: string;
  at: number;
  version: number;
}

function writesOnDay(world: World, spec: FileShareSpec, day: number): ShareWrite[] {
  if (day < spec.historyFromMs) return [];
  const name = `${spec.filePrefix}${dayStamp(day)}.csv`;
  const writes = [{ name, at: day + EXPORT_AT_MS, version: 1 }];
  if (isRestated(world, name)) writes.push({ name, at: day + RESTATE_AT_MS, version: 2 });
  return writes;
}

function writesAround(world: World, spec: FileShareSpec, from: number, to: number): ShareWrite[] {
  const writes: ShareWrite[] = [];
  const firstDay = Math.floor((from - RESTATE_AT_MS) / DAY_MS) * DAY_MS;
  for (let day = Math.max(firstDay, spec.historyFromMs); day <= to; day += DAY_MS)
    writes.push(...writesOnDay(world, spec, day));
  return writes.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
}

/** The files the export job wrote in (from, to], in time order (for a client mounted elsewhere). */
export function shareWritesBetween(
  world: World,
  host: string,
  path: string,
  from: number,
  to: number,
): ShareWrite[] {
  const found = shareAt(world, host, path);
  if (!found || found.relative !== '') return [];
  return writesAround(world, found.spec, from, to).filter((w) => w.at > from && w.at <= to);
}

/** When the export job next writes a file after `after` (undefined for an unknown share). */
export function nextShareWriteAt(
  world: World,
  host: string,
  path: string,
  after: number,
): number | undefined {
  const found = shareAt(world, host, path);
  if (!found || found.relative !== '') return undefined;
  const from = Math.max(after, found.spec.historyFromMs - 1);
  return writesAround(world, found.spec, from, from + 2 * DAY_MS).find((w) => w.at > after)?.at;
}

function dailyFiles(world: World, spec: FileShareSpec): DailyFile[] {
  const now = world.clock.now;
  const files: DailyFile[] = [];
  const firstKept = Math.floor(now / DAY_MS) * DAY_MS - spec.retentionDays * DAY_MS;
  for (
    let day = Math.max(spec.historyFromMs, firstKept);
    day + EXPORT_AT_MS <= now;
    day += DAY_MS
  ) {
    const name = `${spec.filePrefix}${dayStamp(day)}.csv`;
    const restated = isRestated(world, name) && day + RESTATE_AT_MS <= now;
    const version = restated ? 2 : 1;
    const mtime = day + (restated ? RESTATE_AT_MS : EXPORT_AT_MS);
    files.push({ name, size: 0, mtime, version, dayMs: day });
  }
  return files;
}

function shareAt(
  world: World,
  host: string,
  path: string,
): { spec: FileShareSpec; relative: string } | undefined {
  const clean = path.replace(/\/+$/, '') || '/';
  for (const spec of fileShareSpecs(world)) {
    if (spec.ServerHostname !== host) continue;
    if (clean === spec.exportPath) return { spec, relative: '' };
    if (clean.startsWith(`${spec.exportPath}/`))
      return { spec, relative: clean.slice(spec.exportPath.length + 1) };
  }
  return undefined;
}

/** True when `host` exports `path` (or a directory under an export). */
export function shareExists(world: World, host: string, path: string): boolean {
  return shareAt(world, host, path) !== undefined;
}

/** The files under a directory of a share, right now on the simulated clock (empty if no such share). */
export function listShareFiles(world: World, host: string, path: string): ShareFile[] {
  const found = shareAt(world, host, path);
  // The nightly export writes only to the export's root directory.
  if (!found || found.relative !== '') return [];
  return dailyFiles(world, found.spec).map(({ name, mtime, version, dayMs }) => ({
    name,
    mtime,
    version,
    size: fileBody(world, name, version, dayMs).byteLength,
  }));
}

/** The bytes of a file on a share as they are now; undefined if the file does not exist. */
export function readShareFile(
  world: World,
  host: string,
  path: string,
  name: string,
): Uint8Array | undefined {
  const found = shareAt(world, host, path);
  if (!found || found.relative !== '') return undefined;
  const file = dailyFiles(world, found.spec).find((f) => f.name === name);
  return file && fileBody(world, file.name, file.version, file.dayMs);
}

/** Every configured share with its current file count and size, for the lake canvas. */
export function fileShares(world: World): FileShareSummary[] {
  return fileShareSpecs(world).map((spec) => {
    const files = listShareFiles(world, spec.ServerHostname, spec.exportPath);
    const summary: FileShareSummary = {
      ServerHostname: spec.ServerHostname,
      exportPath: spec.exportPath,
      fileCount: files.length,
      totalBytes: files.reduce((sum, f) => sum + f.size, 0),
    };
    const last = Math.max(...files.map((f) => f.mtime));
    if (files.length > 0) summary.lastModified = last;
    return summary;
  });
}
