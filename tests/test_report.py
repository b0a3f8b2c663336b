"""The annual report from a seeded database, in every format, and `mailhandler register`.

The report reads the `contacts` table alone. json and csv are internal data with exact
counts; md and html are public and show 1 to 4 as `<5` (unless --exact).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mailhandler.cli import main
from mailhandler.config import EMBEDDED_DEFAULTS
from mailhandler.core.retention import ANSWER_BUCKETS, LATE_BUCKET
from mailhandler.report.data import ContactFacts, aggregate, ranked_themes
from mailhandler.report.wording import load_wording
from mailhandler.store.db import open_database
from mailhandler.store.models import Contact
from tests.conftest import free_port, run_cli, write_config

THEMES = tuple(EMBEDDED_DEFAULTS["metadata"]["themes"])
FORMATS = ("json", "csv", "md", "html")
YEAR = 2026


def config_for(tmp_path: Path, language: str = "nl", extra: str = "") -> Path:
    path = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}", extra)
    if language != "nl":
        path.write_text(path.read_text().replace('language = "nl"', f'language = "{language}"'))
    return path


def database_url(config: Path) -> str:
    return f"sqlite:///{config.parent / 'var' / 'mailhandler.db'}"


def seed(config: Path, contacts: list[dict]) -> None:
    engine = open_database(database_url(config))
    with Session(engine) as s, s.begin():
        for c in contacts:
            s.add(Contact(**{"language": "nl", "themes": "", "messages_in": 0,
                             "messages_out": 0, "first_answer": None, "closed": True, **c}))
    engine.dispose()


def contact(channel: str, day: str, themes: str = "", **more: object) -> dict:
    return {"channel": channel, "day": date.fromisoformat(day), "themes": themes, **more}


# A year with big and small counts: coming-out 7, relaties 5, pesten 2, familie 1.
SEEDED = [
    *(contact("mail", f"{YEAR}-03-{d:02d}", "coming-out,relaties", messages_in=2, messages_out=1,
              first_answer="<1h", closed=d % 2 == 0) for d in range(1, 6)),
    contact("mail", f"{YEAR}-03-10", "coming-out,pesten", messages_in=1, messages_out=1,
            first_answer="4-24h", closed=False),
    contact("chat", f"{YEAR}-01-01", "coming-out"),
    contact("phone", f"{YEAR}-12-31", "pesten,familie", language="fr"),
    # other years are never counted
    contact("mail", f"{YEAR - 1}-12-31", "welzijn", messages_in=1),
    contact("phone", f"{YEAR + 1}-01-01", "welzijn"),
]


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    config = config_for(tmp_path)
    seed(config, SEEDED)
    return config


def report(config: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--config", str(config), "report", *args]) == 0
    return capsys.readouterr().out


# --- json -------------------------------------------------------------------------------


def test_json_has_the_contract_keys_with_exact_counts(seeded: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(report(seeded, "--year", str(YEAR), "--format", "json", capsys=capsys))
    assert data["year"] == YEAR
    assert data["conversations"] == 8
    assert data["channels"] == {"mail": 6, "chat": 1, "phone": 1}
    assert data["themes"] == {"coming-out": 7, "relaties": 5, "pesten": 2, "familie": 1,
                              "genderidentiteit": 0, "welzijn": 0, "andere": 0}
    assert list(data["themes"]) == ["coming-out", "relaties", "pesten", "familie",
                                    "genderidentiteit", "welzijn", "andere"]
    assert list(data["months"]) == [f"{m:02d}" for m in range(1, 13)]
    assert data["months"]["01"] == 1 and data["months"]["03"] == 6 and data["months"]["12"] == 1
    assert sum(data["months"].values()) == 8
    assert data["first_answer"] == {"<1h": 5, "1-4h": 0, "4-24h": 1, "1-3d": 0, "3-7d": 0,
                                    ">7d": 0}
    assert data["languages"] == {"fr": 1, "nl": 7}
    assert (data["open"], data["closed"]) == (4, 4)
    assert data["messages"] == {"in": 11, "out": 6}
    assert all(isinstance(v, int) for v in data["themes"].values())


def test_json_is_the_default_format_and_ignores_exact(seeded: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    plain = report(seeded, "--year", str(YEAR), capsys=capsys)
    assert json.loads(plain)["themes"]["familie"] == 1
    assert report(seeded, "--year", str(YEAR), "--exact", capsys=capsys) == plain


def test_the_report_through_the_real_command(seeded: Path) -> None:
    result = run_cli(seeded, "report", "--year", str(YEAR), "--format", "json")
    assert json.loads(result.stdout)["conversations"] == 8


# --- csv --------------------------------------------------------------------------------


def test_csv_has_one_exact_row_per_count_with_labels(seeded: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(
        report(seeded, "--year", str(YEAR), "--format", "csv", capsys=capsys))))
    assert {r["year"] for r in rows} == {str(YEAR)}
    by = {(r["section"], r["key"]): r for r in rows}
    assert by[("conversations", "all")]["count"] == "8"
    assert by[("themes", "familie")]["count"] == "1"  # exact: internal data
    assert by[("themes", "coming-out")]["label"] == "Coming-out"
    assert by[("channels", "phone")]["label"] == "Telefoon"
    assert by[("months", "03")]["label"] == "maart" and by[("months", "03")]["count"] == "6"
    assert by[("first_answer", "<1h")]["count"] == "5"
    assert by[("status", "open")]["count"] == "4"
    assert [r["key"] for r in rows if r["section"] == "themes"][:2] == ["coming-out", "relaties"]


def test_csv_never_hands_a_spreadsheet_a_formula(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path, extra='\n[metadata]\nthemes = ["-x", "andere"]\n')
    seed(config, [contact("chat", f"{YEAR}-02-02", "-x")])
    out = report(config, "--year", str(YEAR), "--format", "csv", capsys=capsys)
    assert "\n2026,themes,'-x,'-x,1" in out


# --- md ---------------------------------------------------------------------------------


def test_md_is_public_small_counts_are_hidden(seeded: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    md = report(seeded, "--year", str(YEAR), "--format", "md", capsys=capsys)
    assert md.startswith("# Jaarverslag 2026\n")
    assert "| Coming-out | 7 |" in md and "| Relaties | 5 |" in md
    assert "| Pesten | <5 |" in md and "| Familie | <5 |" in md
    assert "| Genderidentiteit | 0 |" in md
    assert "| maart | 6 |" in md and "| januari | <5 |" in md
    assert "Chat <5" in md and "Telefoon <5" in md
    assert "| Frans | <5 |" in md
    for hidden in ("| 1 |", "| 2 |", "| 3 |", "| 4 |"):
        assert hidden not in md
    assert "<5" in md.splitlines()[-1]  # the note says why


def test_md_exact_is_for_internal_use(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    md = report(seeded, "--year", str(YEAR), "--format", "md", "--exact", capsys=capsys)
    assert "| Pesten | 2 |" in md and "| Familie | 1 |" in md
    assert "<5 |" not in md
    assert "intern" in md.splitlines()[-1]


def test_public_ranking_does_not_order_the_hidden_counts(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # familie 4, pesten 1: the public order falls back to the configured one.
    config = config_for(tmp_path)
    seed(config, [*(contact("chat", f"{YEAR}-05-0{d}", "familie") for d in range(1, 5)),
                  contact("chat", f"{YEAR}-05-09", "pesten")])
    md = report(config, "--year", str(YEAR), "--format", "md", capsys=capsys)
    assert md.index("| Pesten |") < md.index("| Familie |")
    exact = report(config, "--year", str(YEAR), "--format", "md", "--exact", capsys=capsys)
    assert exact.index("| Familie |") < exact.index("| Pesten |")


# --- html -------------------------------------------------------------------------------


class Page(HTMLParser):
    """The tags and attributes of a page, for checks without a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    @classmethod
    def of(cls, html: str) -> Page:
        page = cls()
        page.feed(html)
        return page

    def bars(self, kind: str) -> dict[str, dict[str, str | None]]:
        return {a[f"data-{kind}"] or "": a for t, a in self.tags
                if t == "rect" and f"data-{kind}" in a and "bar" in (a.get("class") or "")}


def assert_self_contained(html: str) -> None:
    page = Page.of(html)
    assert not [t for t, _ in page.tags if t in ("script", "link", "img", "iframe", "object",
                                                  "embed", "base")]
    for _, attrs in page.tags:
        for name in ("src", "href", "srcset", "xlink:href", "action", "poster"):
            assert name not in attrs, attrs
    assert not re.search(r"(?i)(https?:)?//[a-z0-9]", re.sub(r"(?s)<!--.*?-->", "", html)
                         .replace('xmlns="http://www.w3.org/2000/svg"', ""))
    assert "url(" not in html and "@import" not in html


def test_html_is_one_self_contained_page_with_a_bar_per_theme_and_month(
        seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = report(seeded, "--year", str(YEAR), "--format", "html", capsys=capsys)
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in html
    assert 'name="viewport"' in html and "@media print" in html and "@media (max-width" in html
    assert_self_contained(html)
    page = Page.of(html)
    themes = page.bars("theme")
    assert set(themes) == set(THEMES)
    assert len([a for t, a in page.tags if t == "rect" and "data-theme" in a]) == len(THEMES)
    assert set(page.bars("month")) == {f"{m:02d}" for m in range(1, 13)}
    assert float(themes["coming-out"]["width"] or 0) == 100.0
    assert float(themes["andere"]["width"] or 0) == 0.0
    # the helpline's language, small counts hidden
    assert "Genderidentiteit" in html and "Thema&#39;s" in html
    assert ">&lt;5<" in html
    for number in ("1", "2"):
        assert f">{number}<" not in html


def test_html_bars_of_hidden_counts_give_nothing_away(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path)
    seed(config, [contact("chat", f"{YEAR}-05-01", "pesten"),
                  *(contact("chat", f"{YEAR}-06-0{d}", "familie") for d in range(1, 5))])
    html = report(config, "--year", str(YEAR), "--format", "html", capsys=capsys)
    themes = Page.of(html).bars("theme")
    assert themes["pesten"]["width"] == themes["familie"]["width"]
    assert "hidden" in (themes["pesten"]["class"] or "")
    months = Page.of(html).bars("month")
    assert months["05"]["height"] == months["06"]["height"]
    exact = Page.of(report(config, "--year", str(YEAR), "--format", "html", "--exact",
                           capsys=capsys)).bars("theme")
    assert float(exact["pesten"]["width"] or 0) < float(exact["familie"]["width"] or 0)


def test_html_escapes_the_helplines_own_words(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path)
    config.write_text(config.read_text().replace('name = "Lumi"', 'name = "Lumi <b>&</b>"'))
    html = report(config, "--year", str(YEAR), "--format", "html", capsys=capsys)
    assert "Lumi &lt;b&gt;&amp;&lt;/b&gt;" in html and "<b>" not in html


# --- every format, every kind of year ---------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_year_without_contacts_is_a_report_of_zeros(tmp_path: Path, fmt: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path)
    seed(config, [contact("mail", f"{YEAR - 1}-06-01", "pesten")])
    out = report(config, "--year", str(YEAR), "--format", fmt, capsys=capsys)
    if fmt == "json":
        data = json.loads(out)
        assert data["conversations"] == 0 and set(data["themes"]) == set(THEMES)
        assert not any(data["themes"].values()) and not any(data["months"].values())
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and all(r["count"] == "0" for r in rows)
    else:
        assert "Er zijn geen contacten geregistreerd in 2026" in out
        assert "<5" not in out.replace("aantallen van 1 tot 4 als <5", "")
    if fmt == "html":
        assert len(Page.of(out).bars("theme")) == len(THEMES)
        assert_self_contained(out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_report_is_the_same_after_the_wipe(seeded: Path, fmt: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = report(seeded, "--year", str(YEAR), "--format", fmt, capsys=capsys)
    assert main(["--config", str(seeded), "wipe", "--yes"]) == 0
    assert report(seeded, "--year", str(YEAR), "--format", fmt, capsys=capsys) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_file_holds_the_same_report(seeded: Path, fmt: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"jaarverslag.{fmt}"
    printed = report(seeded, "--year", str(YEAR), "--format", fmt, capsys=capsys)
    said = report(seeded, "--year", str(YEAR), "--format", fmt, "--output", str(out),
                  capsys=capsys)
    assert out.read_bytes() == printed.encode()
    assert str(out) in said


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Rapport annuel 2026", "Harcèlement", "Identité de genre", "mars", "Téléphone"]),
    ("en", ["Annual report 2026", "Bullying", "Gender identity", "March", "Phone"]),
])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_report_speaks_the_helplines_language(tmp_path: Path, language: str,
                                                  words: list[str], fmt: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path, language)
    seed(config, SEEDED)
    out = report(config, "--year", str(YEAR), "--format", fmt, capsys=capsys)
    for word in words:
        assert word in out
    if fmt == "html":
        assert f'<html lang="{language}">' in out


def test_a_theme_without_a_label_is_shown_by_its_key(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path, extra='\n[metadata]\nthemes = ["school", "andere"]\n')
    seed(config, [contact("chat", f"{YEAR}-02-02", "school")])
    md = report(config, "--year", str(YEAR), "--format", "md", capsys=capsys)
    assert "| school | <5 |" in md and "| Andere | 0 |" in md


def test_an_admins_own_templates_dir_relabels_themes(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    own = tmp_path / "eigen"
    (own / "nl").mkdir(parents=True)
    (own / "nl" / "themes.toml").write_text('pesten = "Pesten en uitsluiting"\n')
    config = config_for(tmp_path)
    config.write_text(config.read_text().replace(
        'timezone = "Europe/Brussels"', f'timezone = "Europe/Brussels"\ntemplates_dir = "{own}"'))
    seed(config, [contact("chat", f"{YEAR}-02-02", "pesten")])
    html = report(config, "--year", str(YEAR), "--format", "html", capsys=capsys)
    # the admin's label, and the shipped ones (and template) for everything else
    assert "Pesten en uitsluiting" in html and "Relaties" in html


def test_a_theme_no_longer_configured_is_still_counted() -> None:
    facts = [ContactFacts("mail", date(YEAR, 1, 5), "nl", ("oud-thema", "pesten", "pesten"),
                          1, 0, None, False)]
    result = aggregate(YEAR, facts, ("pesten", "andere"))
    assert dict(result.themes) == {"pesten": 1, "oud-thema": 1, "andere": 0}
    assert ranked_themes({"a": 3, "b": 1, "c": 2}, ("b", "a", "c"), public=True) == \
        ["b", "a", "c"]


def test_year_boundaries_are_the_helplines_calendar_days(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    config = config_for(tmp_path)
    seed(config, SEEDED)
    for year, expected in ((YEAR - 1, 1), (YEAR, 8), (YEAR + 1, 1)):
        data = json.loads(report(config, "--year", str(year), capsys=capsys))
        assert data["conversations"] == expected, year


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_shipped_language_names_every_default_theme_and_heading(language: str) -> None:
    words = load_wording(language)
    for theme in THEMES:
        assert theme in words.theme_labels, theme
    for key in ("title", "intro", "conversations", "themes", "months_heading", "count",
                "small_note", "exact_note", "empty"):
        assert key in words.words
    buckets = [name for name, _ in ANSWER_BUCKETS] + [LATE_BUCKET]
    for table, keys in (("months", [f"{m:02d}" for m in range(1, 13)]),
                        ("months_short", [f"{m:02d}" for m in range(1, 13)]),
                        ("first_answer", buckets), ("channels", ["mail", "chat", "phone"]),
                        ("status", ["open", "closed"]), ("languages", ["nl", "fr", "en"])):
        for key in keys:
            assert words.label(table, key) != key, (table, key)


# --- register ---------------------------------------------------------------------------


def contacts_in(config: Path) -> list[Contact]:
    engine = open_database(database_url(config))
    with Session(engine) as s:
        rows = list(s.scalars(select(Contact).order_by(Contact.id)))
    engine.dispose()
    return rows


def test_register_records_chat_and_phone_contacts_that_the_report_counts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path)
    run_cli(config, "register", "--channel", "chat", "--themes", "pesten,Welzijn",
            "--date", f"{YEAR}-04-02")
    assert main(["--config", str(config), "register", "--channel", "phone", "--themes",
                 "coming-out", "--date", f"{YEAR}-04-03", "--language", "fr"]) == 0
    rows = contacts_in(config)
    assert [(c.channel, c.day, c.themes, c.language) for c in rows] == [
        ("chat", date(YEAR, 4, 2), "pesten,welzijn", "nl"),
        ("phone", date(YEAR, 4, 3), "coming-out", "fr")]
    assert all(c.closed and c.messages_in == 0 and c.messages_out == 0
               and c.first_answer is None for c in rows)
    data = json.loads(report(config, "--year", str(YEAR), capsys=capsys))
    assert data["channels"] == {"mail": 0, "chat": 1, "phone": 1}
    assert data["themes"]["pesten"] == 1 and data["months"]["04"] == 2


def test_register_without_a_date_is_today_in_the_helplines_time_zone(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    before = datetime.now(ZoneInfo("Europe/Brussels")).date()
    assert main(["--config", str(config), "register", "--channel", "phone",
                 "--themes", "andere"]) == 0
    after = datetime.now(ZoneInfo("Europe/Brussels")).date()
    assert contacts_in(config)[0].day in (before, after)


@pytest.mark.parametrize(("args", "says"), [
    (["--themes", "pesten,geheim"], "geheim"),
    (["--themes", ","], "--themes"),
    (["--themes", "pesten", "--date", "2026-13-01"], "--date"),
    (["--themes", "pesten", "--date", "2999-01-01"], "future"),
    (["--themes", "pesten", "--language", "nederlands"], "--language"),
])
def test_register_refuses_mistakes_with_one_line_and_exit_2(
        tmp_path: Path, args: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    config = config_for(tmp_path)
    assert main(["--config", str(config), "register", "--channel", "chat", *args]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and says in err
    if says == "geheim":
        assert "coming-out" in err  # the known themes, to pick from
    assert contacts_in(config) == []


def test_an_unknown_theme_through_the_real_command(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    result = run_cli(config, "register", "--channel", "phone", "--themes", "geheim", check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("mailhandler: unknown theme 'geheim'")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [
    ["register", "--channel", "mail", "--themes", "pesten"],
    ["register", "--themes", "pesten"],
    ["report", "--year", "26"],
    ["report", "--format", "pdf"],
])
def test_usage_mistakes_exit_2(seeded: Path, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--config", str(seeded), *args])
    assert exited.value.code == 2
