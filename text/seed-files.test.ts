import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadYaml, ResourceError } from './seed-files.ts';

const schema = z.object({ units: z.array(z.object({ id: z.string(), factor: z.number() }).strict()) }).strict();

function write(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'res-')), 'units.yaml');
  writeFileSync(file, text);
  return file;
}

function errorOf(text: string): ResourceError {
  try {
    loadYaml(write(text), () => schema);
  } catch (e) {
    if (e instanceof ResourceError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('loadYaml: errors name file:line and what is wrong', () => {
  it.each([
    ['a syntax error (reported where the parser notices it)', 'units:\n  - id: wh\n    factor: [1\n', 4, /invalid YAML/],
    ['a duplicate key', 'units:\n  - id: wh\n    id: kwh\n    factor: 1\n', 3, /invalid YAML.*(duplicat|unique)/i],
    ['a wrong type', 'units:\n  - id: wh\n    factor: 1\n  - id: kwh\n    factor: thousand\n', 5, /units\.1\.factor/],
    ['an unknown key', 'units:\n  - id: wh\n    factor: 1\n    facter: 2\n', 2, /unrecognized key/i],
  ])('%s', (_name, text, line, message) => {
    const e = errorOf(text);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(/units\.yaml:\d+: /);
    expect(e.problem).toMatch(message);
  });

  it('valid data loads, and lineOf finds a node', () => {
    const loaded = loadYaml(write('units:\n  - id: wh\n    factor: 1\n  - id: kwh\n    factor: 1000\n'), () => schema);
    expect(loaded.data.units[1]).toEqual({ id: 'kwh', factor: 1000 });
    expect(loaded.lineOf(['units', 1, 'factor'])).toBe(5);
    expect(loaded.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
