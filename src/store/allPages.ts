/** Reads the pages of a paginated AWS list (NextToken until none, or until `limit` items). */
export async function allPages<T, O extends { NextToken?: string | undefined }>(
  read: (nextToken: string | undefined) => Promise<O>,
  itemsOf: (output: O) => T[] | undefined,
  limit = Infinity,
): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const output = await read(token);
    items.push(...(itemsOf(output) ?? []));
    token = output.NextToken;
  } while (token && items.length < limit);
  return items;
}
