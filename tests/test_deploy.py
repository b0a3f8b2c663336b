"""The README's "Deploying" commands, run as written as far as this machine allows.

The shell blocks are taken from the README itself. The path prefixes move into a
scratch folder (/etc, /var/lib, /opt), the service user gets a unique name, and what
a test cannot do is left out on purpose and named: apt, the virtualenv and pip, the editor,
and systemctl (the unit is checked against the same paths instead).
"""

from __future__ import annotations

import configparser
import re
import shlex
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_install import _interpreter, require_root, scratch  # noqa: F401 (a fixture)

ROOT = Path(__file__).resolve().parent.parent
NOT_HERE = ("apt ", "python3 -m venv", "editor ", "cp config/mailhandler.service",
            "systemctl ")


def _deploying_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Deploying\n", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)


def _commands(blocks: list[str]) -> list[str]:
    """Each command of the blocks, continuation lines joined, comments dropped."""
    text = "\n".join(blocks).replace("\\\n", " ")
    return [re.sub(r"\s+#.*$", "", line).strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@pytest.fixture
def service_name() -> Iterator[str]:
    require_root("the README's steps are root's: useradd, chown")
    name = f"mhdep{uuid.uuid4().hex[:8]}"
    yield name
    subprocess.run(["userdel", name], check=False, capture_output=True)


def test_the_readme_deploy_steps_work_in_a_scratch_root(scratch: Path,  # noqa: F811
                                                        service_name: str) -> None:
    python, env = _interpreter()
    commands = _commands(_deploying_blocks())
    assert any(c.startswith("useradd ") for c in commands)
    assert any(" init " in c for c in commands)
    ran = []
    for command in commands:
        if command.startswith(NOT_HERE):
            continue
        command = (command.replace("/opt/mailhandler/.venv/bin/mailhandler",
                                   f"{shlex.quote(python)} -m mailhandler")
                   .replace("/opt/mailhandler", str(scratch / "opt" / "mailhandler"))
                   .replace("/etc/mailhandler", str(scratch / "etc" / "mailhandler"))
                   .replace("/var/lib/mailhandler", str(scratch / "var" / "lib" / "mailhandler"))
                   .replace(" mailhandler\n", f" {service_name}\n"))
        command = re.sub(r"(--user|--shell /usr/sbin/nologin) mailhandler\b",
                         rf"\1 {service_name}", command)
        result = subprocess.run(command, shell=True, capture_output=True, text=True,
                                cwd=ROOT, env=env, timeout=120)
        # check-config's DNS warnings are advice; everything else must work.
        assert result.returncode == 0 or "check-config" in command, (command, result.stderr)
        assert "Traceback" not in result.stderr, command
        ran.append((command, result))
    assert len(ran) >= 4, ran

    data_dir = scratch / "var" / "lib" / "mailhandler"
    check = next(r for c, r in ran if "check-config" in c)
    assert "FAIL" not in check.stdout, check.stdout
    assert f"data_dir: {data_dir} (owner {service_name}, 0700)" in check.stdout
    owners = {p.owner() for p in data_dir.rglob("*")} | {data_dir.owner()}
    assert owners == {service_name}, owners
    # The unit's Documentation= names this copy: it must be there after the steps.
    assert (scratch / "opt" / "mailhandler" / "README.md").read_text() == (
        ROOT / "README.md").read_text()


def test_the_unit_uses_the_paths_the_readme_installs_to() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    text = (ROOT / "config" / "mailhandler.service").read_text()
    unit.read_string(re.sub(r"(?m)^(SystemCallFilter)=", r"\1_=", text))
    service = unit["Service"]
    commands = " ".join(_commands(_deploying_blocks()))
    assert service["ExecStart"].split()[0] in commands  # /opt/mailhandler/.venv/bin/mailhandler
    assert service["User"] == "mailhandler" and "useradd --system" in commands
    # %E is /etc and %S is /var/lib: where init put the configuration and data_dir.
    config = service["Environment"].split("=", 1)[1].replace("%E", "/etc")
    assert f"--config {config}" in commands
    assert f"--data-dir /var/lib/{service['StateDirectory']}" in commands
    documentation = unit["Unit"]["Documentation"]
    assert documentation.startswith("file://")
    assert documentation.removeprefix("file://") in commands     # a README step installs it
