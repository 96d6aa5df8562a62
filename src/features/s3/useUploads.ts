import { useState } from 'react';
import type { StorageClass } from '@aws-sdk/client-s3';
import { isAwsError } from '../../engine';
import { uploadProblem } from '../../engine/formats/uploadLimit';
import { useLake } from '../../store';
import { readFileInWorker } from '../../workers/filesClient';
import { uploadObject } from './actions';

export interface UploadItem {
  id: number;
  name: string;
  /** 0–100. */
  percent: number;
  status: 'in-progress' | 'success' | 'error';
  message?: string;
}

let nextUploadId = 1;

/** Uploads files to a prefix, each on its own: one file's failure never stops the others. */
export function useUploads(bucket: string, prefix: string, storageClass: StorageClass) {
  const call = useLake((s) => s.call);
  const [items, setItems] = useState<UploadItem[]>([]);
  const update = (id: number, patch: Partial<UploadItem>) =>
    setItems((all) => all.map((i) => (i.id === id ? { ...i, ...patch } : i)));

  const uploadOne = async (file: File, id: number) => {
    const problem = uploadProblem(file);
    if (problem) return update(id, { status: 'error', message: problem });
    try {
      // Reading the file is most of the work; the PUT itself takes the last tenth.
      const prepared = await readFileInWorker(file, (loaded, total) =>
        update(id, { percent: total ? Math.round((loaded / total) * 90) : 90 }),
      );
      await uploadObject(call, bucket, `${prefix}${file.name}`, prepared.bytes, storageClass);
      update(id, {
        status: 'success',
        percent: 100,
        message: `Uploaded to s3://${bucket}/${prefix}${file.name}`,
      });
    } catch (error) {
      if (isAwsError(error))
        return update(id, { status: 'error', message: `${error.name}: ${error.message}` });
      if (error instanceof Error && error.name === 'UploadError')
        return update(id, { status: 'error', message: error.message });
      const reason = error instanceof Error ? error.message : String(error);
      update(id, {
        status: 'error',
        message: uploadProblem(file, { unreadable: reason }) ?? reason,
      });
    }
  };

  const upload = (files: File[]) => {
    const started = files.map((file) => ({
      file,
      item: { id: nextUploadId++, name: file.name, percent: 0, status: 'in-progress' as const },
    }));
    setItems((all) => [...started.map((s) => s.item), ...all]);
    return Promise.all(started.map(({ file, item }) => uploadOne(file, item.id)));
  };

  const clear = () => setItems((all) => all.filter((i) => i.status === 'in-progress'));
  return { items, upload, clear };
}
