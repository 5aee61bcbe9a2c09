// Worker-thread entry: reads the files main sends, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { WORKER_READY, type ImportTask } from './importTask';
import { readSpecFile } from './readSpecFile';

const port = parentPort;
if (!port) throw new Error('importWorker must run on a worker thread');

port.on('message', (task: ImportTask) => {
  void readSpecFile(task).then(
    (result) => port.postMessage(result),
    (error: unknown) =>
      port.postMessage({
        taskId: task.taskId,
        ok: false,
        code: 'corrupt',
        message: `the file could not be read (${error instanceof Error ? error.message : String(error)}): re-save it and import again`,
      }),
  );
});

port.postMessage(WORKER_READY);
