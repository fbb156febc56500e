/** `--db postgres://…` (or postgresql://) selects PostgreSQL; anything else is a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}
