"""The `mailhandler` command as an admin runs it: a real child process, a real working directory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import mailhandler
from tests.conftest import HELPLINE, PRIVACY, Smarthost, child_env, free_port, write_config

SECRET = "test-secret-0123456789abcdef"  # the one write_config puts in


def run(cwd: Path, *args: str, env_extra: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = child_env()
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "mailhandler", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=60)


def maildir_config(tmp_path: Path, extra: str = "") -> Path:
    return write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}", extra)


def assert_config_error(result: subprocess.CompletedProcess[str], path: Path, key: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"expected one line, got: {result.stderr!r}"
    assert str(path) in lines[0]
    assert key in lines[0].replace(str(path), "")
    assert SECRET not in result.stderr + result.stdout


# --- configuration mistakes --------------------------------------------------------------------

MISTAKES = [
    ("missing-address", lambda t: t.replace(f'address = "{HELPLINE}"\n', ""), "helpline.address"),
    ("privacy-equals-address", lambda t: t.replace(f'"{PRIVACY}"', f'"{HELPLINE}"'),
     "helpline.privacy_address"),
    ("unknown-timezone", lambda t: t.replace("Europe/Brussels", "Mars/Olympus_Mons"),
     "helpline.timezone"),
    ("secret-too-short", lambda t: t.replace(SECRET, "short"), "helpline.secret"),
    ("listen-without-port", lambda t: t.replace(
        '[inbound.smtp]\nlisten = "127.0.0.1:', '[inbound.smtp]\nlisten = "127.0.0.1"\n#'),
     "inbound.smtp.listen"),
    ("outbound-ftp", lambda t: t.replace('url = "maildir:', 'url = "ftp://127.0.0.1/'),
     "outbound.url"),
    ("database-mysql", lambda t: t.replace('database = "sqlite:', 'database = "mysql:'),
     "storage.database"),
    ("unknown-table", lambda t: t + "\n[retension]\ntranscript_days = 10\n", "retension"),
    ("syntax-error", lambda t: t.replace('name = "Lumi"', 'name = "Lumi'), "(syntax)"),
]


def _broken(tmp_path: Path, breaks) -> Path:
    path = maildir_config(tmp_path)
    broken = breaks(path.read_text())
    assert broken != path.read_text(), "the mistake was not applied"
    path.write_text(broken)
    return path


@pytest.mark.parametrize(("breaks", "key"), [(b, k) for _, b, k in MISTAKES],
                         ids=[name for name, _, _ in MISTAKES])
def test_config_mistake_is_one_line_naming_key_and_file_and_exits_2(
        tmp_path: Path, breaks, key: str) -> None:
    path = _broken(tmp_path, breaks)
    result = run(tmp_path, "--config", str(path), "check-config")
    assert_config_error(result, path, key)


@pytest.mark.parametrize("command", [("volunteer", "list"), ("serve",),
                                     ("volunteer", "add", "vera@vrijwilligers.example",
                                      "--nickname", "Vera")])
def test_every_command_reports_a_config_mistake_the_same_way(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    path = _broken(tmp_path, MISTAKES[0][1])
    result = run(tmp_path, *command, "--config", str(path))
    assert_config_error(result, path, MISTAKES[0][2])


def test_missing_config_file_names_the_file_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    result = run(tmp_path, "--config", str(path), "check-config")
    assert_config_error(result, path, "not found")


def test_missing_file_named_by_the_environment_is_an_error_not_the_defaults(
        tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    result = run(tmp_path, "check-config", env_extra={"MAILHANDLER_CONFIG": str(path)})
    assert_config_error(result, path, "not found")


# --- where the configuration comes from --------------------------------------------------------


@pytest.mark.parametrize("position", ["before", "after", "between"])
def test_config_option_works_before_and_after_the_subcommand(tmp_path: Path,
                                                             position: str) -> None:
    path = maildir_config(tmp_path)
    option = ["--config", str(path)]
    args = {"before": [*option, "volunteer", "list"],
            "after": ["volunteer", "list", *option],
            "between": ["volunteer", *option, "list"]}[position]
    # A broken default file in the working directory proves the option is the one read.
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "mailhandler.toml").write_text("[helpline\n")

    result = run(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("position", ["before", "after"])
def test_check_config_reports_the_file_given_with_config(tmp_path: Path, position: str) -> None:
    path = maildir_config(tmp_path)
    option = ["--config", str(path)]
    args = [*option, "check-config"] if position == "before" else ["check-config", *option]
    result = run(tmp_path, *args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok    configuration {path}" in result.stdout


def test_environment_variable_names_the_config(tmp_path: Path) -> None:
    path = maildir_config(tmp_path)
    result = run(tmp_path, "check-config", env_extra={"MAILHANDLER_CONFIG": str(path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"configuration {path}" in result.stdout


def test_config_option_wins_over_the_environment_variable(tmp_path: Path) -> None:
    path = maildir_config(tmp_path)
    broken = tmp_path / "broken.toml"
    broken.write_text("[helpline\n")
    result = run(tmp_path, "--config", str(path), "check-config",
                 env_extra={"MAILHANDLER_CONFIG": str(broken)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"configuration {path}" in result.stdout


def test_config_mailhandler_toml_in_the_working_directory_is_the_default(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    path = write_config(tmp_path / "config", free_port(), f"maildir:{tmp_path / 'outbox'}")
    path.rename(tmp_path / "config" / "mailhandler.toml")
    result = run(tmp_path, "check-config")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"configuration {tmp_path / 'config' / 'mailhandler.toml'}" in result.stdout


def test_without_any_config_the_embedded_defaults_work_and_never_send(tmp_path: Path) -> None:
    result = run(tmp_path, "check-config")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<embedded defaults>" in result.stdout
    assert "ok    outbound: maildir" in result.stdout
    assert (tmp_path / "var" / "secret").is_file()


# --- volunteers --------------------------------------------------------------------------------


def _listed(path: Path) -> list[list[str]]:
    result = run(path.parent, "--config", str(path), "volunteer", "list")
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_volunteer_add_list_remove_round_trip(tmp_path: Path) -> None:
    path = maildir_config(tmp_path)
    cfg = ["--config", str(path)]
    assert run(tmp_path, *cfg, "volunteer", "add", "vera@vrijwilligers.example",
               "--nickname", "Vera").returncode == 0
    assert run(tmp_path, *cfg, "volunteer", "add", "Cora@Coord.Example", "--nickname", "Cora",
               "--coordinator").returncode == 0

    listed = _listed(path)
    assert ["vera@vrijwilligers.example", "Vera", "volunteer"] in listed
    assert ["cora@coord.example", "Cora", "coordinator"] in listed

    removed = run(tmp_path, *cfg, "volunteer", "remove", "vera@vrijwilligers.example")
    assert removed.returncode == 0, removed.stderr
    after = _listed(path)
    assert all("vera@vrijwilligers.example" not in row for row in after)
    assert ["cora@coord.example", "Cora", "coordinator"] in after


def test_volunteer_added_again_updates_nickname_and_role(tmp_path: Path) -> None:
    path = maildir_config(tmp_path)
    cfg = ["--config", str(path)]
    run(tmp_path, *cfg, "volunteer", "add", "vera@vrijwilligers.example", "--nickname", "Vera")
    run(tmp_path, *cfg, "volunteer", "remove", "vera@vrijwilligers.example")
    again = run(tmp_path, *cfg, "volunteer", "add", "vera@vrijwilligers.example",
                "--nickname", "Veerle", "--coordinator")
    assert again.returncode == 0, again.stderr
    assert _listed(path) == [["vera@vrijwilligers.example", "Veerle", "coordinator"]]


def test_removing_an_unknown_volunteer_fails_without_traceback(tmp_path: Path) -> None:
    path = maildir_config(tmp_path)
    result = run(tmp_path, "--config", str(path), "volunteer", "remove",
                 "nobody@vrijwilligers.example")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "nobody@vrijwilligers.example" in result.stderr


@pytest.mark.parametrize("address", [HELPLINE, PRIVACY, "HULP@Lumi.Example",
                                     "c.abcdef@lumi.example"])
def test_adding_the_helplines_own_address_is_refused_with_exit_2(tmp_path: Path,
                                                                address: str) -> None:
    path = maildir_config(tmp_path)
    result = run(tmp_path, "--config", str(path), "volunteer", "add", address,
                 "--nickname", "Loop")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert _listed(path) == []


@pytest.mark.parametrize("address", ["not-an-address", "vera@", "@vrijwilligers.example",
                                     "Vera <vera@vrijwilligers.example>"])
def test_adding_an_invalid_address_exits_2(tmp_path: Path, address: str) -> None:
    path = maildir_config(tmp_path)
    result = run(tmp_path, "--config", str(path), "volunteer", "add", address,
                 "--nickname", "Vera")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert _listed(path) == []


# --- check-config ------------------------------------------------------------------------------


def test_check_config_with_a_maildir_prints_ok_lines_and_exits_0(tmp_path: Path) -> None:
    path = maildir_config(tmp_path)
    result = run(tmp_path, "--config", str(path), "check-config")
    assert result.returncode == 0, result.stdout + result.stderr
    # The DNS records the domain needs are advice (WARN and what to publish), not failures.
    lines = [line for line in result.stdout.splitlines()
             if not line.startswith(("WARN  dns ", "      publish: "))]
    assert lines and all(line.startswith("ok") for line in lines), result.stdout
    for what in ("configuration", "database", "templates", "outbound"):
        assert any(line.split()[1].startswith(what) for line in lines), what
    assert (tmp_path / "outbox").is_dir()
    assert SECRET not in result.stdout + result.stderr


def test_check_config_with_a_closed_smarthost_port_exits_1_with_a_fail_line(
        tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    path = write_config(tmp_path, free_port(), f"smtp://127.0.0.1:{port}")
    result = run(tmp_path, "--config", str(path), "check-config")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    fail_lines = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert len(fail_lines) == 1 and "outbound" in fail_lines[0], result.stdout
    assert any(line.startswith("ok") and "database" in line for line in result.stdout.splitlines())


def test_check_config_reaches_a_listening_smarthost_and_exits_0(tmp_path: Path,
                                                                smarthost: Smarthost) -> None:
    path = write_config(tmp_path, free_port(), f"smtp://127.0.0.1:{smarthost.port}")
    result = run(tmp_path, "--config", str(path), "check-config")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok    outbound: 127.0.0.1:{smarthost.port}" in result.stdout
    assert "FAIL" not in result.stdout
    assert smarthost.received == [], "check-config must not send mail"


def test_check_config_fails_on_a_roster_line_naming_no_volunteer(tmp_path: Path) -> None:
    # A misspelt address in the roster used to pass: its shift was silently empty.
    path = maildir_config(tmp_path, """
        [duty]
        roster = ["vera@vrijwilligers.example mon-fri 18:00-22:00",
                  "vrea@vrijwilligers.example sat,sun 14:00-20:00",
                  "Cora daily 09:00-17:00"]
    """)
    cfg = ("--config", str(path))
    assert run(tmp_path, *cfg, "volunteer", "add", "vera@vrijwilligers.example",
               "--nickname", "Vera").returncode == 0
    assert run(tmp_path, *cfg, "volunteer", "add", "cora@coord.example", "--nickname", "Cora",
               "--coordinator").returncode == 0
    result = run(tmp_path, *cfg, "check-config")
    assert result.returncode == 1, result.stdout + result.stderr
    fail_lines = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert len(fail_lines) == 1 and "roster" in fail_lines[0], result.stdout
    assert "line 2 " in fail_lines[0] and "vrea" not in fail_lines[0]

    fixed = path.read_text().replace("vrea@", "vera@")
    path.write_text(fixed)
    result = run(tmp_path, *cfg, "check-config")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    roster: 3 shifts" in result.stdout


# --- the program itself ------------------------------------------------------------------------


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"mailhandler {mailhandler.__version__}"


def test_no_subcommand_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_config_refuses_a_misspelt_retention_period_naming_it(tmp_path: Path) -> None:
    # `transcript_dayz = 30` used to load silently and keep transcripts 183 days.
    path = maildir_config(tmp_path, "[retention]\ntranscript_dayz = 30\n")
    result = run(tmp_path, "--config", str(path), "check-config")
    assert_config_error(result, path, "retention.transcript_dayz")
    assert result.stderr == (f"mailhandler: configuration error: {path}: "
                             "retention.transcript_dayz: unknown key (did you mean "
                             "transcript_days?)\n")
