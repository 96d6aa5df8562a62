import type { DetectedFormat } from '../engine/formats/detect';
import type { ParquetLayout } from '../engine/formats/parquet';
import type { ObjectPreview, PreviewOptions } from '../engine/formats/preview.types';

/** A file read from the user's computer, ready to PutObject. */
export interface PreparedUpload {
  name: string;
  bytes: Uint8Array;
  detected: DetectedFormat;
  /** The bytes' MD5 in hex (S3's ETag), computed here so the main thread need not. */
  md5: string;
}

/** What the main thread asks the files worker to do; `id` pairs each answer with its question. */
export type FilesRequest =
  | { id: number; type: 'preview'; key: string; bytes: Uint8Array; options?: PreviewOptions }
  | { id: number; type: 'parquetLayout'; bytes: Uint8Array }
  | { id: number; type: 'detect'; key: string; bytes: Uint8Array }
  | { id: number; type: 'prepareUpload'; name: string; source: Blob | ArrayBuffer };

/** The result each request type resolves to. */
export interface FilesResults {
  preview: ObjectPreview;
  parquetLayout: ParquetLayout;
  detect: DetectedFormat;
  prepareUpload: PreparedUpload;
}

export type FilesRequestType = FilesRequest['type'];

/** What the worker answers: a result, progress on the way, or an error that keeps its name. */
export type FilesResponse =
  | { id: number; type: 'result'; result: FilesResults[FilesRequestType] }
  | { id: number; type: 'progress'; loaded: number; total: number }
  | { id: number; type: 'error'; name: string; message: string };

/** An upload LakeLab refuses: too big for the tab, empty, or unreadable. */
export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}
