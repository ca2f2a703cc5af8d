"""Where the data lives: the engine (SQLite with SQLCipher, PostgreSQL), keys, the schema and backups."""
