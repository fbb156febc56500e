/**
 * An error on its way from a worker thread to its pool. A posted message keeps no class, so the
 * worker sends the fields (toWorkerError) and the pool makes an Error of them again
 * (reviveError): a ReadError stays one (the file's path and reason), any other error keeps its
 * name, message and the worker's stack trace (printed with --debug).
 */
import { ReadError } from './stages/read-error.ts';

export interface WorkerError {
  name: string;
  message: string;
  stack?: string;
  path?: string;
  reason?: string;
}

export function toWorkerError(e: unknown): WorkerError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const err = e as Error & { path?: string; reason?: string };
  return { name: err.name, message: err.message, stack: err.stack, path: err.path, reason: err.reason };
}

export function reviveError(e: WorkerError): Error {
  if (e.name === 'ReadError' && e.path !== undefined && e.reason !== undefined) return new ReadError(e.path, e.reason);
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}
