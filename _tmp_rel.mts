import { compileRelationPattern } from './extractors/agreements/vocabulary-compile.ts';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
const y: any = YAML.parse(readFileSync('seeds/agreements/relations.yaml', 'utf8'));
const id = process.argv[2]; const flat = process.argv[3];
const r = y.relations.find((x: any) => x.id === id);
const { regex } = compileRelationPattern('f', 0 as any, r.lang, r.pattern);
regex.lastIndex = 0;
console.log(regex.exec(flat.replace(/P/g, '\uE000')));
