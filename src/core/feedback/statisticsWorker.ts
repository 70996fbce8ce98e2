// Entry of the worker thread that reads the feedback log for the statistics (bundled as
// dist/statisticsWorker.js): a rebuild or a long catch-up reads hundreds of megabytes, which
// must not run on the extension host's event loop. It reports progress, saves the index beside
// the log, and says done; the host then reads the index.
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../errorMessage';
import { updateStatisticsIndex } from './statisticsIndex';
import type { StatisticsWorkerMessage, StatisticsWorkerRequest } from './statisticsWorkerClient';

const request = workerData as StatisticsWorkerRequest;
const post = (message: StatisticsWorkerMessage) => parentPort?.postMessage(message);
let lastPost = 0;

updateStatisticsIndex(request.dir, {
  rebuild: request.rebuild,
  onProgress: (done, total) => {
    const now = performance.now();
    if (now - lastPost < 100 && done < total) return;
    lastPost = now;
    post({ type: 'progress', done, total });
  },
}).then(
  (report) => post({ type: 'done', events: report.statistics.events }),
  (error: unknown) => post({ type: 'error', message: errorMessage(error) }),
);
