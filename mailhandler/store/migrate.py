"""Schema migrations with Alembic, for the changes the additive upgrade cannot make.

store.db creates new tables and adds new nullable columns at every start (the additive
upgrade), which is how every earlier version's database reaches today's schema. What it
cannot do (change a column's type, split a table, move data) is an Alembic revision in
store/migrations/versions/, run here after the additive step: a database without an
Alembic version (made before migrations existed) is stamped with the baseline, which is
what the additive step has just made of it, and then upgraded to the newest revision.
On PostgreSQL the work is done under an advisory lock, so two hosts starting at once
do not both run a revision.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic.config import Config as AlembicConfig
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

log = logging.getLogger("mailhandler.schema")

BASELINE = "0001"
_LOCK = 0x6D68_7363_6865_6D61  # "mhschema": one number every host uses for this


def _config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def head() -> str:
    found = ScriptDirectory.from_config(_config()).get_current_head()
    assert found is not None
    return found


def upgrade(engine: Engine, fresh: bool = False) -> None:
    """Stamp an earlier version's database with the baseline, then run newer revisions.
    A `fresh` one (its tables made just now, as the models say) is at the head already."""
    config = _config()
    script = ScriptDirectory.from_config(config)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": _LOCK})
        current = current_revision(connection)
        if current is None:
            current = head() if fresh else BASELINE
            MigrationContext.configure(connection).stamp(script, current)
        if current == script.get_current_head():
            return  # the usual start: nothing to run
        log.info("schema: upgrading from revision %s", current)

        def steps(revision, _context):  # type: ignore[no-untyped-def]
            return script._upgrade_revs("head", revision)

        with EnvironmentContext(config, script, fn=steps, destination_rev="head") as env:
            env.configure(connection=connection)
            env.run_migrations()
