"""The helpline's own words: jinja2 templates in templates/<language>/.

Each mail template starts with a `Subject:` line and a blank line, then the body,
so an admin can adapt a whole mail in one file. Admins may point
`helpline.templates_dir` at their own copy; otherwise the texts shipped with
mailhandler are used (from the checkout, or from the installed package).
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

import jinja2


class MissingText(Exception):
    pass


def default_templates_dir() -> Path:
    """The shipped texts: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "en" / "confirmation.txt.j2").is_file():
            return candidate
    raise MissingText(f"no templates folder next to {here}")


@functools.lru_cache(maxsize=16)
def _environment(folder: str) -> jinja2.Environment:
    """One template environment per folder, shared by every language and every mail: it
    keeps the compiled templates (compiling one costs milliseconds, rendering it far less),
    and it still sees an admin's edit, by the file's modification time."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # plain-text mail: nothing here is ever HTML
        auto_reload=True,
    )


class Texts:
    def __init__(self, language: str, folder: Path | None = None) -> None:
        self.language = language
        self.folder = folder or default_templates_dir()
        self._env = _environment(str(self.folder))

    def mail(self, name: str, **context: Any) -> tuple[str, str]:
        """(subject, body) of templates/<language>/<name>.txt.j2."""
        try:
            template = self._env.get_template(f"{self.language}/{name}.txt.j2")
        except jinja2.TemplateNotFound:
            raise MissingText(f"{self.language}/{name}.txt.j2") from None
        rendered = template.render(**context)
        head, _, body = rendered.partition("\n\n")
        if not head.startswith("Subject:"):
            raise MissingText(f"{self.language}/{name}.txt.j2 must start with a Subject: line")
        return head[len("Subject:"):].strip(), body.strip("\n") + "\n"

    def languages(self) -> list[Texts]:
        """These texts in every language present in the folder (this one first)."""
        others = sorted(p.name for p in self.folder.iterdir() if p.is_dir()
                        and p.name != self.language and (p / "confirmation.txt.j2").exists())
        return [self, *(Texts(lang, self.folder) for lang in others)]

    def phrase(self, key: str) -> str:
        """A short text from templates/<language>/phrases.toml (the removed-image note...)."""
        path = self.folder / self.language / "phrases.toml"
        try:
            with open(path, "rb") as fh:
                value = tomllib.load(fh)[key]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            raise MissingText(f"{self.language}/phrases.toml: {key}") from None
        return str(value)

    def check(self, names: tuple[str, ...]) -> None:
        """Render every template once with dummy values, so a broken one fails at start-up."""
        for name in names:
            self.mail(name, **SAMPLE_CONTEXT)
        for key in PHRASES:
            self.phrase(key)
        from mailhandler.urgent_phrases import BadUrgentList, crisis_lines, phrase_list

        try:  # the urgent phrase lists and crisis lines (handlers/urgency) load too
            crisis_lines(self.folder, self.language)
            phrase_list(self.folder)
        except BadUrgentList as exc:
            raise MissingText(str(exc)) from None


SAMPLE_CONTEXT: dict[str, Any] = {
    "helpline": "Lumi",
    "helpline_address": "hulp@lumi.example",
    "pseudonym": "K7Q2MX",
    "new": True,
    "themes": ["coming-out", "andere"],
    "attachments": 1,
    "withheld": 1,
    "outcomes": [
        {"count": 1, "kind": "PDF", "action": "cleaned", "removed": ["properties"], "why": ""},
        {"count": 2, "kind": "VCARD", "action": "withheld", "removed": [], "why": "identity"},
    ],
    "unknown_themes": ["x"],
    "volunteer": "Vera",
    "count": 3,
    "days": 2,
    "removed_lines": 3,
    "sent_text": "Dag,\n\nJe mag altijd opnieuw schrijven.\n",
    "themes_only": False,
    "urgent": True,
    "crisis_lines": "Bel 1813.",
    "out_of_hours": True,
    "reading_day": 0,
    "reading_time": "09:00",
    "reading_today": False,
    "why": "escalated",  # notice_given: escalated, coordinators, handed_back or assigned
    "hours": 24,
}

MAIL_TEMPLATES = ("confirmation", "forward_note", "notice_taken", "notice_undelivered",
                  "notice_forward_failed", "notice_delayed", "notice_unknown_theme",
                  "notice_answer_cleaned", "notice_answer_empty", "notice_held",
                  "notice_not_your_alias", "notice_given")
PHRASES = ("removed_image", "removed_signature", "attachment_name", "attachment_withheld")
