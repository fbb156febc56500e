/**
 * The partner network as an SVG drawn at build time: companies are nodes, an edge joins two
 * companies that are parties to the same agreement (its width grows with the number of
 * agreements). Layout: a deterministic force-directed placement (Fruchterman–Reingold,
 * starting from a circle), so the same database always gives the same picture.
 */
import { html, type Raw } from './escape.ts';

export interface Edge {
  a: string;
  b: string;
  count: number;
}

interface Node {
  id: string;
  label: string;
  degree: number;
  x: number;
  y: number;
}

/** Edges between company parties (plain-name parties join by name), counted per pair. */
export function partnerEdges(agreements: readonly { parties: readonly { company_id: string | null; name: string }[] }[]): Edge[] {
  const counts = new Map<string, Edge>();
  for (const a of agreements) {
    const ids = [...new Set(a.parties.map((p) => p.company_id ?? `name:${p.name}`))].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const e = counts.get(key);
        if (e) e.count++;
        else counts.set(key, { a: ids[i]!, b: ids[j]!, count: 1 });
      }
  }
  return [...counts.values()];
}

function layout(nodes: Node[], edges: readonly Edge[], size: number, iterations = 300): void {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  nodes.forEach((node, i) => {
    node.x = size / 2 + (size / 3) * Math.cos((2 * Math.PI * i) / n);
    node.y = size / 2 + (size / 3) * Math.sin((2 * Math.PI * i) / n);
  });
  const k = Math.sqrt((size * size) / Math.max(1, n)) * 0.6;
  let temperature = size / 10;
  for (let it = 0; it < iterations; it++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const x = nodes[i]!.x - nodes[j]!.x;
        const y = nodes[i]!.y - nodes[j]!.y;
        const d = Math.max(0.01, Math.hypot(x, y));
        const f = (k * k) / d;
        dx[i]! += (x / d) * f;
        dy[i]! += (y / d) * f;
        dx[j]! -= (x / d) * f;
        dy[j]! -= (y / d) * f;
      }
    for (const e of edges) {
      const i = index.get(e.a)!;
      const j = index.get(e.b)!;
      const x = nodes[i]!.x - nodes[j]!.x;
      const y = nodes[i]!.y - nodes[j]!.y;
      const d = Math.max(0.01, Math.hypot(x, y));
      const f = (d * d) / k;
      dx[i]! -= (x / d) * f;
      dy[i]! -= (y / d) * f;
      dx[j]! += (x / d) * f;
      dy[j]! += (y / d) * f;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(0.01, Math.hypot(dx[i]!, dy[i]!));
      const node = nodes[i]!;
      // A weak pull to the centre keeps separate components on the canvas.
      node.x += (dx[i]! / d) * Math.min(d, temperature) + (size / 2 - node.x) * 0.01;
      node.y += (dy[i]! / d) * Math.min(d, temperature) + (size / 2 - node.y) * 0.01;
      node.x = Math.min(size - 60, Math.max(60, node.x));
      node.y = Math.min(size - 20, Math.max(20, node.y));
    }
    temperature = Math.max(1, temperature * 0.98);
  }
}

/** The SVG of the `maxNodes` best-connected companies and the edges among them. */
export function networkSvg(edges: readonly Edge[], names: ReadonlyMap<string, string>, maxNodes = 60, size = 900): { svg: Raw; shown: number; total: number } {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + e.count);
    degree.set(e.b, (degree.get(e.b) ?? 0) + e.count);
  }
  const label = (id: string) => names.get(id) ?? id.replace(/^name:/, '');
  const chosen = [...degree.entries()].sort((x, y) => y[1] - x[1] || label(x[0]).localeCompare(label(y[0]))).slice(0, maxNodes);
  const nodes: Node[] = chosen.map(([id, d]) => ({ id, label: label(id), degree: d, x: 0, y: 0 }));
  const keep = new Set(nodes.map((n) => n.id));
  const shownEdges = edges.filter((e) => keep.has(e.a) && keep.has(e.b));
  layout(nodes, shownEdges, size);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const r = (d: number) => 4 + Math.min(14, Math.sqrt(d) * 2);
  const svg = html`<svg class="network" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-labelledby="network-title">
<title id="network-title">Who partners with whom: ${nodes.length} companies, ${shownEdges.length} partner pairs</title>
<g class="edges">${shownEdges.map((e) => {
    const a = at.get(e.a)!;
    const b = at.get(e.b)!;
    return html`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${Math.min(8, e.count).toFixed(0)}"><title>${a.label} – ${b.label}: ${e.count} agreement${e.count === 1 ? '' : 's'}</title></line>`;
  })}</g>
<g class="nodes">${nodes.map(
    (n) =>
      html`<g class="node${n.id.startsWith('name:') ? ' plain' : ''}"><circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${r(n.degree).toFixed(1)}"><title>${n.label}: ${n.degree} agreement links</title></circle><text x="${n.x.toFixed(1)}" y="${(n.y - r(n.degree) - 3).toFixed(1)}">${n.label}</text></g>`,
  )}</g>
</svg>`;
  return { svg, shown: nodes.length, total: degree.size };
}
