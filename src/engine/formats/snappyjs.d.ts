declare module 'snappyjs' {
  /** Raw (unframed) Snappy block compression. */
  export function compress(input: Uint8Array): Uint8Array;
  export function uncompress(input: Uint8Array, maxLength?: number): Uint8Array;
}
