export { FormatError, isFormatError, fileNameOf } from './errors';
export {
  type Compression,
  compressionFromKey,
  compressionFromMagic,
  decompress,
  decompressHead,
  gzip,
} from './compression';
export { snappyFrame, snappyUnframe, hadoopSnappyUncompress } from './snappy';
export { detectFormat, formatFromKey, type DetectedFormat, type FileFormat } from './detect';
export { type GlueType, csvCellType, jsonValueType, mergeTypes } from './glueTypes';
export { previewObject, EMPTY_OBJECT_MESSAGE, BINARY_OBJECT_MESSAGE } from './preview';
export {
  type ObjectPreview,
  type PreviewColumn,
  type PreviewOptions,
  PREVIEW_HEAD_BYTES,
  DEFAULT_PREVIEW_ROWS,
} from './preview.types';
export { parquetLayout, type ParquetLayout, type ParquetColumnChunkLayout } from './parquet';
export {
  toCsv,
  toJsonLines,
  toParquet,
  type ParquetCodec,
  type ParquetColumnSpec,
} from './writers';
export { utf8Encode, utf8Decode } from './text';
export { MAX_UPLOAD_BYTES, uploadProblem } from './uploadLimit';
