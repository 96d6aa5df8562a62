/** Reads every page of a paginated AWS list. */
export async function allPages<O extends { NextToken?: string | undefined }, T>(
  read: (token: string | undefined) => Promise<O>,
  itemsOf: (output: O) => T[] | undefined,
): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const output = await read(token);
    items.push(...(itemsOf(output) ?? []));
    token = output.NextToken;
  } while (token);
  return items;
}
