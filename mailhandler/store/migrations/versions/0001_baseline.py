"""Baseline: the schema as the additive upgrade (store.db) makes it at this revision.

Every table and nullable column of store.models up to and including `scheduled_runs` and
`encryption_keys.wrapped`. A database of any earlier version is brought here by the
additive upgrade and then stamped with this revision; nothing to do in the revision itself.
"""

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
