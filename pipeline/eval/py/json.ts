/**
 * Python's `json.loads` (ints stay ints, floats become PyFloat, NaN/Infinity accepted, a
 * BOM refused) and `json.dumps(v, ensure_ascii=False, indent=N)`, byte for byte.
 */
import { floatRepr } from './number.ts';
import { PyDict, PyFloat, type PyValue } from './value.ts';

export class JsonError extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

class Parser {
  pos = 0;
  constructor(readonly s: string) {}

  fail(what: string): never {
    throw new JsonError(`${what} at char ${this.pos}`);
  }

  ws(): void {
    WS.lastIndex = this.pos;
    WS.test(this.s);
    this.pos = WS.lastIndex;
  }

  value(): PyValue {
    const s = this.s;
    const c = s[this.pos];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      case 'n':
        return this.word('null', null);
      case 't':
        return this.word('true', true);
      case 'f':
        return this.word('false', false);
      case 'N':
        return this.word('NaN', new PyFloat(NaN));
      case 'I':
        return this.word('Infinity', new PyFloat(Infinity));
    }
    if (c === '-' && s.startsWith('-Infinity', this.pos)) return this.word('-Infinity', new PyFloat(-Infinity));
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(s);
    if (!m) this.fail('Expecting value');
    this.pos = NUMBER.lastIndex;
    if (m[1] !== undefined || m[2] !== undefined) return new PyFloat(Number(m[0]));
    const n = Number(m[0]);
    if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
    return BigInt(m[0]);
  }

  word<T extends PyValue>(w: string, v: T): T {
    if (!this.s.startsWith(w, this.pos)) this.fail('Expecting value');
    this.pos += w.length;
    return v;
  }

  string(): string {
    const s = this.s;
    let i = this.pos + 1;
    let out = '';
    for (;;) {
      let j = i;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === 0x22 || c === 0x5c || c < 0x20) break;
        j++;
      }
      out += s.slice(i, j);
      if (j >= s.length) {
        this.pos = j;
        this.fail('Unterminated string');
      }
      const c = s.charCodeAt(j);
      if (c === 0x22) {
        this.pos = j + 1;
        return out;
      }
      if (c < 0x20) {
        this.pos = j;
        this.fail('Invalid control character');
      }
      const e = s[j + 1];
      if (e !== undefined && Object.hasOwn(SIMPLE_ESCAPES, e)) {
        out += SIMPLE_ESCAPES[e];
        i = j + 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(j + 2, j + 6))) {
        out += String.fromCharCode(parseInt(s.slice(j + 2, j + 6), 16));
        i = j + 6;
      } else {
        this.pos = j;
        this.fail('Invalid \\escape');
      }
    }
  }

  array(): PyValue[] {
    const out: PyValue[] = [];
    this.pos++;
    this.ws();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.ws();
      out.push(this.value());
      this.ws();
      const c = this.s[this.pos++];
      if (c === ']') return out;
      if (c !== ',') {
        this.pos--;
        this.fail("Expecting ',' delimiter");
      }
    }
  }

  object(): PyDict {
    const out = new PyDict();
    this.pos++;
    this.ws();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const key = this.string();
      this.ws();
      if (this.s[this.pos] !== ':') this.fail("Expecting ':' delimiter");
      this.pos++;
      this.ws();
      out.entries.set(key, this.value());
      this.ws();
      const c = this.s[this.pos++];
      if (c === '}') return out;
      if (c !== ',') {
        this.pos--;
        this.fail("Expecting ',' delimiter");
      }
    }
  }
}

/** Python `json.loads(text)`. */
export function parsePyJson(text: string): PyValue {
  if (text.startsWith('\ufeff')) throw new JsonError('Unexpected UTF-8 BOM (decode using utf-8-sig)');
  const p = new Parser(text);
  p.ws();
  const v = p.value();
  p.ws();
  if (p.pos !== text.length) p.fail('Extra data');
  return v;
}

function encodeString(s: string): string {
  return (
    '"' +
    s.replace(/[\x00-\x1f\\"]/g, (c) => {
      switch (c) {
        case '\\':
          return '\\\\';
        case '"':
          return '\\"';
        case '\b':
          return '\\b';
        case '\f':
          return '\\f';
        case '\n':
          return '\\n';
        case '\r':
          return '\\r';
        case '\t':
          return '\\t';
        default:
          return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
      }
    }) +
    '"'
  );
}

function encodeFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return floatRepr(x);
}

/** Python `json.dumps(v, ensure_ascii=False, indent=indent)`. */
export function dumpsPyJson(v: PyValue, indent = 1): string {
  const pad = ' '.repeat(indent);
  const enc = (x: PyValue, level: string): string => {
    if (x === null) return 'null';
    if (typeof x === 'boolean') return x ? 'true' : 'false';
    if (typeof x === 'number' || typeof x === 'bigint') return x.toString();
    if (typeof x === 'string') return encodeString(x);
    if (x instanceof PyFloat) return encodeFloat(x.value);
    const inner = level + pad;
    if (Array.isArray(x)) {
      if (x.length === 0) return '[]';
      return `[\n${x.map((e) => inner + enc(e, inner)).join(',\n')}\n${level}]`;
    }
    if (x.entries.size === 0) return '{}';
    return `{\n${[...x.entries].map(([k, e]) => `${inner}${encodeString(k)}: ${enc(e, inner)}`).join(',\n')}\n${level}}`;
  };
  return enc(v, '');
}
