-- Articles, kept whole as export JSON beside the columns that are searched.
CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT    NOT NULL UNIQUE,
    source       TEXT    NOT NULL,
    outlet       TEXT,
    url          TEXT,
    title        TEXT,
    published    TEXT,
    duplicate_of TEXT,
    fingerprint  BLOB,
    json         TEXT    NOT NULL,
    stored_at    TEXT    NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_published ON articles (published);

-- The locality-sensitive band hashes of each body fingerprint: near-duplicates very likely share one.
CREATE TABLE fingerprint_bands (
    band  INTEGER NOT NULL,
    value INTEGER NOT NULL,
    seq   INTEGER NOT NULL REFERENCES articles (seq)
);
CREATE INDEX fingerprint_bands_lookup ON fingerprint_bands (band, value);
