"""Coordinators' powers, limited for real: who they are, why they read, what is forgotten.

The operator is the real uid (not $USER), a reason must say something, a configured
group keeps everyone else out, the wipe blanks every reason, and a removed volunteer's
address is deleted (their row too, once nothing kept points at it).
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from mailhandler import transcripts
from mailhandler.admin.reasons import reason_problem
from mailhandler.cli import main
from mailhandler.jobs.purge import purge
from mailhandler.jobs.wipe import wipe
from mailhandler.runners.incoming import process_pending
from mailhandler.store.models import (
    Alias,
    AuditEntry,
    Conversation,
    InboundMail,
    OutboxItem,
    Volunteer,
)
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, fixture_bytes
from tests.test_install import require_root, run, scratch  # noqa: F401 (a fixture)

REASON = "supervision: second reading asked by the team"
SEEKER = "sam.peeters@gezin-peeters.example"


@pytest.mark.parametrize("reason", [
    "melding kindermishandeling, overleg met Cora",
    "supervision: second reading asked by the team",
    "Gevaar voor derden; politie gevraagd om adres",
])
def test_a_reason_that_says_why_is_accepted(reason: str) -> None:
    assert reason_problem(reason) is None


@pytest.mark.parametrize("reason", [None, "", "   ", ".", "x", "x" * 60, "aaaa bbbb aaaa bbbb",
                                    "!!!! ???? .... ---- ____ ,,,,", "because I can",
                                    "supervisionsupervision"])
def test_no_reason_a_dot_or_a_repeat_is_refused(reason: str | None) -> None:
    assert reason_problem(reason) is not None


# --- removed volunteers ---------------------------------------------------------------------


def _conversation(ctx) -> str:
    ctx.store.accept(fixture_bytes("spine/seeker_gmail.eml"), Envelope(SEEKER, (HELPLINE,)),
                     "smtp")
    process_pending(ctx)
    [line] = transcripts.conversations(ctx.store)
    return line.pseudonym


def _addresses(ctx) -> set[str]:
    with ctx.store.transaction() as s:
        return set(s.scalars(select(Volunteer.address)))


def test_a_removed_volunteer_without_conversations_is_deleted(context) -> None:
    config = context.cfg.source
    assert main(["--config", config, "volunteer", "remove", "kobe@vrijwilligers.example"]) == 0
    assert "kobe@vrijwilligers.example" not in _addresses(context)
    with context.store.transaction() as s:
        assert s.scalars(select(Volunteer).where(Volunteer.nickname == "Kobe")).first() is None


def test_a_removed_volunteers_address_goes_now_and_the_rest_with_their_conversations(
        context) -> None:
    pseudonym = _conversation(context)
    with context.store.transaction() as s:
        vera = s.scalars(select(Volunteer).where(Volunteer.nickname == "Vera")).one()
        vera_id = vera.id
        s.execute(update(Conversation).values(owner_id=vera_id))
        aliases = list(s.scalars(select(Alias.lookup).where(Alias.volunteer_id == vera_id)))
    assert aliases, "the forward gave Vera an alias"

    assert main(["--config", context.cfg.source, "volunteer", "remove",
                 "vera@vrijwilligers.example"]) == 0
    assert "vera@vrijwilligers.example" not in _addresses(context)
    with context.store.transaction() as s:
        stub = s.get(Volunteer, vera_id)
        assert stub is not None and stub.nickname == "" and not stub.active
        assert s.scalars(select(Conversation.owner_id)).all() == [None]
    assert not any(context.store.alias_is_live(lookup) for lookup in aliases)
    # Coming back is a new volunteer: new aliases, the ended ones stay ended.
    assert main(["--config", context.cfg.source, "volunteer", "add",
                 "vera@vrijwilligers.example", "--nickname", "Vera"]) == 0
    assert not any(context.store.alias_is_live(lookup) for lookup in aliases)

    purge(context.store, context.cfg, date.today() + timedelta(days=400))
    assert transcripts.conversations(context.store) == []
    with context.store.transaction() as s:
        assert s.get(Volunteer, vera_id) is None, "the stub outlived its conversations"
    assert pseudonym


def test_the_wipe_leaves_nothing_of_a_removed_volunteer_and_no_reason(context) -> None:
    pseudonym = _conversation(context)
    transcripts.transcript(context.store, pseudonym,
                           transcripts.Read("cora", "Sam Peeters named a teacher, supervision"))
    assert main(["--config", context.cfg.source, "volunteer", "remove",
                 "vera@vrijwilligers.example"]) == 0

    with context.store.transaction() as s:  # delivered: nothing in flight keeps it
        s.execute(update(OutboxItem).values(status="sent"))
    counts = wipe(context.store, context.cfg)

    assert counts["audit_reasons"] == 1 and counts["removed_volunteers"] == 1
    with context.store.transaction() as s:
        assert [v.nickname for v in s.scalars(select(Volunteer).order_by(Volunteer.id))] == [
            "Kobe", "Cora"]
        [entry] = s.scalars(select(AuditEntry)).all()
        assert (entry.action, entry.conversation, entry.operator, entry.reason) == (
            "transcript", pseudonym, "cora", None)


# --- who reads ------------------------------------------------------------------------------


def _quarantined(config: Path) -> int:
    """A quarantined mail, as the daemon would leave one, made in-process."""
    from mailhandler.config import load_config
    from mailhandler.context import open_store

    store = open_store(load_config(config))
    number = store.accept(b"Subject: x\r\n\r\nunreadable\r\n", Envelope(SEEKER, (HELPLINE,)),
                          "smtp")
    with store.transaction() as s:
        s.execute(update(InboundMail).values(status="quarantined"))
    store.engine.dispose()
    return number


def _operators(config: Path) -> list[str]:
    from mailhandler.config import load_config
    from mailhandler.context import open_store

    store = open_store(load_config(config))
    try:
        return [entry.operator for entry in transcripts.audit_log(store)]
    finally:
        store.engine.dispose()


def _env(**values: str) -> dict[str, str]:
    from tests.test_install import _interpreter

    env = dict(_interpreter()[1])
    for name in ("SUDO_USER", "LOGNAME", "USER"):
        env.pop(name, None)
    env.update(values)
    return env


def run_as(*args: str, cwd: Path, user: str | None = None,
           env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import pwd

    from tests.test_install import _interpreter

    extra: dict[str, object] = {}
    if user is not None:
        entry = pwd.getpwnam(user)
        extra = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    # Root too: it drops to data_dir's owner, who must be able to read the interpreter.
    python = _interpreter()[0]
    return subprocess.run([python, "-m", "mailhandler", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=60, **extra)  # type: ignore[call-overload]


@pytest.fixture
def reader() -> Iterator[tuple[str, str]]:
    """An unprivileged user and a group for coordinators (not containing them yet)."""
    require_root("useradd and groupadd need root")
    tag = uuid.uuid4().hex[:8]
    user, group = f"mhrd{tag}", f"mhco{tag}"
    subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", user], check=True, capture_output=True)
    subprocess.run(["groupadd", "--system", group], check=True, capture_output=True)
    yield user, group
    subprocess.run(["userdel", user], check=False, capture_output=True)
    subprocess.run(["groupdel", group], check=False, capture_output=True)


def test_the_operator_is_the_real_user_not_the_environment(scratch: Path,  # noqa: F811
                                                           reader: tuple[str, str]) -> None:
    user, _group = reader
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), "--user", user, cwd=scratch).returncode == 0
    number = _quarantined(config)
    subprocess.run(["chown", "-R", f"{user}:", str(scratch / "var")], check=True)
    show = ("--config", str(config), "quarantine", "show", str(number), "--reason", REASON)

    as_user = run_as(*show, cwd=scratch, user=user,
                     env=_env(USER="cora", LOGNAME="cora", SUDO_USER="cora"))
    as_root = run_as(*show, cwd=scratch, env=_env(USER="cora", LOGNAME="cora"))
    via_sudo = run_as(*show, cwd=scratch, env=_env(USER="root", SUDO_USER="cora"))

    for result in (as_user, as_root, via_sudo):
        assert result.returncode == 0, result.stderr
    assert _operators(config) == [user, "root", "root (sudo: cora)"]


def test_a_coordinators_group_keeps_everyone_else_out(scratch: Path,  # noqa: F811
                                                      reader: tuple[str, str]) -> None:
    user, group = reader
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), "--user", user, cwd=scratch).returncode == 0
    config.write_text(config.read_text() + f'\n[coordinators]\ngroup = "{group}"\n')
    number = _quarantined(config)
    subprocess.run(["chown", "-R", f"{user}:", str(scratch / "var")], check=True)
    show = ("--config", str(config), "quarantine", "show", str(number), "--reason", REASON)
    listing = ("--config", str(config), "transcript", "list")

    for args in (show, listing):
        refused = run_as(*args, cwd=scratch, user=user, env=_env())
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
        assert group in refused.stderr and user in refused.stderr
    sudo_by_outsider = run_as(*show, cwd=scratch, env=_env(SUDO_USER=user))
    assert sudo_by_outsider.returncode == 2, sudo_by_outsider.stderr
    assert _operators(config) == []

    subprocess.run(["usermod", "-a", "-G", group, user], check=True, capture_output=True)
    allowed = run_as(*show, cwd=scratch, user=user, env=_env())
    assert allowed.returncode == 0, allowed.stderr
    assert run_as(*listing, cwd=scratch, user=user, env=_env()).returncode == 0
    assert _operators(config) == [user]
    # Not a volunteer's business, group or not: the rest of the CLI is unaffected.
    assert run_as("--config", str(config), "volunteer", "list", cwd=scratch, user=user,
                  env=_env()).returncode == 0
