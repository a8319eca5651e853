-- What the understand stage found in each article (mentions, quotes, time expressions), as JSON.
-- `annotator` names the annotator and its version, so a newer one can redo older annotations.
CREATE TABLE annotations (
    article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id),
    annotator  TEXT NOT NULL,
    json       TEXT NOT NULL,
    stored_at  TEXT NOT NULL
);
