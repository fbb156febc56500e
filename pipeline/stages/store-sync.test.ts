/**
 * Store.syncCompanies writes the dictionary's companies at the start of a run, unless the last
 * run that ended did so with the same state and ended well (its rows stand).
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import type { ExtractionState } from '../storage.ts';
import type { CompanyEntity } from '../../extractors/types.ts';
import { Store } from './store.ts';

const entity = (id: string, canonical: string): CompanyEntity => ({ id, canonical, parents: [], aliases: [{ alias: canonical, lang: 'en' }] });
const stateA: ExtractionState = { extractors: { companies: '1' }, resources: { 'companies/companies.yaml': 'a' } };
const stateB: ExtractionState = { extractors: { companies: '1' }, resources: { 'companies/companies.yaml': 'b' } };

function run(store: Store, state: ExtractionState, entities: CompanyEntity[], status: string): void {
  const id = store.startRun('ingest', 'test', state, 'h');
  store.syncCompanies(entities, state);
  store.finishRun(id, status, 0, 0, 0, {});
}

const dictionaryNames = (store: Store) =>
  (store.db.prepare('SELECT canonical FROM companies WHERE in_dictionary = 1 ORDER BY id').all() as { canonical: string }[]).map((r) => r.canonical);

describe('syncCompanies', () => {
  it('skips the write when the last run ended well with the same state, and writes again after any other', () => {
    const store = new Store(openDatabase(':memory:'));
    run(store, stateA, [entity('x', 'Xylo')], 'done');
    // (the same state: the rows stand, so what is passed is not written — shown by passing something else)
    run(store, stateA, [entity('x', 'Changed')], 'done');
    expect(dictionaryNames(store)).toEqual(['Xylo']);
    run(store, stateB, [entity('x', 'Xylo'), entity('y', 'Yarrow')], 'failed');
    expect(dictionaryNames(store)).toEqual(['Xylo', 'Yarrow']);
    // (back to A after a run that ended badly with B: written again)
    run(store, stateA, [entity('x', 'Xylo')], 'done');
    expect(dictionaryNames(store)).toEqual(['Xylo']);
  });

  it('always writes without a state (callers that do not say)', () => {
    const store = new Store(openDatabase(':memory:'));
    run(store, stateA, [entity('x', 'Xylo')], 'done');
    store.syncCompanies([entity('x', 'Xylophone')]);
    expect(dictionaryNames(store)).toEqual(['Xylophone']);
  });
});
