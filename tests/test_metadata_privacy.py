"""The anonymous metadata, end to end: "no names, IP addresses or cookies, not even derivable".

Full conversations through the real daemon, then every column of every metadata table and
every report format is searched for what could name someone: addresses, display names,
volunteer nicknames, IPs, subjects, body text, Message-IDs, aliases, pseudonyms, hashes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import Date, inspect, select

from mailhandler.cli import main
from mailhandler.store.db import open_database
from mailhandler.store.models import Base, Contact
from tests import queries
from tests.conftest import HELPLINE, PRIVACY, Daemon, Smarthost, fixture_bytes, run_cli, wait_for
from tests.test_spine import (
    CORA,
    KOBE,
    SEEKER,
    VOLUNTEER,
    alias_of,
    first_mail,
    volunteer_reply,
)

pytestmark = pytest.mark.slow

# What the record may hold, and nothing more: adding a column is a conscious decision,
# made here, with the privacy statement in mind.
ALLOWED_CONTACT_COLUMNS = {"id", "channel", "day", "language", "themes", "messages_in",
                           "messages_out", "first_answer", "closed"}
METADATA_TABLES = ("contacts", "job_runs")
FORMATS = ("json", "csv", "md", "html")

NOOR = "noor.janssens@school-noord.example"
# Words, names and numbers of the people involved, matched as whole words, any case.
PERSONAL = [
    SEEKER, "sam.peeters", "gezin-peeters", "Sam Peeters", "Sam", "Peeters", "GezinMail",
    NOOR, "Noor", "Janssens", "school-noord",
    VOLUNTEER, KOBE, CORA, "vrijwilligers.example", "coord.example",
    "Vera", "Verstraete", "Kobe", "Cora", "Kerkstraat", "0470 12 34 56", "vera-laptop",
    "Thunderbird",
    "127.0.0.77", "127.0.0.78", "127.0.0.91",
    "Vraag over mijn vriend", "vriend", "verliefd", "mama", "zus", "gisteren", "thuis",
    "Wat fijn dat je ons schrijft", "klaar voor", "spijbelen", "geheimthema",
    "CAF3kq9", "seeker-first", "seeker-second", "noor-first",
]


def needles_of_the_database(database: Path) -> list[str]:
    """What only the stored mail knows: our Message-IDs, aliases' tokens, pseudonyms, hashes."""
    conversations = queries.conversations(database)
    team = queries.team(database)
    found = [*(c.pseudonym for c in conversations), *(c.token for c in conversations),
             *(c.seeker_hash for c in conversations), *queries.our_message_ids(database),
             *(o.message_id for o in queries.outbox(database) if o.message_id is not None),
             *queries.sender_hashes(database), *(address for address, _ in team),
             *(nickname for _, nickname in team)]
    return [n.strip("<>") for n in found if n]


def metadata_values(database_url: str) -> list[tuple[str, str, object]]:
    """Every value of every column of the metadata tables, as (table, column, value).

    The columns are enumerated from the database itself, so a column added later is
    searched too.
    """
    return queries.every_value(database_url, METADATA_TABLES)


def assert_nothing_personal(where: str, text: str, needles: list[str]) -> None:
    for needle in needles:
        pattern = r"(?<![\w.@-])" + re.escape(needle) + r"(?![\w@-])"
        assert not re.search(pattern, text, re.IGNORECASE), f"{needle!r} found in {where}"
    # Neither a mail address nor an IP address nor anything like a hash or an id.
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.-]+", text), f"an address in {where}"
    assert not re.search(r"\b\d{1,3}(\.\d{1,3}){3}\b", text), f"an IP address in {where}"
    assert not re.search(r"\b[0-9a-fA-F]{16,}\b", text), f"a hash in {where}"


def reports(config: Path, year: int) -> dict[str, str]:
    """Every format, public and exact (in-process, for speed: the command itself is
    run as a child process in the wipe test below)."""
    out = {}
    for fmt in FORMATS:
        for exact in ((), ("--exact",)):
            path = config.parent / f"report.{fmt}"
            assert main(["--config", str(config), "report", "--year", str(year),
                         "--format", fmt, "--output", str(path), *exact]) == 0
            out[f"{fmt}{' --exact' if exact else ''}"] = path.read_text(encoding="utf-8")
    return out


def full_conversations(daemon: Daemon, smarthost: Smarthost) -> None:
    """Sam writes, Vera answers with themes, Sam follows up, Vera answers again with a theme
    nobody knows; Noor writes from a school address; someone writes to the privacy address."""
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    followup = fixture_bytes("spine/seeker_gmail_followup.eml").replace(
        b"{in_reply_to}", answer.message["Message-ID"].encode())
    daemon.send(SEEKER, [HELPLINE], followup)
    # Vera's mails: the first forward, the notice of what her answer became (her signature
    # was removed), the second forward.
    delivered = smarthost.wait_to(VOLUNTEER, count=3)
    second = [mail for mail in delivered if mail.message["Reply-To"] is not None][1]
    daemon.send(VOLUNTEER, [alias_of(second)], volunteer_reply(
        second, body="Wat fijn dat je zus het goed opnam!\n\n#thema: welzijn, geheimthema\n\n"
        "-- \nVera Verstraete\nKerkstraat 12\n"))
    smarthost.wait_to(SEEKER, count=3)
    noor = (fixture_bytes("spine/seeker_gmail.eml")
            .replace(b"sam.peeters@gezin-peeters.example", NOOR.encode())
            .replace(b"Sam Peeters", b"Noor Janssens").replace(b"Sam\n", b"Noor\n")
            .replace(b"seeker-first", b"noor-first")
            .replace(b"verliefd ben op mijn beste vriend", b"wil spijbelen"))
    daemon.send(NOOR, [HELPLINE], noor)
    smarthost.wait_to(NOOR)
    daemon.send("iemand@elders.example", [PRIVACY], fixture_bytes("spine/seeker_gmail.eml")
                .replace(b"To: hulp@lumi.example", b"To: privacy@lumi.example")
                .replace(b"seeker-first", b"privacy-first"))
    smarthost.wait_to("iemand@elders.example")
    wait_for(lambda: len([d for d in smarthost.to(VOLUNTEER)
                          if "Onbekend thema" in str(d.message["Subject"])]) == 1,
             what="the notice about the unknown theme")
    wait_for(lambda: len(smarthost.to(VOLUNTEER)) >= 4, what="Noor's forward")


def test_metadata_and_every_report_hold_nothing_that_names_anyone(
        daemon: Daemon, smarthost: Smarthost) -> None:
    full_conversations(daemon, smarthost)
    run_cli(daemon.config, "register", "--channel", "phone", "--themes", "pesten")
    database = daemon.config.parent / "var" / "mailhandler.db"
    url = f"sqlite:///{database}"
    daemon.stop()

    needles = PERSONAL + needles_of_the_database(database)
    rows = queries.contacts(database)
    # Sam's conversation, Noor's, and the phone call; the privacy question is no contact.
    assert [(k.channel, k.themes, k.messages_in, k.messages_out, k.first_answer, k.closed)
            for k in rows] == [("mail", "coming-out,familie,welzijn", 2, 2, "<1h", 0),
                                     ("mail", "", 1, 0, None, 0),
                                     ("phone", "pesten", 0, 0, None, 1)]
    year = rows[0].day.year

    for stage in ("before the wipe", "after the wipe"):
        for table, column, value in metadata_values(url):
            assert_nothing_personal(f"{table}.{column} {stage}", str(value), needles)
        for fmt, text in reports(daemon.config, year).items():
            assert_nothing_personal(f"the {fmt} report {stage}", text, needles)
        if stage == "before the wipe":
            run_cli(daemon.config, "wipe", "--yes")
    data = json.loads(run_cli(daemon.config, "report", "--year", str(year)).stdout)
    assert data["conversations"] == 3
    assert data["themes"]["coming-out"] == 1 and data["themes"]["pesten"] == 1
    assert "geheimthema" not in data["themes"]


def test_the_report_still_counts_the_year_after_the_wipe(daemon: Daemon,
                                                         smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    smarthost.wait_to(SEEKER, count=2)
    daemon.stop()
    database = daemon.config.parent / "var" / "mailhandler.db"
    year = queries.contacts(database)[0].day.year
    before = reports(daemon.config, year)

    run_cli(daemon.config, "wipe", "--yes")

    assert queries.table_rows(database, "conversations") == 0
    assert queries.inbox_count(database) == 0
    assert [k.closed for k in queries.contacts(database)] == [1]
    after = json.loads(run_cli(daemon.config, "report", "--year", str(year)).stdout)
    assert after["conversations"] == 1 and after["channels"]["mail"] == 1
    assert after["themes"]["coming-out"] == 1 and after["themes"]["familie"] == 1
    assert after["closed"] == 1 and after["first_answer"]["<1h"] == 1
    # Only "open" became "closed": the counts are the same as before the wipe.
    assert json.loads(before["json"])["themes"] == after["themes"]
    for fmt, text in reports(daemon.config, year).items():
        assert text.count("\n") == before[fmt].count("\n"), fmt


def test_an_unknown_theme_is_reported_back_to_the_volunteer_never_dropped(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(
        forward, body="Fijn dat je schrijft.\n\n#thema: Pesten, schoolstress\n"))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    assert "schoolstress" not in answer.message.get_content()
    notice = wait_for(lambda: [d for d in smarthost.to(VOLUNTEER)
                               if "Onbekend thema" in str(d.message["Subject"])],
                      what="the notice")[0]
    text = notice.message.get_content()
    assert "schoolstress" in text and "coming-out" in text  # what was wrong, and the choice
    assert notice.rcpts == [VOLUNTEER]
    assert notice.message["Auto-Submitted"] == "auto-generated"
    assert SEEKER not in notice.data.decode(errors="replace")
    daemon.stop()
    assert len(smarthost.to(SEEKER)) == 2  # the help-seeker got the answer, not the notice
    assert queries.contacts(daemon)[0].themes == "pesten"


def test_the_contact_record_has_exactly_the_allowed_columns_and_no_links(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'mh.db'}")
    schema = inspect(engine)
    assert {c["name"] for c in schema.get_columns("contacts")} == ALLOWED_CONTACT_COLUMNS
    assert schema.get_foreign_keys("contacts") == []  # it points at nothing
    assert isinstance(Contact.__table__.c.day.type, Date)  # a day, never a time
    # The only link to it runs from a conversation, and goes with the conversation.
    pointing = {(t.name, fk.parent.name) for t in Base.metadata.sorted_tables
                for fk in t.foreign_keys if fk.column.table.name == "contacts"}
    assert pointing == {("conversations", "contact_id")}
    assert {c["name"] for c in schema.get_columns("job_runs")} == {"id", "job", "at", "counts"}
    with engine.connect() as conn:
        assert conn.execute(select(Contact)).all() == []
    engine.dispose()
