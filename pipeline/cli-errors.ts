/**
 * The command line's one error path: `ev-extract: <what>: <why>` on stderr, exit 1 (something
 * failed) or 2 (usage: nothing was done); the stack trace only with --debug.
 * Standard output closed by its reader (`export … | head`: EPIPE) ends the command quietly.
 */
import { CliError, describeSystemError } from './cli-error.ts';

/** `--debug` may stand anywhere on the command line; returns the arguments without it. */
export function takeDebugFlag(argv: readonly string[]): { args: string[]; debug: boolean } {
  const args = argv.filter((a) => a !== '--debug');
  return { args, debug: args.length !== argv.length };
}

export function reportError(e: unknown, debug: boolean, cause?: unknown, command = 'ev-extract'): 1 | 2 {
  let line: string;
  let code: 1 | 2 = 1;
  if (e instanceof CliError) {
    line = `${e.what}: ${e.why}`;
    code = e.exitCode;
  } else {
    const err = e as Error & { code?: string };
    const why = err?.code && !err.code.startsWith('SQLITE_') ? describeSystemError(err) : `${err?.message ?? String(e)}${err?.code ? ` (${err.code})` : ''}`;
    line = `${command}: ${why}`;
  }
  process.stderr.write(`ev-extract: ${line}\n`);
  const trace = (cause as Error | undefined)?.stack ?? (e as Error | undefined)?.stack;
  if (debug && trace) process.stderr.write(`${trace}\n`);
  else if (!(e instanceof CliError) && !cause) process.stderr.write('(run again with --debug for the stack trace)\n');
  return code;
}

let watching = false;

/**
 * Errors writing standard output arrive as 'error' events (not exceptions): a closed pipe
 * ends the process quietly, any other (a full disk, /dev/full) is reported in one line.
 */
export function watchStdout(debug: boolean): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.exit(reportError(new CliError('writing to standard output', describeSystemError(e)), debug));
  });
}

/**
 * Write lines to a stream, letting its events through every few hundred lines and waiting
 * when it is full, so that a write error stops a long export instead of being noticed at the end.
 */
export async function writeLines(out: NodeJS.WritableStream, lines: Iterable<string>): Promise<number> {
  let n = 0;
  for (const line of lines) {
    const more = out.write(line);
    n++;
    if (!more) await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('error', done);
        resolve();
      };
      out.once('drain', done);
      out.once('error', done);
    });
    else if (n % 256 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
  return n;
}

/** An exception nobody caught (an event handler, a stray promise) is reported like any other error, not as a stack trace. */
export function reportUncaught(debug: boolean, command: string): void {
  const handle = (e: unknown) => process.exit(reportError(e, debug, undefined, command));
  process.on('uncaughtException', handle);
  process.on('unhandledRejection', handle);
}
