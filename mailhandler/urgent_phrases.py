"""Loading the urgent phrase lists and crisis lines from templates/<lang>/urgent.toml.

Read once per process and language folder: the lists are small, and a broken list is an
error at start-up (Texts.check), not at the first mail.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from mailhandler.core.urgent import BadPhrase, PhraseList


class BadUrgentList(Exception):
    """A templates/<lang>/urgent.toml that cannot be read; str() names the file and why."""


def _load(path: Path) -> dict[str, object]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BadUrgentList(f"{path}: {exc}") from None


@functools.cache
def phrase_list(folder: Path, extra: tuple[str, ...] = ()) -> PhraseList:
    """Every language's phrases in `folder` (templates/<lang>/urgent.toml), plus `extra`
    (the configuration's own)."""
    combined = PhraseList(())
    for path in sorted(folder.glob("*/urgent.toml")):
        data = _load(path)
        try:
            combined += PhraseList.of(_strings(data, "phrases", path),
                                      _strings(data, "exclude", path))
        except BadPhrase as exc:
            raise BadUrgentList(f"{path}: {exc}") from None
    try:
        return combined + PhraseList.of(extra)
    except BadPhrase as exc:
        raise BadUrgentList(f"urgent.phrases: {exc}") from None


@functools.cache
def crisis_lines(folder: Path, language: str) -> str:
    """The language's default text naming where to turn when it cannot wait."""
    path = folder / language / "urgent.toml"
    value = _load(path).get("crisis_lines")
    if not isinstance(value, str) or not value.strip():
        raise BadUrgentList(f"{path}: crisis_lines missing")
    return value.strip()


def _strings(data: dict[str, object], key: str, path: Path) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadUrgentList(f"{path}: {key} must be a list of strings")
    return list(value)
