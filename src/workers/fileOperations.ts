import { md5Hex } from '../engine/s3/md5';
import { detectFormat } from '../engine/formats/detect';
import { parquetLayout } from '../engine/formats/parquet';
import { previewObject } from '../engine/formats/preview';
import { uploadProblem } from '../engine/formats/uploadLimit';
import { type FilesRequest, type FilesResults, type PreparedUpload, UploadError } from './protocol';

export type ProgressListener = (loaded: number, total: number) => void;

async function readBlob(blob: Blob, onProgress: ProgressListener): Promise<Uint8Array> {
  const bytes = new Uint8Array(blob.size);
  const reader = blob.stream().getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.length;
    onProgress(loaded, blob.size);
  }
  return bytes;
}

/** Reads a file into bytes (reporting progress), refusing what the lab cannot hold, and detects its format. */
export async function prepareUpload(
  name: string,
  source: Blob | ArrayBuffer,
  onProgress: ProgressListener = () => undefined,
): Promise<PreparedUpload> {
  const size = source instanceof ArrayBuffer ? source.byteLength : source.size;
  const tooBigOrEmpty = uploadProblem({ name, size });
  if (tooBigOrEmpty) throw new UploadError(tooBigOrEmpty);
  let bytes: Uint8Array;
  try {
    bytes =
      source instanceof ArrayBuffer ? new Uint8Array(source) : await readBlob(source, onProgress);
  } catch (error) {
    throw new UploadError(
      uploadProblem({ name, size }, { unreadable: (error as Error).message }) ??
        (error as Error).message,
    );
  }
  if (source instanceof ArrayBuffer) onProgress(size, size);
  return { name, bytes, detected: detectFormat(name, bytes), md5: md5Hex(bytes) };
}

/** Runs one request; the worker and the in-process fallback both come through here. */
export async function runFilesRequest(
  request: FilesRequest,
  onProgress: ProgressListener,
): Promise<FilesResults[FilesRequest['type']]> {
  switch (request.type) {
    case 'preview':
      return previewObject(request.key, request.bytes, request.options);
    case 'parquetLayout':
      return parquetLayout(request.bytes);
    case 'detect':
      return detectFormat(request.key, request.bytes);
    case 'prepareUpload':
      return prepareUpload(request.name, request.source, onProgress);
  }
}

/** The buffers a result can hand over without copying. */
export function transferablesOf(result: FilesResults[FilesRequest['type']]): ArrayBuffer[] {
  return 'bytes' in result && result.bytes.buffer instanceof ArrayBuffer
    ? [result.bytes.buffer]
    : [];
}
