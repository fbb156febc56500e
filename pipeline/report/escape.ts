/**
 * Escaping for everything that comes from an article or the database. Text content escapes
 * `& < >`; attribute values (always written double-quoted) escape quotes as well, so an article
 * containing `<script>`, `onerror=`, `</textarea>` or `"` shows as text and runs nothing.
 */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escape for an element's text content. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** Escape for a double-quoted attribute value. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ATTR[c]!);
}

/** A tagged template for HTML: interpolated values are escaped unless wrapped in `raw()`. */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function raw(html: string): Raw {
  return new Raw(html);
}

type Part = string | number | null | undefined | Raw | readonly Part[];

function render(v: Part): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Raw) return v.html;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeAttr(String(v));
}

/** `html\`<a href="${url}">${name}</a>\`` escapes url and name (quotes included, so it is safe in attributes too). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Raw(out);
}
