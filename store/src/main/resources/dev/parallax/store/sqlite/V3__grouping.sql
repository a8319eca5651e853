-- Event grouping kept between runs, per grouping (one per way of understanding articles).
-- `state` is the grouper's saved state (gzipped binary); it is replaced with the placements of each run,
-- in one transaction. `revision` counts the saves: a run saves only over the revision it started from,
-- so two processes grouping into one store at once cannot overwrite each other's events.
CREATE TABLE grouping_state (
    grouping   TEXT    NOT NULL PRIMARY KEY,
    state      BLOB    NOT NULL,
    revision   INTEGER NOT NULL,
    updated_at TEXT    NOT NULL
);

-- Where each article went: its event, the date it was given (estimated from the event when undated)
-- and the explanation of the decision, as JSON. `seq` keeps the order of placement.
CREATE TABLE placements (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    grouping       TEXT    NOT NULL,
    article_id     TEXT    NOT NULL REFERENCES articles (id),
    event_id       TEXT    NOT NULL,
    opened         INTEGER NOT NULL,
    date           TEXT,
    date_estimated INTEGER NOT NULL,
    explanation    TEXT    NOT NULL,
    UNIQUE (grouping, article_id)
);
CREATE INDEX placements_event ON placements (grouping, event_id, seq);
