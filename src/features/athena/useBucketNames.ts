import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';

/** The buckets the principal can list (ListBuckets), for picking a result location. */
export function useBucketNames(): LakeQuery<string[]> {
  return useLakeQuery('athena-buckets', 'once', async (call) => {
    const out = await call<{ Buckets?: { Name?: string }[] }>('s3', 'ListBuckets', {});
    return (out.Buckets ?? []).map((b) => b.Name ?? '').filter(Boolean);
  });
}
