/**
 * The options object: the config file (checked, paths relative to it), and the order
 * defaults < config file < command-line flags, as the CLI applies it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.ts';
import { ConfigError, CONFIG_FILE, loadConfig, runtimeOptions, setRuntimeOptions } from './options.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  setRuntimeOptions({});
  vi.restoreAllMocks();
});

function configFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadConfig', () => {
  it('reads every key; db and seeds are relative to the file', () => {
    const file = configFile('full.json', { db: 'out/x.sqlite', seeds: '/abs/seeds', workers: 0, batch: 8, tokenize: 'all', kuromojiCache: false });
    expect(loadConfig(file)).toEqual({ db: path.join(dir, 'out/x.sqlite'), seeds: '/abs/seeds', workers: 0, batch: 8, tokenize: 'all', kuromojiCache: false });
  });

  it(`uses ./${CONFIG_FILE} when present, and nothing when not`, () => {
    const cwd = mkdtempSync(path.join(dir, 'cwd-'));
    expect(loadConfig(undefined, cwd)).toEqual({});
    writeFileSync(path.join(cwd, CONFIG_FILE), JSON.stringify({ batch: 3 }));
    expect(loadConfig(undefined, cwd)).toEqual({ batch: 3 });
  });

  it.each([
    ['unknown-key', { tokenise: 'all' }, /unknown-key\.json: .*tokenise/],
    ['bad-value', { tokenize: 'some' }, /bad-value\.json: tokenize: /],
    ['negative-workers', { workers: -1 }, /negative-workers\.json: workers: /],
    ['not-json', '{ db: x }', /not-json\.json: not valid JSON/],
  ])('stops on %s, naming the file and the key', (name, content, want) => {
    const file = configFile(`${name}.json`, content);
    expect(() => loadConfig(file)).toThrow(ConfigError);
    expect(() => loadConfig(file)).toThrow(want);
  });

  it('a named file must exist', () => {
    expect(() => loadConfig(path.join(dir, 'missing.json'))).toThrow(/missing\.json: no such file/);
  });
});

describe('the CLI applies defaults < config file < flags', () => {
  const run = async (argv: string[]) => {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    const code = await main(argv);
    return { code, err };
  };
  const noDb = path.join(dir, 'none.sqlite');

  it('defaults', async () => {
    await run(['stats', '--db', noDb]);
    expect(runtimeOptions()).toEqual({ tokenize: 'on-demand', kuromojiCache: true, jobTimeoutSeconds: 300, queueMaintenanceSeconds: 30 });
  });

  it('config file settings, and the flags over them (before or after the command)', async () => {
    const file = configFile('run.json', { tokenize: 'all', kuromojiCache: false, db: 'from-config.sqlite', jobTimeoutSeconds: 4, queueMaintenanceSeconds: 1 });
    const { code, err } = await run(['--config', file, 'stats']);
    expect(code).toBe(2);
    expect(err).toContain(path.join(dir, 'from-config.sqlite')); // the config's db is the default
    expect(runtimeOptions()).toEqual({ tokenize: 'all', kuromojiCache: false, jobTimeoutSeconds: 4, queueMaintenanceSeconds: 1 });
    await run([`--config=${file}`, 'stats', '--db', noDb, '--tokenize', 'on-demand']);
    expect(runtimeOptions()).toEqual({ tokenize: 'on-demand', kuromojiCache: false, jobTimeoutSeconds: 4, queueMaintenanceSeconds: 1 });
    await run(['--no-kuromoji-cache', 'stats', '--db', noDb]);
    expect(runtimeOptions()).toEqual({ tokenize: 'on-demand', kuromojiCache: false, jobTimeoutSeconds: 300, queueMaintenanceSeconds: 30 });
  });

  it('a bad config file is a usage error (exit 2) naming it', async () => {
    const { code, err } = await run(['--config', configFile('worse.json', { workers: 'many' }), 'stats']);
    expect(code).toBe(2);
    expect(err).toMatch(/config error: .*worse\.json: workers/);
  });
});
