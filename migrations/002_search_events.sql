-- Searches, as writers need them and nothing more: the redacted query, how many results it had and
-- which result (if any) was opened. `id` is random per search, so a click can find its search; it
-- says nothing about who searched. Raw events are rolled up into search_daily and deleted after a
-- configurable number of days.
CREATE TABLE search_events (
  id uuid PRIMARY KEY,
  day date NOT NULL,
  locale text NOT NULL,
  query text NOT NULL CHECK (char_length(query) BETWEEN 1 AND 200),
  results integer NOT NULL CHECK (results >= 0),
  source text NOT NULL CHECK (source IN ('page', 'instant')),
  opened_position integer CHECK (opened_position >= 1),
  searched_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX search_events_by_day ON search_events (day, locale);

CREATE TABLE search_daily (
  day date NOT NULL,
  locale text NOT NULL,
  query text NOT NULL,
  searches integer NOT NULL,
  zero_results integer NOT NULL,
  opened integer NOT NULL,
  PRIMARY KEY (day, locale, query)
);
