import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, formatOf, type AnalyzeOptions } from '../service';
import { InputError, readPolicyFile } from './files';
import { fileReport, type FileReport } from './report';

/** One file to check, with everything needed to check it (plain data, so it can go to a worker). */
export interface Job {
  path: string;
  options: AnalyzeOptions;
  maxSize: number;
}

export type JobResult = { report: FileReport } | { error: string };

export function runJob(job: Job): JobResult {
  try {
    const text = readPolicyFile(job.path, job.maxSize);
    const result = analyze(text, { ...job.options, fileName: job.path, format: formatOf(job.path) });
    return { report: fileReport(job.path, text, result) };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

/** From this many files on, they are checked in worker threads (unless --jobs says otherwise). */
export const PARALLEL_FROM = 8;

/** How many threads check the files (the main one and workers): one for a few files. */
export function defaultJobs(files: number): number {
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(files / 4)));
}

/**
 * Checks every job, in `workers` threads (the main one and worker threads) when more than one, and returns the results in the jobs' order,
 * so the output is the same whichever way they ran. `progress` is told after each file.
 */
export async function runJobs(jobs: Job[], workers: number, workerScript: string, progress?: (done: number) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  if (workers <= 1 || jobs.length <= 1) {
    jobs.forEach((job, i) => {
      results[i] = runJob(job);
      progress?.(i + 1);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  // The main thread takes jobs from the same queue while the workers start up and run (one per turn of the
  // event loop, so their messages are still handled); `workers - 1` threads run besides it.
  const local = new Promise<void>((resolve, reject) => {
    const step = () => {
      if (next >= jobs.length) return resolve();
      const index = next++;
      try {
        results[index] = runJob(jobs[index]);
      } catch (error) {
        return reject(error);
      }
      progress?.(++done);
      setImmediate(step);
    };
    setImmediate(step);
  });
  const count = Math.min(workers - 1, jobs.length);
  await Promise.all([
    local,
    ...Array.from({ length: count }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerScript, { workerData: { gdprLensWorker: true } });
        const feed = () => {
          if (next >= jobs.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, job: jobs[index] });
        };
        worker.on('message', (message: { index: number; result: JobResult }) => {
          results[message.index] = message.result;
          progress?.(++done);
          feed();
        });
        worker.on('error', reject);
        feed();
      }),
    ),
  ]);
  return results;
}

/** The worker side: checks each job it is sent. */
export function serveJobs(port: { on(event: 'message', listener: (m: { index: number; job: Job }) => void): void; postMessage(m: unknown): void }): void {
  port.on('message', ({ index, job }) => port.postMessage({ index, result: runJob(job) }));
}
