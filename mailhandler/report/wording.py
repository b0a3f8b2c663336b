"""The helpline's words in the report: theme names and headings, in its language.

They come from templates/<language>/themes.toml (theme key = "Label") and
templates/<language>/report.toml (headings, channel, month and bucket names).
An admin's own `helpline.templates_dir` is read first, then the texts shipped with
mailhandler, then English; a theme without a label is shown by its key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailhandler.texts import default_templates_dir


def template_folders(admin_folder: Path | None) -> list[Path]:
    """Where report texts are looked for, the admin's own folder first."""
    shipped = default_templates_dir()
    return [f for f in (admin_folder, shipped) if f is not None and f.is_dir()]


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _layered(folders: list[Path], language: str, name: str) -> dict[str, Any]:
    """English under the language under the admin's copy of the language."""
    found: dict[str, Any] = {}
    for lang in dict.fromkeys(("en", language)):
        for folder in reversed(folders):
            found = _merge(found, _read(folder / lang / name))
    return found


@dataclass(frozen=True)
class Wording:
    language: str
    words: Mapping[str, Any] = field(default_factory=dict)
    theme_labels: Mapping[str, str] = field(default_factory=dict)

    def word(self, key: str, **values: object) -> str:
        text = self.words.get(key)
        if not isinstance(text, str):
            return key
        return text.format(**values) if values else text

    def label(self, table: str, key: str) -> str:
        """The name of `key` in a table of report.toml ([channels], [months]...), else the key."""
        names = self.words.get(table)
        value = names.get(key) if isinstance(names, Mapping) else None
        return value if isinstance(value, str) else key

    def theme(self, key: str) -> str:
        return self.theme_labels.get(key, key)


def load_wording(language: str, admin_folder: Path | None = None) -> Wording:
    folders = template_folders(admin_folder)
    # Theme names do not fall back to English: a key reads better than a foreign word.
    themes: dict[str, Any] = {}
    for folder in reversed(folders):
        themes.update(_read(folder / language / "themes.toml"))
    return Wording(
        language=language,
        words=_layered(folders, language, "report.toml"),
        theme_labels={k: v for k, v in themes.items() if isinstance(v, str)},
    )
