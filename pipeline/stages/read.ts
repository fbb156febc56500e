/**
 * Stage "read": find article files, decode them (decode.ts), and reduce HTML and Markdown to
 * text. The reduced text is what is stored and what every offset refers to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { reduceHtml } from './reduce-html.ts';
import { reduceMarkdown } from './reduce-markdown.ts';
import { hashText } from '../../text/seed-files.ts';
import { decode } from './decode.ts';
import { ReadError } from './read-error.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export type DocumentFormat = 'txt' | 'md' | 'html';

export interface FoundFiles {
  files: string[];
  /** Paths given on the command line that do not exist or cannot be listed, with the reason. */
  problems: ReadError[];
}

/** "named pipe (FIFO)", "socket" …: what a non-regular file is, for its one-line reason. */
export function fileTypeName(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (st.isFIFO()) return 'a FIFO, named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a folder';
  return 'not a file';
}

/**
 * All article files under the given paths (files are taken as given, folders recursively),
 * sorted. Only regular files (or links to them) are returned: reading a FIFO or a device
 * blocks forever or never ends, so each is reported as a problem and skipped.
 */
export function findFiles(paths: readonly string[]): FoundFiles {
  const files = new Set<string>();
  const problems: ReadError[] = [];
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(new ReadError(dir, `cannot list the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        if (entry.isFile()) files.add(path.resolve(full));
        else addFile(full, entry.isSymbolicLink());
      }
    }
  };
  /** A directory entry that is not a plain file: a link (followed, but not into folders) or a FIFO, socket, device. */
  const addFile = (full: string, link: boolean) => {
    let st: import('node:fs').Stats;
    try {
      st = statSync(full);
    } catch (e) {
      problems.push(new ReadError(full, `cannot read (${(e as NodeJS.ErrnoException).code})${link ? ': a link to nothing' : ''}`));
      return;
    }
    if (st.isFile()) files.add(path.resolve(full));
    else problems.push(new ReadError(full, `not a regular file (${fileTypeName(st)}); skipped`));
  };
  for (const p of paths) {
    let st: import('node:fs').Stats;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(new ReadError(p, code === 'ENOENT' ? 'no such file or folder' : `cannot access (${code})`));
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (st.isFile()) files.add(path.resolve(p));
    else problems.push(new ReadError(p, `not a regular file (${fileTypeName(st)}); skipped`));
  }
  return { files: [...files].sort(), problems };
}

export interface ReadDocument {
  path: string;
  name: string;
  format: DocumentFormat;
  encoding: string;
  /** sha256 of the raw bytes (for a stored document: the hash recorded at ingest). */
  contentHash: string;
  /** The text as stored: decoded, HTML/Markdown reduced to text. */
  text: string;
  metadataDate: string | null;
}

function formatOf(filePath: string): DocumentFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return 'txt';
}

/** Turn raw bytes into the stored text of a document (`contentHash`: their sha256, when known). */
export function readBytes(filePath: string, bytes: Buffer, contentHash?: string): ReadDocument {
  const { text: decoded, encoding } = decode(bytes, filePath);
  const format = formatOf(filePath);
  let text = decoded;
  let metadataDate: string | null = null;
  if (format === 'html') ({ text, metadataDate } = reduceHtml(decoded));
  else if (format === 'md') ({ text, metadataDate } = reduceMarkdown(decoded));
  if (text.trim().length === 0) throw new ReadError(filePath, `no text left after reducing the ${format.toUpperCase()} markup`);
  return { path: filePath, name: path.basename(filePath), format, encoding, contentHash: contentHash ?? hashText(bytes), text, metadataDate };
}

export function readArticle(filePath: string): ReadDocument {
  let bytes: Buffer;
  try {
    const st = statSync(filePath);
    if (!st.isFile()) throw new ReadError(filePath, `not a regular file (${fileTypeName(st)}); skipped`);
    bytes = readFileSync(filePath);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? 'permission denied (cannot read the file)' : code === 'ENOENT' ? 'file disappeared before it was read' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? (e as Error).message})`;
    throw new ReadError(filePath, reason);
  }
  return readBytes(filePath, bytes);
}
