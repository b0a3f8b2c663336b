"""Installing and running it as an admin would: `init`, paths, which user a command runs as.

Real child processes, a real unprivileged service user (created with useradd when the
tests run as root), real file modes and owners. Nothing here starts the daemon.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import child_env, require_server

ROOT = Path(__file__).resolve().parent.parent
IS_ROOT = os.geteuid() == 0


def require_root(why: str) -> None:
    """Skip without root here; in CI (CI=true, run as root) that is a failure."""
    require_server("root", IS_ROOT, why)


@pytest.fixture
def needs_root() -> None:
    require_root("creating a service user and switching to it needs root (the tests run as "
                 "root in CI)")


@cache
def _interpreter() -> tuple[str, dict[str, str]]:
    """A Python every user can run, with this checkout and its dependencies.

    The test's own interpreter may live in root's home (pyenv), which a service user
    cannot enter; then the system's Python of the same version, given the virtualenv's
    packages, is what a deployment would use anyway (/opt/mailhandler/.venv)."""
    env = child_env()
    probe = [sys.executable, "-c", "import sqlalchemy, mailhandler.cli"]
    nobody = {"user": 65534, "group": 65534, "extra_groups": []} if IS_ROOT else {}
    try:
        subprocess.run(probe, check=True, capture_output=True, env=env, cwd="/",
                       **nobody)  # type: ignore[call-overload]
        return sys.executable, env
    except (OSError, subprocess.CalledProcessError):
        pass
    system = shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}",
                          path="/usr/bin:/usr/local/bin")
    site = next((p for p in sys.path if p.endswith("site-packages") and sys.prefix in p), None)
    if system is None or site is None:
        require_server("a Python interpreter an unprivileged user can run", False,
                       "install python3 in /usr/bin")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), site])
    try:
        subprocess.run([system, *probe[1:]], check=True, capture_output=True, env=env,
                       cwd="/", **nobody)  # type: ignore[call-overload]
    except (OSError, subprocess.CalledProcessError) as exc:
        require_server("a Python interpreter an unprivileged user can run", False,
                       f"{system} failed: {exc}")
    return system, env


def run(*args: str, cwd: Path, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m mailhandler ARGS` in `cwd`, as `user` (real uid, gid and groups) if given."""
    extra: dict[str, object] = {}
    if user is not None:
        entry = pwd.getpwnam(user)
        extra = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    python, env = _interpreter()
    return subprocess.run([python, "-m", "mailhandler", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=60,
                          **extra)  # type: ignore[call-overload]


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A folder every user can reach (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="mh-install-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _useradd(name: str) -> None:
    subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name], check=True, capture_output=True)


@pytest.fixture
def service_user() -> Iterator[str]:
    """A real unprivileged system user, like the one the README has the admin create."""
    require_root("useradd needs root")
    name = f"mhsvc{uuid.uuid4().hex[:8]}"
    _useradd(name)
    yield name
    subprocess.run(["userdel", name], check=False, capture_output=True)


@pytest.fixture
def other_user() -> Iterator[str]:
    require_root("useradd needs root")
    name = f"mhoth{uuid.uuid4().hex[:8]}"
    _useradd(name)
    yield name
    subprocess.run(["userdel", name], check=False, capture_output=True)


def _owner(path: Path) -> str:
    return pwd.getpwuid(path.stat().st_uid).pw_name


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _one_line_exit_2(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# --- init ----------------------------------------------------------------------------------


def test_init_creates_config_secret_and_data_dir_and_says_what_next(scratch: Path) -> None:
    config = scratch / "etc" / "mailhandler.toml"
    result = run("init", "--config", str(config), cwd=scratch)
    assert result.returncode == 0, result.stderr

    secret = scratch / "etc" / "secret"
    data_dir = scratch / "etc" / "var"
    assert config.is_file() and _mode(config) == 0o640
    assert _mode(secret) == 0o600
    assert len(secret.read_text().strip()) >= 40
    assert data_dir.is_dir() and _mode(data_dir) == 0o700
    assert "next:" in result.stdout and "check-config" in result.stdout
    # What it made works at once: the example's values, its secret, its data_dir.
    check = run("--config", str(config), "volunteer", "list", cwd=scratch)
    assert check.returncode == 0, check.stderr
    assert (data_dir / "mailhandler.db").is_file()


def test_init_makes_the_signing_key_the_configuration_names_so_serve_can_start(
        scratch: Path) -> None:
    # Tried as an admin: the example turns signing on, check-config was green, and serve
    # refused for want of the key (which `dkim-key` as root could not write).
    config = scratch / "mailhandler.toml"
    result = run("init", "--config", str(config), cwd=scratch)
    assert result.returncode == 0, result.stderr
    key = scratch / "dkim.key"
    assert 'key_file = "dkim.key"' in config.read_text()
    assert _mode(key) == 0o600 and b"PRIVATE KEY" in key.read_bytes()
    again = run("init", "--config", str(config), cwd=scratch)
    assert f"kept {key}" in again.stdout
    check = run("--config", str(config), "check-config", cwd=scratch)
    assert f"ok    dkim key: {key}" in check.stdout
    key.unlink()
    check = run("--config", str(config), "check-config", cwd=scratch)
    assert check.returncode == 1 and "FAIL  dkim key:" in check.stdout
    assert "dkim.key_file" in check.stdout


def test_init_twice_keeps_the_secret_and_the_configuration(scratch: Path) -> None:
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), cwd=scratch).returncode == 0
    config.write_text(config.read_text().replace('name = "Lumi"', 'name = "Lumi Brussel"'))
    secret = (scratch / "secret").read_text()

    again = run("init", "--config", str(config), cwd=scratch)
    assert again.returncode == 0, again.stderr
    assert (scratch / "secret").read_text() == secret
    assert 'name = "Lumi Brussel"' in config.read_text()
    assert "kept" in again.stdout


def test_two_inits_give_two_different_secrets(scratch: Path) -> None:
    for name in ("a", "b"):
        assert run("init", "--config", str(scratch / name / "m.toml"),
                   cwd=scratch).returncode == 0
    assert (scratch / "a" / "secret").read_text() != (scratch / "b" / "secret").read_text()


@pytest.mark.usefixtures("needs_root")
def test_init_as_root_makes_everything_the_service_users(scratch: Path,
                                                         service_user: str) -> None:
    config = scratch / "etc" / "mailhandler" / "mailhandler.toml"
    data_dir = scratch / "lib" / "mailhandler"
    result = run("init", "--config", str(config), "--user", service_user,
                 "--data-dir", str(data_dir), cwd=scratch)
    assert result.returncode == 0, result.stderr

    group = grp.getgrgid(pwd.getpwnam(service_user).pw_gid).gr_name
    assert (_owner(config), grp.getgrgid(config.stat().st_gid).gr_name) == ("root", group)
    assert _mode(config) == 0o640
    assert (_owner(config.parent / "secret"), _mode(config.parent / "secret")) == (
        service_user, 0o600)
    assert (_owner(data_dir), _mode(data_dir)) == (service_user, 0o700)
    assert f"commands run as root switch to {service_user}" in result.stdout
    # The service user reads its configuration and secret and writes its database.
    served = run("--config", str(config), "volunteer", "list", cwd=scratch, user=service_user)
    assert served.returncode == 0, served.stderr
    assert _owner(data_dir / "mailhandler.db") == service_user


def test_init_for_an_unknown_user_is_one_line(scratch: Path) -> None:
    result = run("init", "--config", str(scratch / "m.toml"), "--user", "no-such-user-mh",
                 cwd=scratch)
    assert "no user 'no-such-user-mh'" in _one_line_exit_2(result)
    assert not (scratch / "m.toml").exists()


# --- which user a command runs as -----------------------------------------------------------


@pytest.mark.usefixtures("needs_root")
def test_root_drops_to_the_owner_of_data_dir_and_leaves_nothing_of_its_own(
        scratch: Path, service_user: str) -> None:
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), "--user", service_user,
               cwd=scratch).returncode == 0
    data_dir = scratch / "var"

    for args in (["check-config"], ["volunteer", "add", "vera@vrijwilligers.example",
                                    "--nickname", "Vera"], ["status"]):
        result = run("--config", str(config), *args, cwd=scratch)
        assert result.returncode in (0, 1), result.stderr
        assert "Traceback" not in result.stderr
    owners = {p: _owner(p) for p in data_dir.rglob("*")}
    assert owners and set(owners.values()) == {service_user}, owners
    # And the service, as itself, uses what root's commands made.
    listed = run("--config", str(config), "volunteer", "list", cwd=scratch, user=service_user)
    assert listed.returncode == 0 and "Vera" in listed.stdout, listed.stderr


def test_a_python_the_service_user_cannot_read_is_one_line_not_a_traceback(
        scratch: Path, service_user: str) -> None:
    # Tried as an admin: with pyenv in /root (0700), every command run as root switched to
    # the service user and died with "LookupError: unknown encoding: idna".
    # The check itself, as the service user, on a library folder only root may enter.
    hidden = scratch / "root-only" / "lib"
    hidden.mkdir(parents=True)
    (scratch / "root-only").chmod(0o700)
    python, env = _interpreter()
    probe = ("import sys; from pathlib import Path; "
             "from mailhandler.admin.privileges import WrongUser, python_readable\n"
             "try: python_readable('svc', Path(sys.argv[1]))\n"
             "except WrongUser as exc: print(exc)")
    refused = subprocess.run([python, "-c", probe, str(hidden)], capture_output=True,
                             text=True, env=env, cwd="/", user=service_user, timeout=60)
    assert refused.stdout.startswith(f"svc cannot read Python's library in {hidden}")
    # And the whole command, where this machine's own Python is such a one (pyenv in /root).
    library = Path(os.__file__).parent
    if subprocess.run(["test", "-r", str(library), "-a", "-x", str(library)],
                      user=service_user).returncode == 0:
        return
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), "--user", service_user,
               cwd=scratch).returncode == 0
    python = subprocess.run([sys.executable, "-m", "mailhandler", "--config", str(config),
                             "check-config"], capture_output=True, text=True, cwd=scratch,
                            env=child_env(), timeout=60)
    assert python.returncode == 2
    assert "Traceback" not in python.stderr
    assert python.stderr.count("\n") == 1 and "cannot read Python's library" in python.stderr


@pytest.mark.usefixtures("needs_root")
def test_another_user_is_refused_in_one_line_and_creates_nothing(
        scratch: Path, service_user: str, other_user: str) -> None:
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), "--user", service_user,
               cwd=scratch).returncode == 0
    (scratch / "secret").chmod(0o644)  # readable, so the refusal is about data_dir alone
    config.chmod(0o644)
    before = sorted((scratch / "var").rglob("*"))

    result = run("--config", str(config), "volunteer", "list", cwd=scratch, user=other_user)
    line = _one_line_exit_2(result)
    assert service_user in line and other_user in line
    assert sorted((scratch / "var").rglob("*")) == before


@pytest.mark.usefixtures("needs_root")
def test_a_secret_file_the_user_cannot_read_is_not_a_missing_one(
        scratch: Path, service_user: str) -> None:
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), "--user", service_user,
               cwd=scratch).returncode == 0
    secret = scratch / "secret"
    os.chown(secret, 0, 0)

    unreadable = _one_line_exit_2(run("--config", str(config), "volunteer", "list",
                                      cwd=scratch, user=service_user))
    assert "helpline.secret_file" in unreadable
    assert "not readable by user " + service_user in unreadable

    secret.unlink()
    missing = _one_line_exit_2(run("--config", str(config), "volunteer", "list", cwd=scratch))
    assert "helpline.secret_file" in missing and "does not exist" in missing
    assert "not readable" not in missing


# --- paths ---------------------------------------------------------------------------------


def test_relative_paths_resolve_against_the_config_file_not_the_working_directory(
        scratch: Path) -> None:
    config = scratch / "etc" / "mailhandler.toml"
    assert run("init", "--config", str(config), cwd=scratch).returncode == 0
    text = config.read_text()
    text = text.replace('url = "maildir:', '# url = "maildir:', 1)
    text = text.replace("[outbound]", '[outbound]\nurl = "maildir:out/box"', 1)
    text = text.replace("# database = ", 'database = "sqlite:///db/mh.db"\n# database = ', 1)
    config.write_text(text)
    elsewhere = scratch / "elsewhere"
    elsewhere.mkdir()

    added = run("--config", str(config), "volunteer", "add", "vera@vrijwilligers.example",
                "--nickname", "Vera", cwd=elsewhere)
    assert added.returncode == 0, added.stderr
    listed = run("--config", "../etc/mailhandler.toml", "volunteer", "list", cwd=elsewhere)
    assert "Vera" in listed.stdout, listed.stderr
    check = run("--config", str(config), "check-config", cwd=elsewhere)
    assert f"configuration {config}" in check.stdout
    assert f"data_dir: {scratch / 'etc' / 'var'}" in check.stdout
    assert str(scratch / "etc" / "db" / "mh.db") in check.stdout
    assert f"maildir {scratch / 'etc' / 'out' / 'box'}" in check.stdout
    assert list(elsewhere.iterdir()) == [], "a second data_dir appeared where the admin stood"
    assert (scratch / "etc" / "db" / "mh.db").is_file()


def test_a_data_dir_that_cannot_be_created_is_one_line(scratch: Path) -> None:
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), cwd=scratch).returncode == 0
    blocker = scratch / "blocker"
    blocker.write_text("a file, where a folder would have to be\n")
    config.write_text(config.read_text().replace('data_dir = "var"',
                                                 'data_dir = "blocker/var"'))
    for command in (["check-config"], ["serve"]):
        line = _one_line_exit_2(run("--config", str(config), *command, cwd=scratch))
        assert "storage.data_dir" in line and str(config) in line


def test_check_config_fails_on_a_file_in_data_dir_the_owner_cannot_use(
        scratch: Path) -> None:
    config = scratch / "mailhandler.toml"
    assert run("init", "--config", str(config), cwd=scratch).returncode == 0
    stray = scratch / "var" / "mailhandler.db-journal"
    stray.write_bytes(b"")
    require_root("chown needs root")
    os.chown(stray, 65534, 65534)

    result = run("--config", str(config), "check-config", cwd=scratch)
    assert result.returncode == 1
    assert "FAIL  data_dir" in result.stdout and "chown -R" in result.stdout
