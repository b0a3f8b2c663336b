"""The admin commands and the configuration leave the database and the Vault to store/ (issue 15).

They used to write volunteers, contacts and audit rows on sessions of their own, outside
the store's write lock; now store/ owns every query, and this keeps it so.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.test_layering import _imports

PACKAGE = Path(__file__).resolve().parent.parent / "mailhandler"
ADMIN = [PACKAGE / name for name in ("cli.py", "duty_cli.py", "cli_blocks.py", "config.py",
                                     "config_schema.py", "config_urgent.py")] \
    + sorted((PACKAGE / "admin").glob("*.py"))
FORBIDDEN = ("sqlalchemy", "mailhandler.store.vault", "mailhandler.store.models",
             "mailhandler.store.keyring")


@pytest.mark.parametrize("path", ADMIN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_admin_commands_leave_the_database_and_the_vault_to_the_store(path: Path) -> None:
    for name in _imports(ast.parse(path.read_text())):
        for forbidden in FORBIDDEN:
            assert name != forbidden and not name.startswith(forbidden + "."), \
                f"{path.name} imports {name}"
