"""Alembic migrations for the Gezinsregie schema (run through ``app.storage.schema``)."""
