/**
 * Numbered schema migrations, applied in order and recorded in PRAGMA user_version.
 * Never edit a released migration: add the next one.
 *
 * All offsets (start, end) are Unicode code points of documents.text, half-open:
 *   substr(documents.text, start + 1, end - start) = surface
 */
export const MIGRATIONS: readonly string[] = [
  // 1: core tables
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,                 -- ingest | reextract
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running', -- running | done | failed | nothing_to_do
    tool_version TEXT NOT NULL,
    extractor_versions TEXT NOT NULL,      -- JSON {extractor id: version}
    resource_hashes TEXT NOT NULL,         -- JSON {seed file: sha256}
    dictionary_hash TEXT NOT NULL,         -- sha256 over all resource hashes
    documents_read INTEGER NOT NULL DEFAULT 0,
    documents_skipped INTEGER NOT NULL DEFAULT 0,
    documents_failed INTEGER NOT NULL DEFAULT 0,
    counts TEXT NOT NULL DEFAULT '{}'      -- JSON {kind: mentions stored}
  ) STRICT;

  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,             -- absolute path at ingest
    name TEXT NOT NULL,                    -- file name, the "doc" of exports
    format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html')),
    content_hash TEXT NOT NULL,            -- sha256 of the file bytes
    encoding TEXT NOT NULL,                -- detected encoding
    language_mix TEXT NOT NULL,            -- JSON {ja: share, en: share, other: share} of characters
    document_date TEXT,                    -- YYYY-MM-DD (or YYYY-MM / YYYY)
    document_date_source TEXT,             -- metadata | dateline | header | first_date
    text TEXT NOT NULL,                    -- stored text; every offset refers to it
    char_count INTEGER NOT NULL,           -- code points
    ingested_run INTEGER NOT NULL REFERENCES runs(id),
    extracted_run INTEGER NOT NULL REFERENCES runs(id),
    extraction_state TEXT NOT NULL         -- JSON {extractors: {id: version}, resources: {file: hash}}
  ) STRICT;

  CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,                    -- heading | sentence | list_item | table_header | table_row
    paragraph INTEGER NOT NULL,
    lang TEXT NOT NULL,                    -- ja | en | other
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    table_no INTEGER,
    row_no INTEGER,
    UNIQUE (document_id, idx)
  ) STRICT;

  CREATE TABLE companies (
    id TEXT PRIMARY KEY,                   -- dictionary id, or discovered:<key>
    canonical TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    wikidata TEXT,
    parents TEXT NOT NULL DEFAULT '[]',    -- JSON list of company ids
    discovered INTEGER NOT NULL DEFAULT 0 CHECK (discovered IN (0, 1)),
    in_dictionary INTEGER NOT NULL DEFAULT 1 CHECK (in_dictionary IN (0, 1))
  ) STRICT;

  CREATE TABLE company_aliases (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    lang TEXT NOT NULL,                    -- en | ja | zh | found
    PRIMARY KEY (company_id, alias)
  ) STRICT;

  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('company', 'date', 'quantity')),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    surface TEXT NOT NULL,
    value TEXT NOT NULL,                   -- JSON normalised value
    company_id TEXT REFERENCES companies(id),
    extractor TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    rule TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    CHECK (end > start)
  ) STRICT;
  CREATE INDEX mentions_document ON mentions(document_id, kind, start);
  CREATE INDEX mentions_company ON mentions(company_id);

  CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    date_value TEXT,                       -- JSON date value or NULL
    extractor TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    rule TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs(id)
  ) STRICT;
  CREATE INDEX agreements_document ON agreements(document_id);

  CREATE TABLE agreement_parties (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    company_id TEXT REFERENCES companies(id),  -- NULL for a non-company party
    name TEXT NOT NULL,                        -- canonical company name or the plain name
    PRIMARY KEY (agreement_id, position)
  ) STRICT;

  CREATE TABLE agreement_evidence (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    surface TEXT NOT NULL,
    PRIMARY KEY (agreement_id, position)
  ) STRICT;

  CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    path TEXT NOT NULL,
    stage TEXT NOT NULL,                   -- read | extract | store | dictionary
    message TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  `,
  // 2: views for people browsing the database
  `
  CREATE VIEW v_mentions AS
    SELECT m.id, d.name AS document, d.path, m.kind, m.start, m.end, m.surface,
           CASE m.kind WHEN 'company' THEN c.canonical ELSE NULL END AS company,
           m.value, m.rule, m.extractor, m.extractor_version, m.run_id
    FROM mentions m JOIN documents d ON d.id = m.document_id
    LEFT JOIN companies c ON c.id = m.company_id;

  CREATE VIEW v_company_mentions AS
    SELECT d.name AS document, m.start, m.end, m.surface, c.canonical, c.id AS company_id,
           c.discovered, m.rule
    FROM mentions m JOIN documents d ON d.id = m.document_id JOIN companies c ON c.id = m.company_id
    WHERE m.kind = 'company';

  CREATE VIEW v_dates AS
    SELECT d.name AS document, m.start, m.end, m.surface,
           json_extract(m.value, '$.start') AS date_start, json_extract(m.value, '$.end') AS date_end,
           json_extract(m.value, '$.granularity') AS granularity, json_extract(m.value, '$.mod') AS mod, m.rule
    FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.kind = 'date';

  CREATE VIEW v_quantities AS
    SELECT d.name AS document, m.start, m.end, m.surface,
           json_extract(m.value, '$.kind') AS quantity_kind, json_extract(m.value, '$.value') AS value,
           json_extract(m.value, '$.min') AS min, json_extract(m.value, '$.max') AS max,
           json_extract(m.value, '$.unit') AS unit, json_extract(m.value, '$.mod') AS mod,
           json_extract(m.value, '$.perYear') AS per_year, m.rule
    FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.kind = 'quantity';

  CREATE VIEW v_agreements AS
    SELECT a.id, d.name AS document, a.type,
           (SELECT group_concat(name, ' + ') FROM (SELECT name FROM agreement_parties p WHERE p.agreement_id = a.id ORDER BY name)) AS parties,
           a.date_start, a.date_end,
           (SELECT group_concat(surface, ' / ') FROM (SELECT surface FROM agreement_evidence e WHERE e.agreement_id = a.id ORDER BY position)) AS evidence,
           a.rule
    FROM agreements a JOIN documents d ON d.id = a.document_id;

  CREATE VIEW v_companies AS
    SELECT c.id, c.canonical, c.country, c.sector, c.wikidata, c.discovered,
           (SELECT count(*) FROM mentions m WHERE m.company_id = c.id) AS mentions,
           (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.company_id = c.id) AS documents,
           (SELECT group_concat(alias, ' | ') FROM company_aliases a WHERE a.company_id = c.id) AS aliases
    FROM companies c;

  CREATE VIEW v_documents AS
    SELECT d.id, d.name, d.path, d.format, d.encoding, d.language_mix, d.document_date, d.char_count,
           (SELECT count(*) FROM mentions m WHERE m.document_id = d.id AND m.kind = 'company') AS companies,
           (SELECT count(*) FROM mentions m WHERE m.document_id = d.id AND m.kind = 'date') AS dates,
           (SELECT count(*) FROM mentions m WHERE m.document_id = d.id AND m.kind = 'quantity') AS quantities,
           (SELECT count(*) FROM agreements a WHERE a.document_id = d.id) AS agreements,
           d.extracted_run
    FROM documents d;

  -- Provenance check: every stored span must equal its surface text. Expected: no rows.
  CREATE VIEW v_span_mismatches AS
    SELECT 'mention' AS what, m.id, d.name AS document, m.start, m.end, m.surface,
           substr(d.text, m.start + 1, m.end - m.start) AS text_at_span
    FROM mentions m JOIN documents d ON d.id = m.document_id
    WHERE substr(d.text, m.start + 1, m.end - m.start) IS NOT m.surface
    UNION ALL
    SELECT 'agreement_evidence', e.agreement_id, d.name, e.start, e.end, e.surface,
           substr(d.text, e.start + 1, e.end - e.start)
    FROM agreement_evidence e JOIN agreements a ON a.id = e.agreement_id JOIN documents d ON d.id = a.document_id
    WHERE substr(d.text, e.start + 1, e.end - e.start) IS NOT e.surface;

  CREATE VIEW v_runs AS
    SELECT id, command, status, started_at, finished_at, documents_read, documents_skipped, documents_failed,
           counts, extractor_versions, substr(dictionary_hash, 1, 12) AS dictionary_hash
    FROM runs ORDER BY id DESC;
  `,
  // 3: incremental reextraction — text index, dictionary versions, change log
  `
  -- Trigram index over the NORMALISED text of each document (rowid = documents.id), so the
  -- documents an added/removed alias can affect are found without rescanning every text.
  CREATE VIRTUAL TABLE document_index USING fts5(body, tokenize = 'trigram', content = '', contentless_delete = 1);

  -- The alias map of every company-dictionary version a document was extracted with.
  CREATE TABLE dictionary_versions (
    hash TEXT PRIMARY KEY,                 -- sha256 of the dictionary file
    first_run INTEGER REFERENCES runs(id),
    aliases TEXT NOT NULL,                 -- JSON {alias key: "company id[?]"} (? = ambiguous)
    canonical TEXT NOT NULL                -- JSON {company id: canonical name}
  ) STRICT;

  -- What each run changed: one row per added / removed / changed record.
  CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    document_id INTEGER,                   -- no foreign key: the change log outlives documents
    document TEXT NOT NULL,                -- file name
    category TEXT NOT NULL CHECK (category IN ('document', 'company', 'date', 'quantity', 'agreement')),
    change TEXT NOT NULL CHECK (change IN ('added', 'removed', 'changed')),
    key TEXT NOT NULL,                     -- identity of the record within the document
    surface TEXT,
    before TEXT,                           -- JSON, NULL when added
    after TEXT                             -- JSON, NULL when removed
  ) STRICT;
  CREATE INDEX changes_run ON changes(run_id, document_id);

  CREATE VIEW v_run_changes AS
    SELECT run_id, document, category,
           sum(change = 'added') AS added, sum(change = 'removed') AS removed, sum(change = 'changed') AS changed
    FROM changes GROUP BY run_id, document, category;

  CREATE VIEW v_run_change_totals AS
    SELECT c.run_id, r.command, r.started_at, c.category,
           sum(c.change = 'added') AS added, sum(c.change = 'removed') AS removed, sum(c.change = 'changed') AS changed,
           count(DISTINCT c.document) AS documents
    FROM changes c JOIN runs r ON r.id = c.run_id GROUP BY c.run_id, c.category;
  `,
  // 4: ingest looks documents up by content hash for every file it sees
  `
  CREATE INDEX documents_content_hash ON documents(content_hash);
  `,
  // 5: the FTS5 trigram index is replaced by per-document trigram signatures, computed in the
  //    worker threads instead of by the single database writer (see stages/alias-signature.ts).
  //    Documents stored before this migration have no signature: reextract treats them as
  //    possibly containing every changed alias, and they get one when they are redone.
  `
  DROP TABLE document_index;

  CREATE TABLE alias_signatures (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature BLOB NOT NULL                -- Bloom filter of the normalised text's trigrams
  ) STRICT;
  `,
  // 6: what each document was extracted with, by reference. A dictionary edit re-stamps most
  //    documents; with the state inside documents that rewrote every document row (its whole
  //    text), i.e. the whole database, on every reextract.
  `
  CREATE TABLE extraction_states (
    id INTEGER PRIMARY KEY,
    state TEXT NOT NULL UNIQUE             -- JSON {extractors: {id: version}, resources: {seed file: sha256}}
  ) STRICT;

  CREATE TABLE document_states (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    state_id INTEGER NOT NULL REFERENCES extraction_states(id)
  ) STRICT;

  INSERT INTO extraction_states (state) SELECT DISTINCT extraction_state FROM documents;
  INSERT INTO document_states (document_id, state_id)
    SELECT d.id, s.id FROM documents d JOIN extraction_states s ON s.state = d.extraction_state;
  ALTER TABLE documents DROP COLUMN extraction_state;
  `,
  // 7: reliability: the process that owns a run (a later process marks a run `interrupted` only
  //    when its process is gone, not a concurrent ingest), and a span check whose cost is linear:
  //    v_span_mismatches read substr() of the whole document text for every mention (the text of
  //    a row is read whole, and substr counts characters from its start), O(mentions × length)
  //    — over 10 minutes on one 4.7 MB article. Each segment now stores its own text, and a span
  //    is compared with the text of the segment it lies in (found by the index below); only a
  //    span outside every stored segment text (older rows, a span across segments) falls back
  //    to the document text.
  `
  ALTER TABLE runs ADD COLUMN pid INTEGER;     -- process id of the run (NULL: stored by an older version)
  ALTER TABLE runs ADD COLUMN host TEXT;       -- host name of that process
  ALTER TABLE segments ADD COLUMN text TEXT;   -- the segment's text: substr(documents.text, start + 1, end - start); stored for long documents (store.ts SEGMENT_TEXT_MIN_LENGTH)
  CREATE INDEX segments_start ON segments(document_id, start);

  DROP VIEW v_span_mismatches;
  CREATE VIEW v_span_mismatches AS
    SELECT what, id, document, start, end, surface, text_at_span FROM (
      SELECT 'mention' AS what, m.id, d.name AS document, m.start, m.end, m.surface,
             CASE WHEN s.text IS NOT NULL AND s.end >= m.end THEN substr(s.text, m.start - s.start + 1, m.end - m.start)
                  ELSE (SELECT substr(t.text, m.start + 1, m.end - m.start) FROM documents t WHERE t.id = m.document_id) END AS text_at_span
      FROM mentions m JOIN documents d ON d.id = m.document_id
      LEFT JOIN segments s ON s.id = (SELECT s2.id FROM segments s2 WHERE s2.document_id = m.document_id AND s2.start <= m.start ORDER BY s2.start DESC LIMIT 1)
      UNION ALL
      SELECT 'agreement_evidence', e.agreement_id, d.name, e.start, e.end, e.surface,
             CASE WHEN s.text IS NOT NULL AND s.end >= e.end THEN substr(s.text, e.start - s.start + 1, e.end - e.start)
                  ELSE (SELECT substr(t.text, e.start + 1, e.end - e.start) FROM documents t WHERE t.id = a.document_id) END
      FROM agreement_evidence e JOIN agreements a ON a.id = e.agreement_id JOIN documents d ON d.id = a.document_id
      LEFT JOIN segments s ON s.id = (SELECT s2.id FROM segments s2 WHERE s2.document_id = a.document_id AND s2.start <= e.start ORDER BY s2.start DESC LIMIT 1)
    )
    WHERE text_at_span IS NOT surface;
  `,
  // 8: agreements: party roles (supplier / customer, investor / investee, acquirer / target,
  //    licensor / licensee, founder) where the text states the direction; shown in v_agreements.
  `
  ALTER TABLE agreement_parties ADD COLUMN role TEXT;

  DROP VIEW v_agreements;
  CREATE VIEW v_agreements AS
    SELECT a.id, d.name AS document, a.type,
           (SELECT group_concat(name, ' + ') FROM (SELECT name FROM agreement_parties p WHERE p.agreement_id = a.id ORDER BY name)) AS parties,
           (SELECT group_concat(role || ': ' || name, '; ') FROM (SELECT role, name FROM agreement_parties p WHERE p.agreement_id = a.id AND role IS NOT NULL ORDER BY role, name)) AS roles,
           a.date_start, a.date_end,
           (SELECT group_concat(surface, ' / ') FROM (SELECT surface FROM agreement_evidence e WHERE e.agreement_id = a.id ORDER BY position)) AS evidence,
           a.rule
    FROM agreements a JOIN documents d ON d.id = a.document_id;
  `,
  // 9: companies: company_links — a company's parent (subsidiary of) or owners (a joint venture's
  //    founders), from the dictionary's `parents` or found in a document's text; v_companies
  //    shows them by canonical name.
  `
  CREATE TABLE company_links (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    parent_id TEXT NOT NULL,               -- a company id (dictionary or discovered:<key>)
    relation TEXT NOT NULL CHECK (relation IN ('parent', 'owner')),
    source TEXT NOT NULL CHECK (source IN ('dictionary', 'text')),
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE, -- the document that states it (source text)
    UNIQUE (company_id, parent_id, relation, source, document_id)
  ) STRICT;
  CREATE INDEX company_links_parent ON company_links(parent_id);

  INSERT OR IGNORE INTO company_links (company_id, parent_id, relation, source, document_id)
    SELECT c.id, p.value, CASE WHEN json_array_length(c.parents) > 1 THEN 'owner' ELSE 'parent' END, 'dictionary', NULL
    FROM companies c, json_each(c.parents) p;

  DROP VIEW v_companies;
  CREATE VIEW v_companies AS
    SELECT c.id, c.canonical, c.country, c.sector, c.wikidata, c.discovered,
           (SELECT count(*) FROM mentions m WHERE m.company_id = c.id) AS mentions,
           (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.company_id = c.id) AS documents,
           (SELECT group_concat(alias, ' | ') FROM company_aliases a WHERE a.company_id = c.id) AS aliases,
           (SELECT group_concat(DISTINCT coalesce(p.canonical, l.parent_id)) FROM company_links l
              LEFT JOIN companies p ON p.id = l.parent_id WHERE l.company_id = c.id) AS parents
    FROM companies c;
  `,
  // 10: throughput (#18): mentions_company indexes company mentions only. Dates and quantities
  //     (half of all mentions) have no company_id, and every one of them was an index entry the
  //     single writer had to insert. Queries on `company_id = ...` imply IS NOT NULL, so SQLite
  //     uses the partial index for them (v_companies, reextract's renamed-company lookup).
  `
  DROP INDEX mentions_company;
  CREATE INDEX mentions_company ON mentions(company_id) WHERE company_id IS NOT NULL;
  `,
  // 11: throughput (#18): mentions.kind is checked with = … OR … instead of IN (…). SQLite
  //     evaluates a CHECK's IN list by building a temporary index of the list each time the
  //     INSERT statement runs, that is for every mention row: ~2.5 µs of the ~8 µs a row cost
  //     the single writer (measured in memory, same rows, median of 9: 6.5 µs with the IN list,
  //     4.3 µs with the ORs, 4.1 µs with no CHECK). The same constraint; the table is rebuilt
  //     because SQLite cannot alter a CHECK. legacy_alter_table keeps the rename from checking the
  //     views, which read "mentions" by name and see the rebuilt table.
  `
  CREATE TABLE mentions_rebuilt (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'company' OR kind = 'date' OR kind = 'quantity'),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    surface TEXT NOT NULL,
    value TEXT NOT NULL,                   -- JSON normalised value
    company_id TEXT REFERENCES companies(id),
    extractor TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    rule TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    CHECK (end > start)
  ) STRICT;
  INSERT INTO mentions_rebuilt (id, document_id, kind, start, end, surface, value, company_id, extractor, extractor_version, rule, run_id)
    SELECT id, document_id, kind, start, end, surface, value, company_id, extractor, extractor_version, rule, run_id FROM mentions;
  DROP TABLE mentions;
  PRAGMA legacy_alter_table = ON;
  ALTER TABLE mentions_rebuilt RENAME TO mentions;
  PRAGMA legacy_alter_table = OFF;
  CREATE INDEX mentions_document ON mentions(document_id, kind, start);
  CREATE INDEX mentions_company ON mentions(company_id) WHERE company_id IS NOT NULL;
  `,
  // 12: throughput (#18): company_links is searched by document: writing a document first
  //     deletes the links it stated before, and deleting a document cascades to them. With no
  //     index each write scanned the whole table: ~6 ms a document with 56,000 links (what
  //     200 MB of real-density articles state), so a run slowed with the database it had written.
  `
  CREATE INDEX company_links_document ON company_links(document_id);
  `,
];
