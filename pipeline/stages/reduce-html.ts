/**
 * Reduce an HTML article to text: block elements become line breaks, table cells tabs (so
 * the segmenter sees tab-separated rows), script/style/head content is dropped, entities are
 * decoded. The publication date is read from <meta> (article:published_time, date, pubdate,
 * dc.date …) or the first <time datetime>.
 */
import type { Parser as ParserType } from 'htmlparser2';
import { lazyRequire } from '../../text/lazy-require.ts';

// Loaded with the first HTML file.
const htmlparser2 = lazyRequire<{ Parser: typeof ParserType }>('htmlparser2');

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'hr', 'address', 'form', 'fieldset', 'details', 'summary', 'caption',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const DATE_META = new Set([
  'article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date',
  'dc.date.issued', 'dcterms.created', 'datepublished', 'sailthru.date', 'parsely-pub-date',
]);

export function isoDatePrefix(value: string): string | null {
  const m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value) ?? /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function reduceHtml(html: string): { text: string; metadataDate: string | null } {
  const out: string[] = [];
  let skipDepth = 0;
  let metadataDate: string | null = null;
  let timeDate: string | null = null;
  const newline = () => {
    const last = out[out.length - 1];
    if (last !== undefined && !last.endsWith('\n')) out.push('\n');
  };
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (!metadataDate && DATE_META.has(key) && attrs.content) metadataDate = isoDatePrefix(attrs.content);
          return;
        }
        if (name === 'time' && !timeDate && attrs.datetime) timeDate = isoDatePrefix(attrs.datetime);
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'br') out.push('\n');
        else if (name === 'td' || name === 'th') {
          const last = out[out.length - 1];
          if (last !== undefined && !last.endsWith('\n')) out.push('\t');
        } else if (BLOCK.has(name)) newline();
      },
      ontext(text) {
        if (skipDepth > 0) return;
        // collapse HTML white space inside a text node, keep explicit breaks as produced by tags
        const collapsed = text.replace(/[ \t\r\n\f]+/g, ' ');
        const last = out[out.length - 1];
        if (collapsed === ' ' && (last === undefined || /[\n\t ]$/.test(last))) return;
        out.push(last === undefined || /[\n\t]$/.test(last) ? collapsed.replace(/^ /, '') : collapsed);
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .join('')
    .split('\n')
    .map((l) => l.replace(/ +$/g, '').replace(/^ +/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, metadataDate: metadataDate ?? timeDate };
}
