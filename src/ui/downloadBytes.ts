/** Offers bytes to the user as a file download. */
export function downloadBytes(
  name: string,
  bytes: Uint8Array,
  type = 'application/octet-stream',
): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
