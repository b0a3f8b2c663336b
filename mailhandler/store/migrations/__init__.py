"""Alembic revisions of the schema (see store.migrate)."""
