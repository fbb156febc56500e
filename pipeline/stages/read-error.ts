/** A file that cannot be read as an article: its path and the one-line reason (reported per file; the batch goes on). */
export class ReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ReadError';
  }
}
