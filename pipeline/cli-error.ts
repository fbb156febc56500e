/**
 * An error the command line reports as one line, `ev-extract: <what>: <why>`, with exit code
 * 1 (something failed) or 2 (a usage error: nothing was done). Stack traces only with --debug.
 */
export class CliError extends Error {
  constructor(
    /** What failed: a command, a file, an option ("database output/x.sqlite", "--out /tmp/f"). */
    readonly what: string,
    /** Why, in words ("not a SQLite database"). */
    readonly why: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(`${what}: ${why}`);
    this.name = 'CliError';
  }
}

/** "ENOSPC" → "no space left on device (ENOSPC)": the system's words for an errno error. */
export function describeSystemError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on device',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'already exists',
    EROFS: 'read-only file system',
    EPIPE: 'the reader closed the pipe',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'file name too long',
  };
  if (err && typeof err.code === 'string') return words[err.code] ? `${words[err.code]} (${err.code})` : `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(e);
}
