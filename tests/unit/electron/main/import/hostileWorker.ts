// A worker that behaves like the real one except for files named to misbehave: "hang" spins
// forever (a parser stuck in a loop), "oom" allocates until the heap limit kills it, "crash" ends the thread.
import { parentPort } from 'node:worker_threads';
import { readSpecFile, WORKER_READY, type FileTask } from '../../../../../electron/main/import';

const port = parentPort;
if (!port) throw new Error('must run on a worker thread');

port.on('message', (task: FileTask) => {
  if (task.fileName.includes('hang')) for (;;);
  if (task.fileName.includes('crash')) process.exit(1);
  if (task.fileName.includes('oom')) {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, index) => index));
  }
  void readSpecFile(task).then((outcome) => port.postMessage({ taskId: task.taskId, outcome }));
});

port.postMessage(WORKER_READY);
