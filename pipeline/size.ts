/** "50MB", "64 mb", "1.5GB", "500k", "1048576" → bytes (binary units: 1 KB = 1024 bytes); null when not a size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?\s*$/i.exec(text);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[unit as 'b' | 'k' | 'm' | 'g' | 't'];
  const bytes = Math.round(Number(m[1]) * factor);
  return bytes > 0 ? bytes : null;
}
