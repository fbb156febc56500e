import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText, html, raw } from './escape.ts';

describe('escapeText / escapeAttr', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['</textarea>', '&lt;/textarea&gt;', '&lt;/textarea&gt;'],
    ['" onerror="alert(1)', '" onerror="alert(1)', '&quot; onerror=&quot;alert(1)'],
    ["' onmouseover='x", "' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['a & b &amp;', 'a &amp; b &amp;amp;', 'a &amp; b &amp;amp;'],
    ['𠮷野家 トヨタ', '𠮷野家 トヨタ', '𠮷野家 トヨタ'],
    ['`x`', '`x`', '&#96;x&#96;'],
  ])('%s', (input, text, attr) => {
    expect(escapeText(input)).toBe(text);
    expect(escapeAttr(input)).toBe(attr);
  });
});

describe('html template', () => {
  it('escapes interpolated values, in text and in attributes', () => {
    const name = '"><img src=x onerror=alert(1)>';
    expect(html`<a title="${name}">${name}</a>`.html).toBe('<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>');
  });
  it('keeps raw() and nested templates as markup, joins arrays, drops null and undefined', () => {
    expect(html`<p>${raw('<b>b</b>')}${html`<i>${'<'}</i>`}${['x', html`<br>`]}${null}${undefined}${0}</p>`.html).toBe('<p><b>b</b><i>&lt;</i>x<br>0</p>');
  });
});
