import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod/mini';
import { WORLD_FORMAT_VERSION, type World } from '../world';

/**
 * The lab file: a zip holding `manifest.json`, `world.json` (the world with every byte
 * array replaced by a reference) and one `bytes/<n>.bin` per byte array. One format for
 * exports, imports and share files.
 */
export const LAB_FILE_EXTENSION = '.lakelab';
const APP_ID = 'lakelab';

export class LabFileError extends Error {
  override name = 'LabFileError';
}

const manifestSchema = z.object({
  app: z.literal(APP_ID),
  formatVersion: z.int(),
  simulatedTime: z.number(),
});

// The shape every world has at its top level; services validate their own parts on use.
const worldSchema = z.looseObject({
  formatVersion: z.literal(WORLD_FORMAT_VERSION),
  seed: z.number(),
  rng: z.number(),
  clock: z.looseObject({
    now: z.number(),
    queue: z.array(z.looseObject({ id: z.number(), at: z.number(), kind: z.string() })),
    counters: z.record(z.string(), z.number()),
  }),
  defaultAccountId: z.string().check(z.regex(/^\d{12}$/)),
  region: z.string(),
  iam: z.looseObject({
    accounts: z.record(z.string(), z.unknown()),
    accessKeys: z.record(z.string(), z.unknown()),
  }),
  s3: z.looseObject({
    buckets: z.record(
      z.string(),
      z.looseObject({
        Name: z.string(),
        objects: z.record(
          z.string(),
          z.looseObject({ Key: z.string(), Body: z.instanceof(Uint8Array) }),
        ),
      }),
    ),
  }),
  log: z.array(z.unknown()),
  ledger: z.record(z.string(), z.unknown()),
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Serialises a world (from `engine.snapshot()`) to the bytes of a lab file. */
export function writeLabFile(world: World): Uint8Array {
  const files: Zippable = {};
  let count = 0;
  const encode = (value: unknown): Json => {
    if (value instanceof Uint8Array) {
      const path = `bytes/${count++}.bin`;
      files[path] = [value, { level: 0 }];
      return { $bytes: path };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
      return out;
    }
    return value as Json;
  };
  const json = encode(world);
  files['manifest.json'] = strToU8(
    JSON.stringify({
      app: APP_ID,
      formatVersion: world.formatVersion,
      simulatedTime: world.clock.now,
    }),
  );
  files['world.json'] = strToU8(JSON.stringify(json));
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}

/** Parses and validates a lab file; throws a LabFileError that says what is wrong. */
export function readLabFile(bytes: Uint8Array): World {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new LabFileError(
      'This file is not a LakeLab lab export: it is not a zip archive. Choose a file saved with "Export lab" (ending in .lakelab).',
    );
  }
  const manifestBytes = files['manifest.json'];
  const worldBytes = files['world.json'];
  if (!manifestBytes || !worldBytes)
    throw new LabFileError(
      'This zip is not a LakeLab lab export: manifest.json or world.json is missing.',
    );
  const manifest = manifestSchema.safeParse(parseJson(manifestBytes, 'manifest.json'));
  if (!manifest.success)
    throw new LabFileError(
      'This file is not a LakeLab lab export: its manifest.json does not name LakeLab.',
    );
  if (manifest.data.formatVersion !== WORLD_FORMAT_VERSION)
    throw new LabFileError(
      `This lab was exported in format ${manifest.data.formatVersion}; this version of LakeLab reads format ${WORLD_FORMAT_VERSION}.`,
    );
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') {
      const ref = (value as { $bytes?: unknown }).$bytes;
      if (typeof ref === 'string' && Object.keys(value).length === 1) {
        const data = files[ref];
        if (!data)
          throw new LabFileError(`The lab file is damaged: ${ref} is missing from the archive.`);
        return data;
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  return validateWorld(decode(parseJson(worldBytes, 'world.json')));
}

/** Checks a world loaded from storage or a file; throws a LabFileError naming the first problem. */
export function validateWorld(value: unknown): World {
  const result = worldSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'the top level';
    throw new LabFileError(
      `The lab data is damaged at ${where}: ${issue?.message ?? 'unexpected shape'}.`,
    );
  }
  return result.data as unknown as World;
}

function parseJson(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new LabFileError(`The lab file is damaged: ${name} is not valid JSON.`);
  }
}
