import type { GetPartitionsResponse, Partition } from '@aws-sdk/client-glue';
import { allPages } from '../../store/allPages';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useCatalogSignature } from '../../store/useCatalogSignature';

/** A table's partitions matching a Glue partition Expression (GetPartitions). */
export function usePartitions(
  database: string,
  table: string,
  expression: string,
): LakeQuery<Partition[]> {
  return useLakeQuery(
    `partitions:${database}/${table}?${expression}`,
    useCatalogSignature(),
    (call) =>
      allPages(
        (NextToken) =>
          call<GetPartitionsResponse>('glue', 'GetPartitions', {
            DatabaseName: database,
            TableName: table,
            MaxResults: 1000,
            ...(expression.trim() ? { Expression: expression } : {}),
            NextToken,
          }),
        (o) => o.Partitions,
      ),
  );
}
