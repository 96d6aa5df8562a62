import { FormatError } from '../engine/formats/errors';
import type { DetectedFormat } from '../engine/formats/detect';
import type { ParquetLayout } from '../engine/formats/parquet';
import type { ObjectPreview, PreviewOptions } from '../engine/formats/preview.types';
import { rememberMd5Hex } from '../engine/s3/md5';
import { runFilesRequest } from './fileOperations';
import {
  type FilesRequest,
  type FilesResponse,
  type FilesResults,
  type PreparedUpload,
  UploadError,
} from './protocol';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RequestBody = DistributiveOmit<FilesRequest, 'id'>;

interface Pending {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  onProgress?: (loaded: number, total: number) => void;
}

const pending = new Map<number, Pending>();
let nextId = 1;
let worker: Worker | undefined;

/** The error the worker reported, rebuilt with its class where we know it, its name always. */
export function rebuildError(name: string, message: string): Error {
  if (name === 'FormatError') return new FormatError(message);
  if (name === 'UploadError') return new UploadError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

function handleResponse(response: FilesResponse): void {
  const waiting = pending.get(response.id);
  if (!waiting) return;
  if (response.type === 'progress') return waiting.onProgress?.(response.loaded, response.total);
  pending.delete(response.id);
  if (response.type === 'error') waiting.reject(rebuildError(response.name, response.message));
  else waiting.resolve(response.result as never);
}

function failAll(message: string): void {
  for (const waiting of pending.values()) waiting.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function filesWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  if (!worker) {
    worker = new Worker(new URL('./files.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FilesResponse>) =>
      handleResponse(event.data),
    );
    worker.addEventListener('error', (event) =>
      failAll(`The file worker stopped: ${event.message || 'it could not start'}.`),
    );
  }
  return worker;
}

/** Sends a request to the worker, or runs it here where there is no Worker (Node tests). */
function send<T extends FilesRequest['type']>(
  body: RequestBody & { type: T },
  transfer: Transferable[],
  onProgress?: (loaded: number, total: number) => void,
): Promise<FilesResults[T]> {
  const id = nextId++;
  const request = { ...body, id } as FilesRequest;
  const target = filesWorker();
  if (!target)
    return runFilesRequest(request, onProgress ?? (() => undefined)) as Promise<FilesResults[T]>;
  return new Promise<FilesResults[T]>((resolve, reject) => {
    pending.set(id, {
      resolve: resolve as (result: never) => void,
      reject,
      ...(onProgress ? { onProgress } : {}),
    });
    target.postMessage(request, { transfer });
  });
}

/** A copy the worker may own: S3 objects' bytes must never be detached by a transfer. */
function transferableCopy(bytes: Uint8Array): { bytes: Uint8Array; transfer: Transferable[] } {
  if (typeof Worker === 'undefined') return { bytes, transfer: [] };
  const copy = bytes.slice();
  return { bytes: copy, transfer: [copy.buffer] };
}

/** Previews an object's first rows off the main thread. */
export function previewInWorker(
  key: string,
  bytes: Uint8Array,
  options?: PreviewOptions,
): Promise<ObjectPreview> {
  const copy = transferableCopy(bytes);
  return send(
    { type: 'preview', key, bytes: copy.bytes, ...(options ? { options } : {}) },
    copy.transfer,
  );
}

/** Reads a Parquet footer off the main thread. */
export function parquetLayoutInWorker(bytes: Uint8Array): Promise<ParquetLayout> {
  const copy = transferableCopy(bytes);
  return send({ type: 'parquetLayout', bytes: copy.bytes }, copy.transfer);
}

export function detectInWorker(key: string, bytes: Uint8Array): Promise<DetectedFormat> {
  const copy = transferableCopy(bytes);
  return send({ type: 'detect', key, bytes: copy.bytes }, copy.transfer);
}

/** Reads a file (or an ArrayBuffer) into bytes off the main thread, reporting progress; rejects with UploadError. */
export function readFileInWorker(
  file: Blob | ArrayBuffer,
  onProgress?: (loaded: number, total: number) => void,
  name?: string,
): Promise<PreparedUpload> {
  const fileName =
    name ??
    (file instanceof Blob && 'name' in file && typeof file.name === 'string'
      ? file.name
      : 'upload');
  const prepared =
    file instanceof Blob
      ? send({ type: 'prepareUpload', name: fileName, source: file }, [], onProgress)
      : (() => {
          const copy = transferableCopy(new Uint8Array(file));
          return send(
            { type: 'prepareUpload', name: fileName, source: copy.bytes.buffer as ArrayBuffer },
            copy.transfer,
            onProgress,
          );
        })();
  return prepared.then((upload) => {
    rememberMd5Hex(upload.bytes, upload.md5);
    return upload;
  });
}
