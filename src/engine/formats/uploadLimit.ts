/**
 * The lab's largest upload: 250 MiB. Real S3 takes up to 5 GB in one PUT (and 5 TB by multipart
 * upload); here every byte lives in the browser tab's memory, so the tab is the limit.
 */
export const MAX_UPLOAD_BYTES = 250 * 1024 * 1024;

const mebibytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/** Why a file cannot be uploaded to the lab, or undefined when it can. */
export function uploadProblem(
  file: { name: string; size: number },
  options: { unreadable?: string } = {},
): string | undefined {
  if (options.unreadable !== undefined)
    return `${file.name} could not be read from your computer (${options.unreadable}). Check that the file still exists and try again.`;
  if (file.size === 0)
    return `${file.name} is empty (0 bytes). S3 accepts empty objects, but there is nothing in it to crawl or query.`;
  if (file.size > MAX_UPLOAD_BYTES)
    return `${file.name} is ${mebibytes(file.size)}; LakeLab uploads at most ${mebibytes(MAX_UPLOAD_BYTES)} per file because the whole lake lives in this browser tab's memory (real S3 accepts up to 5 GB in one PUT). Upload a smaller sample.`;
  return undefined;
}
