/** Python `repr()` and `str()` of JSON values (date values are compared through `str()`). */
import { floatRepr } from './number.ts';
import { PyFloat, strRepr, type PyValue } from './value.ts';

export function pyRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${[...v.entries].map(([k, x]) => `${strRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
}

export function pyStr(v: PyValue): string {
  return typeof v === 'string' ? v : pyRepr(v);
}
