-- Daicho register, schema version 2: places (sites, buildings, floors and the areas on
-- them), where each asset is used and kept, and the findings accepted as risks.
-- Published migrations are append-only: never edit this file, add 0003_….sql instead.

CREATE TABLE places (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id          INTEGER REFERENCES places(id),
    kind               TEXT NOT NULL,
    name               TEXT NOT NULL,
    level              INTEGER NOT NULL,
    locked_after_hours INTEGER NOT NULL DEFAULT 1,
    business_hours     TEXT NOT NULL DEFAULT '',
    entry_control      TEXT NOT NULL DEFAULT '', -- entry control ids, comma-separated
    manager_id         INTEGER REFERENCES people(id),
    controlled_area    INTEGER NOT NULL DEFAULT 0,
    handling_area      INTEGER NOT NULL DEFAULT 0,
    notes              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX places_parent ON places(parent_id);
CREATE INDEX places_manager ON places(manager_id);

CREATE TABLE acceptances (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    asset_id    INTEGER NOT NULL REFERENCES assets(id),
    code        TEXT NOT NULL,
    place_id    INTEGER REFERENCES places(id),
    subject     TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL,
    person      TEXT NOT NULL,
    until       TEXT NOT NULL,
    accepted_at TEXT NOT NULL
);
CREATE INDEX acceptances_asset ON acceptances(asset_id);
CREATE INDEX acceptances_place ON acceptances(place_id);

-- NULL = not placed; a NULL place of storage means the place of use.
ALTER TABLE assets ADD COLUMN use_place_id INTEGER REFERENCES places(id);
ALTER TABLE assets ADD COLUMN store_place_id INTEGER REFERENCES places(id);
CREATE INDEX assets_use_place ON assets(use_place_id);
CREATE INDEX assets_store_place ON assets(store_place_id);
