/**
 * The partner network as an SVG drawn at build time: companies are nodes, an edge joins two
 * companies that are parties to the same agreement (its width grows with the number of
 * agreements). Layout: each connected group placed by a deterministic force-directed layout
 * (Fruchterman–Reingold from a circle), groups packed in rows: the same database always gives
 * the same picture.
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

/** Fruchterman–Reingold for one connected group, starting from a circle (deterministic); `fit` scales it afterwards. */
function layout(nodes: Node[], edges: readonly Edge[], size: number, iterations = 300): void {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  nodes.forEach((node, i) => {
    node.x = size / 2 + (size / 3) * Math.cos((2 * Math.PI * i) / n);
    node.y = size / 2 + (size / 3) * Math.sin((2 * Math.PI * i) / n);
  });
  const k = Math.sqrt((size * size) / Math.max(1, n)) * 0.55;
  const gravity = (3 * k) / size;
  let temperature = size / 10;
  for (let it = 0; it < iterations; it++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    const push = (i: number, j: number, f: number, x: number, y: number, d: number) => {
      dx[i]! += (x / d) * f;
      dy[i]! += (y / d) * f;
      dx[j]! -= (x / d) * f;
      dy[j]! -= (y / d) * f;
    };
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const x = nodes[i]!.x - nodes[j]!.x;
        const y = nodes[i]!.y - nodes[j]!.y;
        const d = Math.max(0.01, Math.hypot(x, y));
        push(i, j, (k * k) / d, x, y, d);
      }
    for (const e of edges) {
      const i = index.get(e.a)!;
      const j = index.get(e.b)!;
      const x = nodes[i]!.x - nodes[j]!.x;
      const y = nodes[i]!.y - nodes[j]!.y;
      const d = Math.max(0.01, Math.hypot(x, y));
      push(i, j, -(d * d) / k, x, y, d);
    }
    for (let i = 0; i < n; i++) {
      // Gravity to the centre keeps the leaves from flying off, so the hubs get room to spread out.
      dx[i]! += (size / 2 - nodes[i]!.x) * gravity;
      dy[i]! += (size / 2 - nodes[i]!.y) * gravity;
      const d = Math.max(0.01, Math.hypot(dx[i]!, dy[i]!));
      const node = nodes[i]!;
      node.x += (dx[i]! / d) * Math.min(d, temperature);
      node.y += (dy[i]! / d) * Math.min(d, temperature);
    }
    temperature = Math.max(0.5, temperature * 0.98);
  }
}

/** Move and stretch nodes to fill the box (x, y, w, h). */
function fit(nodes: Node[], box: { x: number; y: number; w: number; h: number }): void {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const n of nodes) {
    n.x = box.x + (x1 > x0 ? ((n.x - x0) / (x1 - x0)) * box.w : box.w / 2);
    n.y = box.y + (y1 > y0 ? ((n.y - y0) / (y1 - y0)) * box.h : box.h / 2);
  }
}

function components(nodes: readonly Node[], edges: readonly Edge[]): Node[][] {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const e of edges) parent.set(find(e.a), find(e.b));
  const groups = new Map<string, Node[]>();
  for (const n of nodes) groups.set(find(n.id), [...(groups.get(find(n.id)) ?? []), n]);
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/**
 * Each connected group is laid out on its own, in a box whose side grows with its size, and
 * the boxes are packed in rows (a force layout of the whole would push small groups to the
 * corners and squeeze the large one). Returns the canvas height.
 */
function place(nodes: Node[], edges: readonly Edge[], width: number): number {
  const MX = 80;
  const MY = 30;
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const group of components(nodes, edges)) {
    const ids = new Set(group.map((n) => n.id));
    const side = Math.min(width, Math.max(190, 150 * Math.sqrt(group.length)));
    const w = group.length === 1 ? 190 : side;
    const h = group.length === 1 ? 60 : group.length === 2 ? 100 : Math.min(side * 0.75, 150 * Math.sqrt(group.length));
    if (x + w > width) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    layout(group, edges.filter((e) => ids.has(e.a)), 1000);
    fit(group, { x: x + MX, y: y + MY, w: Math.max(0, w - 2 * MX), h: Math.max(0, h - 2 * MY) });
    x += w;
    rowHeight = Math.max(rowHeight, h);
  }
  return y + rowHeight;
}

/**
 * The SVG of the `maxNodes` best-connected companies and the `maxEdges` most frequent pairs
 * among them (a large corpus would otherwise draw a solid hairball).
 */
export function networkSvg(
  edges: readonly Edge[],
  names: ReadonlyMap<string, string>,
  maxNodes = 60,
  maxEdges = 160,
  width = 1100,
): { svg: Raw; shown: number; total: number; shownPairs: number; pairs: number } {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + e.count);
    degree.set(e.b, (degree.get(e.b) ?? 0) + e.count);
  }
  const label = (id: string) => names.get(id) ?? id.replace(/^name:/, '');
  const chosen = [...degree.entries()].sort((x, y) => y[1] - x[1] || label(x[0]).localeCompare(label(y[0]))).slice(0, maxNodes);
  const nodes: Node[] = chosen.map(([id, d]) => ({ id, label: label(id), degree: d, x: 0, y: 0 }));
  const keep = new Set(nodes.map((n) => n.id));
  const among = edges.filter((e) => keep.has(e.a) && keep.has(e.b));
  const shownEdges = [...among].sort((x, y) => y.count - x.count).slice(0, maxEdges);
  const height = Math.ceil(place(nodes, shownEdges, width));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
  const maxCount = Math.max(1, ...shownEdges.map((e) => e.count));
  const r = (d: number) => 4 + 10 * Math.sqrt(d / maxDegree);
  const svg = html`<svg class="network" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="network-title">
<title id="network-title">Who partners with whom: ${nodes.length} companies, ${shownEdges.length} partner pairs</title>
<g class="edges">${shownEdges.map((e) => {
    const a = at.get(e.a)!;
    const b = at.get(e.b)!;
    return html`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${(1 + (5 * (e.count - 1)) / Math.max(1, maxCount - 1)).toFixed(1)}"><title>${a.label} – ${b.label}: ${e.count} agreement${e.count === 1 ? '' : 's'}</title></line>`;
  })}</g>
<g class="nodes">${nodes.map(
    (n) =>
      html`<g class="node${n.id.startsWith('name:') ? ' plain' : ''}"><circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${r(n.degree).toFixed(1)}"><title>${n.label}: ${n.degree} agreement links</title></circle><text x="${n.x.toFixed(1)}" y="${(n.y - r(n.degree) - 3).toFixed(1)}">${n.label}</text></g>`,
  )}</g>
</svg>`;
  return { svg, shown: nodes.length, total: degree.size, shownPairs: shownEdges.length, pairs: among.length };
}
