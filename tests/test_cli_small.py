"""Small things an admin ran into at the terminal, each the way it should be now.

Real child processes (`python -m mailhandler`), a real SQLite database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import free_port, run_cli, write_config


def _config(tmp_path: Path) -> Path:
    return write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")


def test_adding_a_coordinator_again_without_the_flag_does_not_demote_them(
        tmp_path: Path) -> None:
    config = _config(tmp_path)
    run_cli(config, "volunteer", "add", "cora@coord.example", "--nickname", "Cora",
            "--coordinator")
    again = run_cli(config, "volunteer", "add", "cora@coord.example", "--nickname", "Cora",
                    check=False)
    assert again.returncode == 2 and "is a coordinator" in again.stderr
    assert "added" not in again.stdout
    assert "cora@coord.example\tCora\tcoordinator" in run_cli(config, "volunteer",
                                                              "list").stdout


def test_adding_someone_again_says_what_changed(tmp_path: Path) -> None:
    config = _config(tmp_path)
    run_cli(config, "volunteer", "add", "vera@vrijwilligers.example", "--nickname", "Vera")
    renamed = run_cli(config, "volunteer", "add", "vera@vrijwilligers.example",
                      "--nickname", "Veerle")
    assert "updated: nickname Vera -> Veerle" in renamed.stdout
    promoted = run_cli(config, "volunteer", "add", "vera@vrijwilligers.example",
                       "--nickname", "Veerle", "--coordinator")
    assert "now a coordinator" in promoted.stdout
    same = run_cli(config, "volunteer", "add", "vera@vrijwilligers.example",
                   "--nickname", "Veerle", "--coordinator")
    assert "nothing changed" in same.stdout


def test_a_nickname_already_taken_is_refused(tmp_path: Path) -> None:
    config = _config(tmp_path)
    run_cli(config, "volunteer", "add", "vera@vrijwilligers.example", "--nickname", "Vera")
    taken = run_cli(config, "volunteer", "add", "vera2@vrijwilligers.example",
                    "--nickname", "vera", check=False)
    assert taken.returncode == 2 and "nickname vera is taken" in taken.stderr
    assert "vera2@" not in run_cli(config, "volunteer", "list").stdout


def test_an_unknown_option_is_named_as_such(tmp_path: Path) -> None:
    config = _config(tmp_path)
    for args in (["--frobnicate"], ["--config", str(config), "--frobnicate", "status"]):
        result = _raw(tmp_path, *args)
        assert result.returncode == 2
        assert "unknown option --frobnicate" in result.stderr
        assert "required" not in result.stderr
    # What argparse itself allows keeps working: an abbreviation, the option after the command.
    assert _raw(tmp_path, "--conf", str(config), "volunteer", "list").returncode == 0


def _raw(cwd: Path, *args: str):
    import subprocess
    import sys

    from tests.conftest import child_env

    return subprocess.run([sys.executable, "-m", "mailhandler", *args], capture_output=True,
                          text=True, cwd=cwd, env=child_env(), timeout=60)


def test_a_report_of_a_year_without_data_says_so(tmp_path: Path) -> None:
    config = _config(tmp_path)
    old = run_cli(config, "report", "--year", "1999")
    assert '"year": 1999' in old.stdout
    assert "no data for 1999" in old.stderr
    this_year = date.today().year
    run_cli(config, "register", "--channel", "chat", "--themes", "pesten")
    counted = run_cli(config, "report", "--year", str(this_year))
    assert counted.stderr == ""
    assert f"no contacts recorded in {this_year + 1}" in run_cli(
        config, "report", "--year", str(this_year + 1)).stderr


def test_audit_quarantine_list_and_block_say_none_when_empty(tmp_path: Path) -> None:
    config = _config(tmp_path)
    for args in (("audit",), ("quarantine", "list"), ("block",)):
        result = run_cli(config, *args)
        assert result.stdout == "" and result.stderr.startswith("none")


def test_the_database_file_is_named_as_an_admin_would_type_it() -> None:
    from mailhandler.store.db import database_name

    assert database_name("sqlite:////srv/lumi/./data/../mailhandler.db") == \
        "/srv/lumi/mailhandler.db"
    assert database_name("postgresql://mailhandler@127.0.0.1/lumi") == "(postgresql on 127.0.0.1)"
