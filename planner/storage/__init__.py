"""The workspace file: schema, migrations, queries, backups (sqlite-utils, no Qt)."""
