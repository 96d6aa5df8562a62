import { strFromU8, strToU8 } from 'fflate';
import { TestLake } from '../testing/TestLake';

/** Bytes of a UTF-8 string, as a producer would send them. */
export const utf8 = (text: string): Uint8Array => strToU8(text);
export const text = (bytes: Uint8Array | undefined): string => strFromU8(bytes ?? new Uint8Array());

/** A lake with an ACTIVE provisioned stream of `shards` shards. */
export async function lakeWithStream(
  name = 'clicks',
  shards = 1,
  lake = new TestLake(),
): Promise<TestLake> {
  await lake.call('kinesis', 'CreateStream', { StreamName: name, ShardCount: shards });
  await lake.advance('10s');
  return lake;
}
