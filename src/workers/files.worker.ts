import { runFilesRequest, transferablesOf } from './fileOperations';
import type { FilesRequest, FilesResponse } from './protocol';

interface WorkerScope {
  postMessage(message: FilesResponse, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FilesRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const request = event.data;
  const onProgress = (loaded: number, total: number) =>
    scope.postMessage({ id: request.id, type: 'progress', loaded, total });
  runFilesRequest(request, onProgress).then(
    (result) =>
      scope.postMessage(
        { id: request.id, type: 'result', result },
        { transfer: transferablesOf(result) },
      ),
    (error: unknown) => {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id: request.id, type: 'error', name, message });
    },
  );
});
