-- Dyad event database, schema version 1. Documented column by column in docs/schema.md; the
-- Spark job writes the same events and mentions tables. Statements are separated by lines
-- holding only a semicolon-terminated statement end; the migrator splits on ';' at line ends.

CREATE TABLE articles (
  article_id        BIGINT PRIMARY KEY,
  doc_id            VARCHAR NOT NULL,
  url               VARCHAR,
  url_key           VARCHAR,
  source_name       VARCHAR,
  title             VARCHAR,
  published_date    DATE,
  published_origin  VARCHAR NOT NULL,
  content_hash      VARCHAR NOT NULL,
  duplicate_of      BIGINT,
  similarity        DOUBLE,
  input             VARCHAR,
  ingested_at       TIMESTAMP NOT NULL,
  text_length       INTEGER NOT NULL,
  minhash           BLOB,
  text              VARCHAR NOT NULL
);

CREATE INDEX articles_url_key ON articles (url_key);

CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE article_bands (
  bucket            BIGINT NOT NULL,
  article_id        BIGINT NOT NULL
);

CREATE INDEX article_bands_bucket ON article_bands (bucket);

CREATE TABLE events (
  event_id          BIGINT PRIMARY KEY,
  event_key         VARCHAR NOT NULL,
  event_date        DATE,
  date_source       VARCHAR NOT NULL,
  source_code       VARCHAR NOT NULL,
  source_kind       VARCHAR NOT NULL,
  source_country    VARCHAR,
  source_sector     VARCHAR,
  source_org        VARCHAR,
  source_name       VARCHAR,
  target_code       VARCHAR,
  target_kind       VARCHAR,
  target_country    VARCHAR,
  target_sector     VARCHAR,
  target_org        VARCHAR,
  target_name       VARCHAR,
  cameo_code        VARCHAR NOT NULL,
  cameo_base        VARCHAR NOT NULL,
  cameo_root        VARCHAR NOT NULL,
  cameo_name        VARCHAR NOT NULL,
  plover_type       VARCHAR NOT NULL,
  plover_mode       VARCHAR,
  quad_class        TINYINT NOT NULL,
  goldstein         DOUBLE NOT NULL,
  is_root_event     BOOLEAN NOT NULL,
  num_mentions      INTEGER NOT NULL,
  num_sources       INTEGER NOT NULL,
  num_articles      INTEGER NOT NULL,
  first_reported    DATE,
  last_reported     DATE,
  date_added        TIMESTAMP NOT NULL,
  source_url        VARCHAR,
  place_name        VARCHAR,
  place_country     VARCHAR,
  place_geonameid   BIGINT,
  place_admin1      VARCHAR,
  place_feature_code VARCHAR,
  place_lat         DOUBLE,
  place_lon         DOUBLE,
  place_precision   VARCHAR,
  place_how         VARCHAR
);

CREATE UNIQUE INDEX events_event_key ON events (event_key);

CREATE TABLE mentions (
  mention_id        BIGINT PRIMARY KEY,
  event_id          BIGINT NOT NULL,
  article_id        BIGINT NOT NULL,
  doc_id            VARCHAR NOT NULL,
  source_name       VARCHAR,
  url               VARCHAR,
  published_date    DATE,
  mentioned_at      TIMESTAMP NOT NULL,
  event_date        DATE,
  in_duplicate      BOOLEAN NOT NULL,
  doc_length        INTEGER NOT NULL,
  sentence          INTEGER NOT NULL,
  sentence_begin    INTEGER NOT NULL,
  sentence_end      INTEGER NOT NULL,
  sentence_text     VARCHAR NOT NULL,
  trigger_begin     INTEGER,
  trigger_end       INTEGER,
  trigger_text      VARCHAR,
  source_begin      INTEGER,
  source_end        INTEGER,
  source_text       VARCHAR,
  target_begin      INTEGER,
  target_end        INTEGER,
  target_text       VARCHAR,
  date_begin        INTEGER,
  date_end          INTEGER,
  date_text         VARCHAR,
  source_actor_name VARCHAR,
  target_actor_name VARCHAR
);

CREATE TABLE actors (
  actor_id          BIGINT PRIMARY KEY,
  name              VARCHAR NOT NULL,
  name_key          VARCHAR NOT NULL,
  last_name_key     VARCHAR NOT NULL,
  country           VARCHAR,
  sector            VARCHAR,
  role              VARCHAR,
  first_seen        DATE,
  last_seen         DATE,
  articles          INTEGER NOT NULL,
  first_article_id  BIGINT NOT NULL
);

CREATE TABLE actor_corrections (
  correction_id     BIGINT PRIMARY KEY,
  name              VARCHAR NOT NULL,
  name_key          VARCHAR NOT NULL,
  country           VARCHAR,
  sector            VARCHAR,
  role              VARCHAR,
  valid_from        DATE,
  valid_to          DATE,
  forget            BOOLEAN NOT NULL,
  note              VARCHAR,
  created_at        TIMESTAMP NOT NULL
);

CREATE TABLE feeds (
  feed_url          VARCHAR PRIMARY KEY,
  etag              VARCHAR,
  last_modified     VARCHAR,
  last_polled       TIMESTAMP,
  last_status       INTEGER,
  failures          INTEGER NOT NULL,
  next_poll         TIMESTAMP,
  items_seen        BIGINT NOT NULL
);
