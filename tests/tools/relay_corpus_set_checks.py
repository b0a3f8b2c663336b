"""Checks of a held-out set written in parts apart: of each part, and of the set as a whole.

Each part is what its generator renders from the hand-written cases: the same files, byte for byte,
and the labels derived from the markup, in one folder with one labels.toml (a subfolder with its own
labels.toml would silently join the set). A set written by several writers apart is one folder with
a subfolder (and a generator) per part. Each part's own label test checks its mails against its
labels; these checks look at the whole: the folder holds exactly its parts, every mail is labelled
once and no file name is used twice, the set has the promised size and spread, no client shape is
claimed by two parts (the shared SHAPES table is filled with setdefault, so a key two parts both
define would dress one part's mails with the other part's client as soon as both are imported in one
process), and none of the issue's example names occurs (the set is worth something only if its
people are new).
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from tests.tools.relay_corpus_check import check_set
from tests.tools.relay_corpus_heldout import SHAPES, Rendered, Shape, labels_toml

ISSUE_NAMES = ("lien", "veerle", "janssens", "peeters", "sam", "noor")


def check_part_is_what_its_generator_renders(out: Path, build: Callable[[], list[Rendered]],
                                             header: str) -> None:
    """The part's folder holds exactly the rendered mails and their labels, which agree."""
    rendered = build()
    assert sorted(r.filename for r in rendered) == sorted(p.name for p in out.glob("*.eml"))
    for r in rendered:
        assert (out / r.filename).read_bytes() == r.raw.encode("utf-8"), r.filename
    assert (out / "labels.toml").read_text(encoding="utf-8") == labels_toml(rendered, header)
    assert [p.name for p in out.iterdir() if p.is_dir()] == []
    assert [p.name for p in out.iterdir() if p.suffix != ".eml"] == ["labels.toml"]
    assert check_set(out) == []


@dataclass(frozen=True)
class Part:
    """One writer's part: its generator module, the client shapes it added, their key prefix
    ("" when the part's shapes carry none) and the module holding its hand-written cases."""

    module: ModuleType
    shapes: dict[str, Shape]
    prefix: str
    cases_module: str


@dataclass(frozen=True)
class WholeSet:
    folder: Path
    parts: dict[str, Part]
    min_seekers: int
    min_volunteers: int

    def labels(self) -> dict[str, dict[str, dict[str, object]]]:
        """Part name -> that part's labels.toml."""
        return {name: tomllib.loads((self.folder / name / "labels.toml").read_text("utf-8"))
                for name in self.parts}

    def check_the_parts_are_the_whole_folder(self) -> None:
        folder = self.folder
        assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == sorted(self.parts)
        assert [p.name for p in folder.iterdir() if not p.is_dir()] == []
        for name, part in self.parts.items():
            assert folder / name == part.module.OUT
            assert list((folder / name).rglob("labels.toml")) == [folder / name / "labels.toml"]
        assert len(list(folder.rglob("labels.toml"))) == len(self.parts)

    def check_every_mail_is_labelled_once(self) -> None:
        names: Counter[str] = Counter()
        for name, labels in self.labels().items():
            assert sorted(labels) == sorted(p.name for p in (self.folder / name).glob("*.eml"))
            names.update(p.name for p in (self.folder / name).iterdir())
        names.subtract({"labels.toml": len(self.parts)})
        assert [name for name, count in names.items() if count > 1] == []

    def check_size_and_spread(self) -> None:
        labels = [label for part in self.labels().values() for label in part.values()]
        directions = Counter(str(v["direction"]) for v in labels)
        assert directions["seeker"] >= self.min_seekers, directions
        assert directions["volunteer"] >= self.min_volunteers, directions
        assert set(directions) == {"seeker", "volunteer"}, directions
        for direction in ("seeker", "volunteer"):
            languages = {str(v["language"]) for v in labels if v["direction"] == direction}
            assert {"nl", "fr", "en"} <= languages, (direction, languages)
        assert len({str(v["client"]) for v in labels}) >= 20

    def check_no_client_shape_is_claimed_by_two_parts(self) -> None:
        # Every part's own shapes carry its prefix and stay its own whatever was imported first,
        # and a part's cases only use the earlier sets' shapes or its own, never another part's.
        for name, part in self.parts.items():
            for key, shape in part.shapes.items():
                assert key.startswith(part.prefix), (name, key)
                assert SHAPES[key] is shape, (name, key)
            others = {key for other, p in self.parts.items() if other != name for key in p.shapes}
            cases = importlib.import_module(part.cases_module).CASES
            assert sorted(({c.shape for c in cases} | set(part.shapes)) & others) == [], name

    def check_no_name_of_the_issue_occurs(self) -> None:
        raw = "\n".join(p.read_bytes().decode("utf-8", errors="replace")
                        for p in self.folder.rglob("*.eml")).casefold()
        for name in ISSUE_NAMES:
            assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name
