/**
 * Python's view of JSON data, as score.py sees it after `json.load`: `None`, `bool`, `int`
 * (a JS number when safe, else a bigint), `float` (a PyFloat, so 5.0 stays a float and prints
 * as 5.0), `str`, `list`, `dict` (null-prototype objects: no inherited keys). The helpers give
 * Python's `==`, `<`, truthiness, hashing (set/dict keys: 1 == 1.0 == True), `str()`/`repr()`.
 * Where Python would raise, they throw PyError: score.py gives no figures for that input.
 */

export class PyFloat {
  constructor(readonly value: number) {}
}

/** A dict: insertion-ordered str keys (a Map, since JS objects put integer-like keys first). */
export class PyDict {
  readonly entries: Map<string, PyValue>;
  constructor(entries: Iterable<readonly [string, PyValue]> = []) {
    this.entries = new Map(entries);
  }
}

export type PyValue = null | boolean | number | bigint | string | PyFloat | PyValue[] | PyDict;

/** An exception Python would raise on this input (score.py stops without figures). */
export class PyError extends Error {}

export function isDict(v: PyValue | undefined): v is PyDict {
  return v instanceof PyDict;
}

export function typeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyFloat) return 'float';
  return Array.isArray(v) ? 'list' : 'dict';
}

/** `d.get(key, default)`. */
export function get(d: PyValue, key: string, dflt: PyValue = null): PyValue {
  if (!isDict(d)) throw new PyError(`AttributeError: '${typeName(d)}' object has no attribute 'get'`);
  const v = d.entries.get(key);
  return v === undefined ? dflt : v;
}

/** `key in d` for a dict. */
export function has(d: PyDict, key: string): boolean {
  return d.entries.has(key);
}

/** `d[key]` for a dict with a str key. */
export function item(d: PyValue, key: string): PyValue {
  if (isDict(d)) {
    const v = d.entries.get(key);
    if (v === undefined) throw new PyError(`KeyError: '${key}'`);
    return v;
  }
  throw new PyError(`TypeError: '${typeName(d)}' object is not subscriptable by str`);
}

/** `for x in v`: a list's items, a str's characters, a dict's keys. */
export function iterate(v: PyValue): PyValue[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return Array.from(v);
  if (isDict(v)) return [...v.entries.keys()];
  throw new PyError(`TypeError: '${typeName(v)}' object is not iterable`);
}

/** The number behind bool/int/float, or undefined for other types. */
export function numeric(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  return undefined;
}

export function truthy(v: PyValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  return v.entries.size > 0;
}

/** Python `a == b` on JSON values. */
export function pyEq(a: PyValue, b: PyValue): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined || nb !== undefined) {
    if (na === undefined || nb === undefined) return false;
    // eslint-disable-next-line eqeqeq -- loose equality compares bigint and number exactly
    return na == nb;
  }
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEq(a[i]!, b[i]!)) return false;
    return true;
  }
  const da = (a as PyDict).entries;
  const db = (b as PyDict).entries;
  if (da.size !== db.size) return false;
  for (const [k, v] of da) {
    const w = db.get(k);
    if (w === undefined || !pyEq(v, w)) return false;
  }
  return true;
}

const nanIds = new WeakMap<PyFloat, number>();
let nextNanId = 0;

/** A string that is equal for two values exactly when Python hashes them as the same set/dict key. */
export function pyKey(v: PyValue): string {
  if (v === null) return 'N';
  if (typeof v === 'string') return 's' + v;
  const n = numeric(v);
  if (n === undefined) throw new PyError(`TypeError: unhashable type: '${typeName(v)}'`);
  if (typeof n === 'bigint') return 'n' + n.toString();
  if (Number.isNaN(n)) {
    // NaN keys are equal only to the same object.
    const f = v as PyFloat;
    let id = nanIds.get(f);
    if (id === undefined) nanIds.set(f, (id = nextNanId++));
    return 'nan' + id;
  }
  if (!Number.isFinite(n)) return n > 0 ? 'ninf' : 'n-inf';
  return 'n' + (Number.isInteger(n) ? BigInt(n).toString() : String(n));
}

export function tupleKey(parts: readonly PyValue[]): string {
  return JSON.stringify(parts.map(pyKey));
}

/** Python's string order (by code point), from UTF-16 code units. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let c1 = a.charCodeAt(i);
    let c2 = b.charCodeAt(i);
    if (c1 !== c2) {
      if (c1 >= 0xd800 && c2 >= 0xd800) {
        c1 = c1 >= 0xe000 ? c1 - 0x800 : c1 + 0x2000;
        c2 = c2 >= 0xe000 ? c2 - 0x800 : c2 + 0x2000;
      }
      return c1 - c2;
    }
  }
  return a.length - b.length;
}

/** Python `a < b`. */
export function pyLt(a: PyValue, b: PyValue): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) return na < nb;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b) < 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (!pyEq(a[i]!, b[i]!)) return pyLt(a[i]!, b[i]!);
    return a.length < b.length;
  }
  throw new PyError(`TypeError: '<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** `sorted(values)`. */
export function pySorted<T extends PyValue>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => (pyLt(a, b) ? -1 : pyLt(b, a) ? 1 : 0));
}

/** A Python set / frozenset of hashable values (keeps the first of equal values). */
export class PySet {
  private readonly items = new Map<string, PyValue>();
  constructor(values: Iterable<PyValue> = []) {
    for (const v of values) this.add(v);
  }
  add(v: PyValue): void {
    const k = pyKey(v);
    if (!this.items.has(k)) this.items.set(k, v);
  }
  has(v: PyValue): boolean {
    return this.items.has(pyKey(v));
  }
  get size(): number {
    return this.items.size;
  }
  values(): PyValue[] {
    return [...this.items.values()];
  }
  equals(other: PySet): boolean {
    if (other.size !== this.size) return false;
    for (const k of this.items.keys()) if (!other.items.has(k)) return false;
    return true;
  }
  /** len(self & other) */
  countIn(other: PySet): number {
    let n = 0;
    for (const k of this.items.keys()) if (other.items.has(k)) n++;
    return n;
  }
  /** len(self - a - b - ...) */
  countNotIn(...others: PySet[]): number {
    let n = 0;
    for (const k of this.items.keys()) if (!others.some((o) => o.items.has(k))) n++;
    return n;
  }
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python `repr(s)` for a str. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (!NOT_PRINTABLE.test(ch)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + quote;
}
