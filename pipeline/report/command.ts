/**
 * `report --db FILE --out DIR`: the static HTML report (see build.ts).
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';

export function registerReport(program: Command, defaultDb: string): void {
  program
    .command('report')
    .description('write a static HTML report (documents with highlighted records, companies, agreements, changes) that opens from disk')
    .option('--db <file>', 'SQLite database', defaultDb)
    .option('--out <dir>', 'output folder', 'output/report')
    .action(async (opts: { db: string; out: string }) => {
      // Loaded when the command runs, so `--help` stays cheap.
      const { openDatabase } = await import('../db/database.ts');
      const { buildReport } = await import('./build.ts');
      if (!existsSync(opts.db)) {
        process.stderr.write(`usage error: no database at ${opts.db}; run \`ingest\` first or pass --db FILE\n`);
        process.exitCode = 2;
        return;
      }
      const db = openDatabase(opts.db, { readonly: true });
      try {
        const s = buildReport(db, opts.out);
        process.stderr.write(`report: ${s.documents} documents, ${s.companies} companies, ${s.agreements} agreements → ${opts.out}/index.html (${s.files} files, ${s.seconds.toFixed(2)} s)\n`);
      } finally {
        db.close();
      }
    });
}
