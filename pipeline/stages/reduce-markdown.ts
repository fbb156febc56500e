/**
 * Reduce Markdown to text. Hand-written on purpose: Markdown libraries render HTML (and a
 * second pass would be needed to get text back); we only strip the markup a reader does not
 * see, line by line: front matter (its `date:` becomes the metadata date), heading and quote
 * markers, emphasis, inline code ticks, links and images (link text kept), HTML tags, and
 * table pipes (cells become tabs so tables segment like HTML tables).
 */
import { isoDatePrefix } from './reduce-html.ts';
import { PIPE_RULE } from '../../text/segment.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function reduceMarkdown(md: string): { text: string; metadataDate: string | null } {
  let metadataDate: string | null = null;
  let body = md;
  const fm = FRONT_MATTER.exec(md);
  if (fm) {
    const dateLine = /^(?:date|published|pubDate|publishDate)\s*:\s*["']?([^"'\n]+)/im.exec(fm[1]!);
    if (dateLine) metadataDate = isoDatePrefix(dateLine[1]!);
    body = md.slice(fm[0].length);
  }
  let inFence = false;
  const lines = body.split('\n').flatMap((raw) => {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return [];
    }
    if (inFence) return [line];
    if (/^\s*([-*_])\s*(\1\s*){2,}$/.test(line)) return [''];
    if (PIPE_RULE.test(line)) return []; // table rule
    let t = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1');
    if (/^\s*\|.*\|\s*$/.test(t)) {
      t = t.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()).join('\t');
    }
    return [t];
  });
  return { text: lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), metadataDate };
}
