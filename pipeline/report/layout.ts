/**
 * The page shell shared by every report page: title, navigation, stylesheet and script
 * (both local files next to the pages; nothing is fetched from the network). The
 * Content-Security-Policy allows only those files: were anything from an article to slip past
 * escaping, no inline script, event handler or style of it would run.
 */
import { html, raw, type Raw } from './escape.ts';

export const NAV = [
  ['index.html', 'Documents'],
  ['companies.html', 'Companies'],
  ['agreements.html', 'Agreements'],
  ['changes.html', 'Changes'],
] as const;

/** `root` is the relative path from the page to the report folder ('' or '../'). */
export function page(options: { title: string; root: string; current?: string; bodyClass?: string }, body: Raw): string {
  const { title, root, current } = options;
  const nav = NAV.map(([href, label]) =>
    href === current ? html`<a href="${root + href}" aria-current="page">${label}</a>` : html`<a href="${root + href}">${label}</a>`,
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self' file:; script-src 'self' file:; img-src 'self' file: data:">
<title>${title} · ev-extract report</title>
<link rel="stylesheet" href="${root}report.css">
<script src="${root}report.js" defer></script>
</head>
<body class="${options.bodyClass ?? ''}">
<nav class="top">${nav}</nav>
${body}
<div id="tip" role="tooltip" hidden></div>
</body>
</html>
`.html;
}

/**
 * Rows per page of a paged table (the client script pages by the same number). Rows after the
 * first page are written hidden, so a browser lays out 100 rows, not 30,000, while loading.
 */
export const PAGE_SIZE = 100;

export function hiddenAfterFirstPage(index: number): Raw {
  return raw(index >= PAGE_SIZE ? ' hidden' : '');
}

/** The search box (filters the table's rows) and, for a paged table, the pager the client script drives. */
export function searchControls(tableId: string, placeholder: string, paged: boolean): Raw {
  return html`<div class="controls"><label for="q">Search</label> <input id="q" type="search" data-filter="${tableId}" placeholder="${placeholder}" autocomplete="off">
${paged ? html`<span class="pager" id="pager" hidden><button type="button" id="prev">← previous</button> <span id="range" aria-live="polite"></span> <button type="button" id="next">next →</button></span>` : ''}</div>`;
}

export { raw };
