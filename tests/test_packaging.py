"""`pip install .` must ship every package and the mail texts."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())
                 ["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "mailhandler").rglob("__init__.py")}
    assert on_disk <= listed, f"missing from pyproject.toml: {sorted(on_disk - listed)}"


def test_every_python_folder_is_a_package() -> None:
    for folder in (ROOT / "mailhandler").rglob("*"):
        if folder.is_dir() and any(folder.glob("*.py")):
            assert (folder / "__init__.py").exists(), folder


def test_every_language_has_every_mail_text() -> None:
    from mailhandler.texts import MAIL_TEMPLATES, Texts

    for language in ("nl", "fr", "en"):
        texts = Texts(language)
        texts.check(MAIL_TEMPLATES)
