/** The bytes of an operation's Body, whether the engine returns bytes, a string or an SDK-like stream. */
export async function bodyBytes(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (
    body &&
    typeof body === 'object' &&
    'transformToByteArray' in body &&
    typeof body.transformToByteArray === 'function'
  )
    return (await (
      body as { transformToByteArray(): Promise<Uint8Array> }
    ).transformToByteArray()) as Uint8Array;
  return new Uint8Array();
}
