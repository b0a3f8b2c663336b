"""The pure core stays pure: no sockets, databases, SMTP or IMAP libraries, no files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "mailhandler" / "core"
FORBIDDEN_MODULES = {"socket", "smtplib", "imaplib", "ssl", "asyncio", "sqlalchemy", "aiosmtpd",
                     "imapclient", "subprocess", "logging", "schedule", "mailhandler.store",
                     "mailhandler.inbound", "mailhandler.outbound", "mailhandler.runners",
                     "mailhandler.handlers", "mailhandler.daemon"}
FORBIDDEN_CALLS = {"open", "print", "input"}


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_module_does_no_io(path: Path) -> None:
    tree = ast.parse(path.read_text())
    for name in _imports(tree):
        for forbidden in FORBIDDEN_MODULES:
            assert name != forbidden and not name.startswith(forbidden + "."), \
                f"{path.name} imports {name}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in FORBIDDEN_CALLS, f"{path.name} calls {node.func.id}()"


def test_the_core_is_not_empty() -> None:
    assert {p.name for p in CORE.glob("*.py")} >= {"classify.py", "message.py", "compose.py"}


# The inbound path decides from values; only store/ reads and writes (issue 15).
DECIDING = [CORE.parent / "runners" / "incoming.py",
            *(CORE.parent / "handlers" / name for name in
              ("__init__.py", "seeker.py", "volunteer.py", "notices.py", "parsed.py"))]


@pytest.mark.parametrize("path", DECIDING, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_inbound_path_leaves_the_database_and_the_vault_to_the_store(path: Path) -> None:
    for name in _imports(ast.parse(path.read_text())):
        for forbidden in ("sqlalchemy", "mailhandler.store.vault", "mailhandler.store.models"):
            assert name != forbidden and not name.startswith(forbidden + "."), \
                f"{path.name} imports {name}"


# Only store/ talks to the database and the key vault (issue 15): nothing else imports
# SQLAlchemy, the vault or the keyring.
PACKAGE = CORE.parent
STORE_ONLY = ("sqlalchemy", "mailhandler.store.vault", "mailhandler.store.keyring")


def _outside_the_store() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if "store" not in p.relative_to(PACKAGE).parts[:1])


@pytest.mark.parametrize("path", _outside_the_store(),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_store_touches_the_database_and_the_vault(path: Path) -> None:
    for name in _imports(ast.parse(path.read_text())):
        for forbidden in STORE_ONLY:
            assert name != forbidden and not name.startswith(forbidden + "."), \
                f"{path.relative_to(PACKAGE)} imports {name}"


@pytest.mark.parametrize("path", sorted([*(PACKAGE / "runners").glob("*.py"),
                                          *(PACKAGE / "throughput").glob("*.py")]),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_runners_import_neither_the_command_line_nor_the_daemon(path: Path) -> None:
    for name in _imports(ast.parse(path.read_text())):
        for forbidden in ("mailhandler.cli", "mailhandler.daemon"):
            assert name != forbidden and not name.startswith(forbidden + "."), \
                f"runners/{path.name} imports {name}"
