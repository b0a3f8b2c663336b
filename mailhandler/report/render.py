"""The report as json, csv, md or html.

`json` and `csv` are data for internal use (spreadsheets, other tools): they always carry
the exact counts, as integers. `md` and `html` are the public formats: a count from 1 to 4
is shown as `<5`, unless `exact` is asked for (internal use). In the public formats the
small counts are also drawn alike and ranked alike, so that neither a bar's length nor
the order of the themes gives a hidden count away.

The HTML is one self-contained file from templates/report.html.j2: inline CSS, inline
SVG bars, no script, nothing fetched (its Content-Security-Policy forbids it anyway).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from mailhandler.report.data import SMALL, Report, is_small, ranked_themes
from mailhandler.report.wording import Wording, template_folders

HTML_TEMPLATE = "report.html.j2"
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


@dataclass(frozen=True)
class Row:
    """One count as a report shows it."""

    key: str
    label: str
    count: int
    shown: str  # "12", or "<5" in a public report
    hidden: bool  # shown as "<5"
    share: float  # the bar's length, 0..100, of the chart's scale


def shown(count: int, exact: bool) -> str:
    return f"<{SMALL}" if not exact and is_small(count) else str(count)


def rows(counts: Mapping[str, int], label: Callable[[str], str], exact: bool,
         order: Sequence[str] | None = None) -> list[Row]:
    """Rows with bar lengths. A hidden count is drawn at a fixed length, never its own."""
    keys = list(order) if order is not None else list(counts)
    drawn = {k: SMALL / 2 if not exact and is_small(counts[k]) else counts[k] for k in keys}
    any_hidden = any(not exact and is_small(counts[k]) for k in keys)
    scale = max([*drawn.values(), SMALL if any_hidden else 1])
    return [Row(key=k, label=label(k), count=counts[k], shown=shown(counts[k], exact),
                hidden=not exact and is_small(counts[k]),
                share=round(100 * drawn[k] / scale, 1))
            for k in keys]


@dataclass(frozen=True)
class View:
    """Everything md and html show, in the helpline's words."""

    language: str
    helpline: str
    year: int
    exact: bool
    title: str
    intro: str
    note: str
    empty: bool
    total: str
    channels: list[Row]
    themes: list[Row]
    months: list[Row]
    first_answer: list[Row]
    languages: list[Row]
    status: list[Row]
    messages: list[Row]
    words: Wording

    def short_month(self, key: str) -> str:
        return self.words.label("months_short", key)


def view(report: Report, words: Wording, helpline: str, theme_order: Sequence[str],
         exact: bool) -> View:
    def table(name: str) -> Callable[[str], str]:
        return lambda key: words.label(name, key)

    return View(
        language=words.language, helpline=helpline, year=report.year, exact=exact,
        title=words.word("title", year=report.year, helpline=helpline),
        intro=words.word("intro", year=report.year, helpline=helpline),
        note=words.word("exact_note" if exact else "small_note"),
        empty=report.conversations == 0,
        total=shown(report.conversations, exact),
        channels=rows(report.channels, table("channels"), exact),
        themes=rows(report.themes, words.theme, exact,
                    order=ranked_themes(report.themes, theme_order, public=not exact)),
        months=rows(report.months, table("months"), exact),
        first_answer=rows(report.first_answer, table("first_answer"), exact),
        languages=rows(report.languages, table("languages"), exact),
        status=rows({"open": report.open, "closed": report.closed}, table("status"), exact),
        messages=rows({"in": report.messages_in, "out": report.messages_out},
                      table("messages"), exact),
        words=words,
    )


# --------------------------------------------------------------------------- formats


def render_json(report: Report) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"


def _cell(value: str) -> str:
    """A spreadsheet must not take a label for a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def render_csv(report: Report, words: Wording, theme_order: Sequence[str]) -> str:
    """One row per count: year, section, key, label, count (exact)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["year", "section", "key", "label", "count"])

    def section(name: str, counts: Mapping[str, int], label: Callable[[str], str],
                order: Sequence[str] | None = None) -> None:
        for key in order if order is not None else counts:
            writer.writerow([report.year, name, _cell(key), _cell(label(key)), counts[key]])

    writer.writerow([report.year, "conversations", "all", _cell(words.word("conversations")),
                     report.conversations])
    section("channels", report.channels, lambda k: words.label("channels", k))
    section("themes", report.themes, words.theme, ranked_themes(report.themes, theme_order))
    section("months", report.months, lambda k: words.label("months", k))
    section("first_answer", report.first_answer, lambda k: words.label("first_answer", k))
    section("languages", report.languages, lambda k: words.label("languages", k))
    section("status", {"open": report.open, "closed": report.closed},
            lambda k: words.label("status", k))
    section("messages", {"in": report.messages_in, "out": report.messages_out},
            lambda k: words.label("messages", k))
    return out.getvalue()


def _md(text: str) -> str:
    """Plain text in Markdown: no table breaks, no HTML tags ("<5" stays as it is)."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return _TAG_START.sub("&lt;", text)


def render_md(v: View) -> str:
    w = v.words
    lines = [f"# {_md(v.title)}", "", _md(v.intro), ""]
    if v.empty:
        lines += [_md(w.word("empty", year=v.year)), ""]
    channels = ", ".join(f"{_md(r.label)} {_md(r.shown)}" for r in v.channels)
    lines += [f"**{_md(w.word('conversations'))}: {_md(v.total)}** ({channels})", ""]

    def table(heading: str, column: str, items: list[Row], note: str = "") -> None:
        lines.extend([f"## {_md(heading)}", ""])
        if note:
            lines.extend([_md(note), ""])
        lines.extend([f"| {_md(column)} | {_md(w.word('count'))} |", "| --- | ---: |"])
        lines.extend(f"| {_md(r.label)} | {_md(r.shown)} |" for r in items)
        lines.append("")

    table(w.word("themes"), w.word("theme"), v.themes, w.word("themes_note"))
    table(w.word("months_heading"), w.word("month"), v.months)
    table(w.word("channels_heading"), w.word("channel"), v.channels)
    table(w.word("first_answer_heading"), w.word("wait"), v.first_answer)
    table(w.word("messages_heading"), "", v.messages)
    table(w.word("languages_heading"), w.word("language"), v.languages)
    table(w.word("status_heading"), "", v.status)
    lines += [f"_{_md(v.note)}_", ""]
    return "\n".join(lines)


def html_environment(admin_folder: Path | None = None) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in template_folders(admin_folder)]),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(v: View, admin_folder: Path | None = None) -> str:
    return html_environment(admin_folder).get_template(HTML_TEMPLATE).render(v=v, w=v.words)


def render(report: Report, fmt: str, words: Wording, *, helpline: str,
           theme_order: Sequence[str], exact: bool = False,
           admin_folder: Path | None = None) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "csv":
        return render_csv(report, words, theme_order)
    v = view(report, words, helpline, theme_order, exact)
    if fmt == "md":
        return render_md(v)
    if fmt == "html":
        return render_html(v, admin_folder)
    raise ValueError(f"unknown report format {fmt!r}")
