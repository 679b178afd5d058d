"""The identity tables (migration 0002_identity): kits, colours, blobs, thumbnails, assets."""

TABLES_0002 = [
    """CREATE TABLE brand_kits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        guidelines TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE brand_colours (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kit_id INTEGER NOT NULL REFERENCES brand_kits(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        hex TEXT NOT NULL,
        role TEXT NOT NULL)""",
    # Content-addressed file contents; thumbnails apart, so the grid never reads a blob.
    """CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        data BLOB NOT NULL)""",
    """CREATE TABLE thumbnails (
        sha256 TEXT PRIMARY KEY,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        format TEXT NOT NULL,
        data BLOB NOT NULL)""",
    """CREATE TABLE assets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kit_id INTEGER REFERENCES brand_kits(id) ON DELETE SET NULL,
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        format TEXT NOT NULL,
        size INTEGER NOT NULL,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        family TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        alt_text TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL)""",
    """CREATE INDEX assets_by_sha ON assets (sha256)""",
    """CREATE INDEX assets_by_kit ON assets (kit_id)""",
    """CREATE TABLE post_assets (
        post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (post_id, asset_id))""",
    """CREATE INDEX post_assets_by_asset ON post_assets (asset_id)""",
]
