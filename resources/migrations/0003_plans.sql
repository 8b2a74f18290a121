-- Daicho register, schema version 3: 区画図 (floor plans). An area's outline, an asset's
-- points on the plans of its places, and one plan per floor with its background image,
-- calibration, doors and title block.
-- Published migrations are append-only: never edit this file, add 0004_….sql instead.

-- "x,y x,y …" in whole millimetres; '' = not drawn.
ALTER TABLE places ADD COLUMN outline TEXT NOT NULL DEFAULT '';
-- "x,y" in whole millimetres; NULL = laid out automatically.
ALTER TABLE assets ADD COLUMN use_point TEXT;
ALTER TABLE assets ADD COLUMN store_point TEXT;

CREATE TABLE floor_plans (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    floor_id          INTEGER NOT NULL UNIQUE REFERENCES places(id),
    title             TEXT NOT NULL DEFAULT '',
    department_id     INTEGER REFERENCES departments(id),
    author            TEXT NOT NULL DEFAULT '',
    approver          TEXT NOT NULL DEFAULT '',
    edition           TEXT NOT NULL DEFAULT '',
    created_on        TEXT,
    updated_on        TEXT,
    classification    TEXT NOT NULL DEFAULT '',
    grid_mm           INTEGER NOT NULL DEFAULT 500,
    north_degrees     INTEGER NOT NULL DEFAULT 0,
    background        BLOB,
    background_width  INTEGER NOT NULL DEFAULT 0,
    background_height INTEGER NOT NULL DEFAULT 0,
    background_x_um   INTEGER NOT NULL DEFAULT 0,
    background_y_um   INTEGER NOT NULL DEFAULT 0,
    background_um_per_px INTEGER NOT NULL DEFAULT 10000,
    background_opacity INTEGER NOT NULL DEFAULT 45,
    doors             TEXT NOT NULL DEFAULT '[]' -- JSON, as in the exchange format
);
