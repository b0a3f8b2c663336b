"""The helpline's texts: templates compiled once per folder, an admin's edit still seen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from mailhandler.texts import Texts, default_templates_dir

NOTE_CONTEXT = {"helpline": "Lumi", "helpline_address": "hulp@lumi.example",
                "pseudonym": "K7Q2MX", "new": True, "themes": ["andere"], "attachments": 0,
                "withheld": 0, "outcomes": []}


def test_every_language_of_a_folder_shares_one_compiled_template_cache() -> None:
    # A volunteer's answer renders the forward note in every language; a fresh template
    # environment per call compiled every template again, for every mail.
    first = Texts("nl")
    assert Texts("nl")._env is first._env
    assert len(first.languages()) > 1
    assert all(other._env is first._env for other in first.languages())
    assert "K7Q2MX" in first.mail("forward_note", **NOTE_CONTEXT)[1]


def test_an_edited_template_is_used_without_a_restart(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(default_templates_dir(), folder)
    assert "A line the admin added." not in Texts("en", folder).mail("forward_note",
                                                                     **NOTE_CONTEXT)[1]
    template = folder / "en" / "forward_note.txt.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nA line the admin added.\n",
                        encoding="utf-8")
    later = template.stat().st_mtime + 5
    os.utime(template, (later, later))
    assert "A line the admin added." in Texts("en", folder).mail("forward_note",
                                                                 **NOTE_CONTEXT)[1]
