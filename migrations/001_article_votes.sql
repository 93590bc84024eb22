-- "Was this helpful?" votes: one row per browser, article and UTC day; a later vote replaces it.
-- `browser` is the SHA-256 of a random cookie that expires at midnight UTC: it identifies no one,
-- and nothing else about the person (address, user agent) is kept.
CREATE TABLE article_votes (
  browser text NOT NULL CHECK (browser ~ '^[0-9a-f]{64}$'),
  day date NOT NULL,
  locale text NOT NULL,
  slug text NOT NULL,
  helpful boolean NOT NULL,
  reason text CHECK (reason IN ('outdated', 'unclear', 'not-solved', 'other')),
  comment text CHECK (char_length(comment) <= 1000),
  voted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (browser, day, locale, slug),
  -- A reason and a comment explain a No; a Yes has neither.
  CHECK (NOT helpful OR (reason IS NULL AND comment IS NULL))
);

CREATE INDEX article_votes_by_article ON article_votes (locale, slug, day);
