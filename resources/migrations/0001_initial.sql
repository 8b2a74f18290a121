-- Daicho register, schema version 1.
-- Published migrations are append-only: never edit this file, add 0002_….sql instead.
-- AUTOINCREMENT: an id is never given again after a delete, so an id's audit history
-- always belongs to one row.

CREATE TABLE settings (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);

CREATE TABLE departments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    parent_id  INTEGER REFERENCES departments(id),
    valid_from TEXT,
    valid_to   TEXT
);

CREATE TABLE people (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    roles         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_department ON people(department_id);

CREATE TABLE assets (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    number                  TEXT NOT NULL UNIQUE,
    department_id           INTEGER NOT NULL REFERENCES departments(id),
    business_category       TEXT NOT NULL DEFAULT '',
    name                    TEXT NOT NULL,
    kind                    TEXT NOT NULL,
    system_id               INTEGER REFERENCES assets(id),
    segment                 TEXT NOT NULL,
    user_scope              TEXT NOT NULL DEFAULT '',
    manager_id              INTEGER REFERENCES people(id),
    medium                  TEXT NOT NULL DEFAULT '',
    personal_info           INTEGER NOT NULL DEFAULT 0,
    sensitive_personal_info INTEGER NOT NULL DEFAULT 0,
    my_number               INTEGER NOT NULL DEFAULT 0,
    subject_count           INTEGER NOT NULL DEFAULT -1,
    confidentiality         TEXT NOT NULL DEFAULT '',
    integrity               TEXT NOT NULL DEFAULT '',
    availability            TEXT NOT NULL DEFAULT '',
    importance              TEXT NOT NULL DEFAULT '',
    restrictions            TEXT NOT NULL DEFAULT '',
    measures                TEXT NOT NULL DEFAULT '',
    encrypted               INTEGER NOT NULL DEFAULT 0,
    wire_locked             INTEGER NOT NULL DEFAULT 0,
    can_remote_operate      INTEGER NOT NULL DEFAULT 0,
    provision               TEXT NOT NULL DEFAULT 'issued',
    retention_period        TEXT NOT NULL DEFAULT '',
    retention_until         TEXT,
    registered_on           TEXT,
    updated_on              TEXT,
    updated_by              TEXT NOT NULL DEFAULT '',
    notes                   TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL DEFAULT 'active'
);
CREATE INDEX assets_department ON assets(department_id);
CREATE INDEX assets_system ON assets(system_id);

CREATE TABLE asset_links (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    from_id INTEGER NOT NULL REFERENCES assets(id),
    to_id   INTEGER NOT NULL REFERENCES assets(id),
    type    TEXT NOT NULL,
    UNIQUE (from_id, to_id, type)
);
CREATE INDEX asset_links_to ON asset_links(to_id);

-- Every write is recorded here in the same transaction. Each entry's hash covers
-- its content and the previous hash (a chain); row_hash is the hash of the row
-- as written, so changes made behind the application's back are detected.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    person    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL,
    row_hash  TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
