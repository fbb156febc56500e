/**
 * One page per document: the stored text with every mention highlighted by kind (hover and
 * focus show the normalised value, canonical company, rule and extractor version) and the
 * agreements beside it; selecting an agreement highlights its evidence spans.
 */
import type { AgreementRow, DocumentCounts, DocumentRow, MentionRow } from './data.ts';
import { escapeAttr, html, raw, type Raw } from './escape.ts';
import { formatDateSpan, formatLanguageMix, formatMentionValue } from './format.ts';
import { markSpans, type Span } from './highlight.ts';
import { page } from './layout.ts';

export const KINDS = [
  { kind: 'company', label: 'company', cue: 'boxed' },
  { kind: 'date', label: 'date', cue: 'dashed underline' },
  { kind: 'quantity', label: 'quantity', cue: 'double underline' },
] as const;

export function documentFile(id: number): string {
  return `docs/${id}.html`;
}

function mentionSpan(m: MentionRow): Span {
  const attrs =
    ` data-m="${m.id}" data-k="${m.kind}" data-v="${escapeAttr(formatMentionValue(m))}"` +
    (m.company_id ? ` data-c="${escapeAttr(`${m.canonical ?? ''} (${m.company_id})`)}"` : '') +
    ` data-r="${escapeAttr(m.rule)}" data-x="${escapeAttr(`${m.extractor} ${m.extractor_version}`)}"`;
  return {
    start: m.start,
    end: m.end,
    rank: 1,
    open: (part) => `<mark class="k-${m.kind}" tabindex="0"${attrs}${part ? ` data-part="${part}"` : ''}>`,
    close: '</mark>',
  };
}

function evidenceSpan(agreementId: number, e: { start: number; end: number; position: number }): Span {
  return {
    start: e.start,
    end: e.end,
    rank: 0,
    open: (part) => `<span class="ev" data-a="${agreementId}" data-e="${e.position}"${part ? ` data-part="${part}"` : ''}>`,
    close: '</span>',
  };
}

export function highlightedText(text: string, mentions: readonly MentionRow[], agreements: readonly AgreementRow[]): string {
  const spans = mentions.map(mentionSpan);
  for (const a of agreements) for (const e of a.evidence) spans.push(evidenceSpan(a.id, e));
  return markSpans(text, spans);
}

function partyList(a: AgreementRow, root: string): Raw {
  return html`<ul class="parties">${a.parties.map(
    (p) =>
      html`<li>${p.company_id ? html`<a href="${root}companies.html#c-${p.company_id}">${p.name}</a>` : html`<span class="plain">${p.name}</span>`}${p.role ? html` <span class="role">(${p.role})</span>` : ''}</li>`,
  )}</ul>`;
}

export function agreementList(agreements: readonly AgreementRow[], root: string): Raw {
  if (agreements.length === 0) return html`<p class="none">No agreements found in this document.</p>`;
  return html`<ol class="agreements">${agreements.map(
    (a) => html`<li id="a${a.id}">
<button type="button" class="agr" data-a="${a.id}" aria-pressed="false"><span class="type">${a.type}</span> <span class="date">${formatDateSpan(a.date_start, a.date_end) || 'no date'}</span> <span class="evn">${a.evidence.length} evidence span${a.evidence.length === 1 ? '' : 's'}</span></button>
${partyList(a, root)}<p class="rule">rule ${a.rule} · ${a.extractor} ${a.extractor_version}</p></li>`,
  )}</ol>`;
}

function legend(counts: DocumentCounts): Raw {
  return html`<ul class="legend" aria-label="legend">${KINDS.map(
    (k) => html`<li><mark class="k-${k.kind}">${k.label}</mark> ${counts[k.kind]} <span class="cue">(${k.cue})</span></li>`,
  )}<li><span class="ev-sample">agreement evidence</span> ${counts.agreement} agreements <span class="cue">(outlined when selected)</span></li></ul>`;
}

export function documentPage(doc: DocumentRow, text: string, counts: DocumentCounts, mentions: readonly MentionRow[], agreements: readonly AgreementRow[]): string {
  const root = '../';
  const body = html`<header class="doc">
<h1>${doc.name}</h1>
<p class="meta"><span title="path">${doc.path}</span> · ${doc.format} · ${formatLanguageMix(doc.language_mix)} · date ${doc.document_date ?? 'unknown'}${doc.document_date_source ? ` (${doc.document_date_source})` : ''} · ${doc.char_count} characters · run #${doc.extracted_run}${counts.errors ? ` · ${counts.errors} errors` : ''}</p>
${legend(counts)}
</header>
<main class="docview">
<article class="text" lang="${guessLang(doc.language_mix)}">${raw(highlightedText(text, mentions, agreements))}</article>
<aside class="side"><h2>Agreements</h2>${agreementList(agreements, root)}</aside>
</main>`;
  return page({ title: doc.name, root, bodyClass: 'document' }, body);
}

function guessLang(mix: string): string {
  try {
    const m = JSON.parse(mix) as Record<string, number>;
    return (m.ja ?? 0) >= (m.en ?? 0) ? 'ja' : 'en';
  } catch {
    return 'ja';
  }
}
