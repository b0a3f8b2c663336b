"""The mails move out of their small rows: inbound.raw_enc and outbox.message_enc.

Earlier versions kept each mail's sealed bytes in the row of its state: every UPDATE of
that row (a state change, an attempt counted, a claim, "sent") rewrote the whole mail,
25 MiB for a big one, in the database and in the memory of whoever updated it. Today
they are rows of their own, `inbound_raw` and `outbox_messages` (store.models), written
once and deleted with their mail; the store no longer knows the old columns.

This revision copies every mail into its new row (inside the database: INSERT ... SELECT,
never through Python's memory), then drops the old columns, so an upgraded database is
what a new one is. SQLite before 3.35 cannot drop a column: there the old values are
set to NULL instead (secure_delete overwrites what they held) and the column stays,
unused. The copies keep their key (the row's key_id), so the year-end wipe destroys
them as before.
"""

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (old table, its column, new table, the new table's key column)
MOVES = (("inbound", "raw_enc", "inbound_raw", "inbound_id"),
         ("outbox", "message_enc", "outbox_messages", "outbox_id"))


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table, column, new_table, key in MOVES:
        if not inspector.has_table(new_table):  # store.db makes it first; not when run alone
            op.create_table(
                new_table,
                sa.Column(key, sa.Integer, sa.ForeignKey(f"{table}.id", ondelete="CASCADE"),
                          primary_key=True, autoincrement=False),
                sa.Column(column, sa.LargeBinary, nullable=False))
        if column not in {c["name"] for c in inspector.get_columns(table)}:
            continue  # made by this version already (a new database, stamped before)
        op.execute(f"INSERT INTO {new_table} ({key}, {column}) "
                   f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL")
        if bind.dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
            op.execute(f"UPDATE {table} SET {column} = NULL")
        else:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def downgrade() -> None:
    raise NotImplementedError("the mails stay in rows of their own")
