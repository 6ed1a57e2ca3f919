-- Dyad event database, schema version 2: the event place's GeoNames admin1 code and gazetteer
-- name, which the GDELT export needs (ActionGeo_ADM1Code, ActionGeo_FullName). ADD COLUMN
-- appends them after place_how; rows stored before stay, with NULL in both.

ALTER TABLE events ADD COLUMN place_admin1_code VARCHAR;

ALTER TABLE events ADD COLUMN place_gazetteer_name VARCHAR;
