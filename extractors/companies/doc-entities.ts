/**
 * The companies seen in one document (extract-document.ts), each made once: a dictionary
 * company by its index, a discovered name by what it reads as — a dictionary alias, a
 * registered name, or a company of its own.
 */
import { aliasKey } from './dictionary.ts';
import { discoveredKey, type DocEntity } from './model.ts';
import { registeredNameCompany, registeredNameEnv } from './registered-names.ts';
import type { CompanyResources } from './vocabulary.ts';

export class DocEntities {
  private readonly byId = new Map<string, DocEntity>();

  constructor(private readonly res: CompanyResources) {}

  /** The dictionary company at `index`. */
  dictionary(index: number): DocEntity {
    const e = this.res.dict.entities[index]!;
    let ent = this.byId.get(e.id);
    if (!ent) {
      ent = { id: e.id, canonical: e.canonical, discovered: false, dictIndex: index, names: new Set() };
      this.byId.set(e.id, ent);
    }
    return ent;
  }

  /** The company a discovered name (without legal form) stands for. */
  discovered(name: string): DocEntity {
    const { res } = this;
    const dict = res.aliasIndex.get(aliasKey(name)) ?? (name.includes(' ') && !/^[\x20-\x7e]+$/.test(name) ? res.aliasIndex.get(aliasKey(name.replace(/ /g, ''))) : undefined);
    if (dict !== undefined) return this.dictionary(dict);
    const registered = registeredNameCompany(name, registeredNameEnv(res));
    if (registered !== null) return this.dictionary(registered);
    const id = `discovered:${discoveredKey(name)}`;
    let ent = this.byId.get(id);
    if (!ent) {
      ent = { id, canonical: name, discovered: true, dictIndex: -1, names: new Set() };
      this.byId.set(id, ent);
    }
    ent.names.add(name);
    return ent;
  }

  /** Every company seen, in the order first seen. */
  all(): IterableIterator<DocEntity> {
    return this.byId.values();
  }
}
