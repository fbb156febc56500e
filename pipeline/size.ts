/** "50MB", "64 mb", "1.5GB", "500k", "1048576" → bytes (binary units: 1 KB = 1024 bytes); null when not a size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?\s*$/i.exec(text);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[unit as 'b' | 'k' | 'm' | 'g' | 't'];
  const bytes = Math.round(Number(m[1]) * factor);
  return bytes > 0 ? bytes : null;
}

/** Default --max-doc-size: far above any article (the largest seen is ~5 MB), far below what exhausts memory. */
export const DEFAULT_MAX_DOC_BYTES = 50 * 1024 * 1024;

/** 52428800 → "50 MB", 1536 → "1.5 KB". */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} bytes` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}
