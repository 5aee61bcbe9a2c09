// Worker-thread entry: reads the files main sends, one at a time, and posts each outcome back.
import { parentPort } from 'node:worker_threads';
import { WORKER_READY, type FileTask, type FileTaskResult } from './fileJob';
import { readSpecFile } from './readSpecFile';

const port = parentPort;
if (!port) throw new Error('importWorker must run on a worker thread');

port.on('message', (task: FileTask) => {
  void readSpecFile(task).then((outcome) =>
    port.postMessage({ taskId: task.taskId, outcome } satisfies FileTaskResult),
  );
});

port.postMessage(WORKER_READY);
