"""Mails as real clients write them, through the real daemon, in both directions.

tests/fixtures/clients/manifest.toml lists, per fixture, every identifying string
(addresses in all their forms, names, IPs, hosts, phone numbers, street
addresses) and the message's own words. Each fixture is one test: the
identifying strings must be absent from the raw bytes and every decoded header
and part of what crosses the relay, and the own words present.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import re
import tomllib
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from tests import queries
from tests.conftest import (
    FIXTURES,
    HELPLINE,
    Daemon,
    Delivered,
    Smarthost,
    assert_absent,
    free_port,
    wait_for,
    write_config,
)

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow

CORPUS = FIXTURES / "clients"
MANIFEST = tomllib.loads((CORPUS / "manifest.toml").read_text())
VOLUNTEER = "vera.verstraete@vrijwilligers.example"
_counter = itertools.count(1)


def _by_direction(direction: str) -> list[str]:
    return sorted(name for name, spec in MANIFEST.items() if spec["direction"] == direction)


@pytest.fixture(scope="module")
def relay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Daemon, Smarthost]]:
    """One daemon for the whole corpus: each fixture gets its own conversation."""
    tmp = tmp_path_factory.mktemp("corpus")
    host = Smarthost(port=free_port())
    controller = Controller(host, hostname="127.0.0.1", port=host.port)
    controller.start()
    port = free_port()
    # One volunteer, the corpus's Vera, with room for every fixture's conversation: each
    # new conversation goes to one volunteer on duty, and this module reads hers.
    daemon = Daemon(config=write_config(tmp, port, f"smtp://127.0.0.1:{host.port}",
                                        "\n[duty]\nmax_open_per_volunteer = 100000\n"),
                    port=port, log_path=tmp / "daemon.log")
    from mailhandler.cli import main

    assert main(["--config", str(daemon.config), "volunteer", "add", VOLUNTEER,
                 "--nickname", "Vera V"]) == 0
    daemon.start()
    yield daemon, host
    daemon.stop()
    controller.stop()


def _text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    return body.get_content() if body is not None else ""


def _filenames(message: EmailMessage) -> list[str]:
    return [part.get_filename() or "" for part in message.iter_attachments()]


def _forward_with(host: Smarthost, phrase: str) -> Delivered:
    def find() -> Delivered | None:
        for delivered in host.to(VOLUNTEER):
            if phrase in _text_of(delivered.message):
                return delivered
        return None

    return wait_for(find, 20, "the forward of this fixture")


def _envelope_sender(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    return message["From"].addresses[0].addr_spec


@pytest.mark.parametrize("fixture", _by_direction("seeker"))
def test_a_help_seekers_mail_reaches_volunteers_without_identifying_them(
        fixture: str, relay: tuple[Daemon, Smarthost]) -> None:
    daemon, host = relay
    spec = MANIFEST[fixture]
    raw = (CORPUS / fixture).read_bytes()
    daemon.send(_envelope_sender(raw), [HELPLINE], raw)
    forward = _forward_with(host, spec["own_words"][0])
    assert_absent(forward.data, spec["identifying"])
    text = _text_of(forward.message)
    for phrase in spec["own_words"]:
        assert phrase in text, phrase
    names = _filenames(forward.message)
    for kept in spec.get("kept_attachments", []):
        assert any(kept in name for name in names), (kept, names)
    assert len(names) <= len(spec.get("kept_attachments", [])) + _inline_count(forward.message)
    assert_nothing_remote_or_located(forward.message)
    if "exif-gps" in spec.get("dropped", []):  # the photo itself crosses, its position does not
        assert any(p.get_content_maintype() == "image" for p in forward.message.walk())


def assert_nothing_remote_or_located(message: EmailMessage) -> None:
    """No remote resource in the HTML, no metadata in any image that crossed."""
    import io

    from PIL import Image

    for part in message.walk():
        if part.get_content_type() == "text/html":
            markup = part.get_content().lower()
            assert "tracker.example" not in markup
            assert not re.search(r"<img[^>]+src=[\"']?(https?:|//|data:)", markup), markup
            assert "<script" not in markup and "<form" not in markup
        elif part.get_content_maintype() == "image":
            with Image.open(io.BytesIO(part.get_payload(decode=True))) as image:
                assert not image.getexif(), part.get_filename()
                assert "exif" not in image.info and "xmp" not in image.info


def _inline_count(message: EmailMessage) -> int:
    return sum(1 for part in message.walk() if part.get("Content-ID"))


def _open_conversation(daemon: Daemon, host: Smarthost) -> tuple[str, Delivered]:
    number = next(_counter)
    seeker = f"zoeker{number}@thuis.example"
    # Not the address's local part: the writer's own address, written in the text, is
    # replaced in the forward (that is the point), so it could not find the forward.
    phrase = f"Ik heb een vraag, nummer {number} van vandaag."
    daemon.send(seeker, [HELPLINE],
                f"From: {seeker}\nTo: {HELPLINE}\nSubject: Een vraag\n"
                f"Message-ID: <{seeker.partition('@')[0]}@thuis.example>\n\n{phrase}\n")
    return seeker, _forward_with(host, phrase)


@pytest.mark.parametrize("fixture", _by_direction("volunteer"))
def test_a_volunteers_answer_reaches_the_help_seeker_without_identifying_the_volunteer(
        fixture: str, relay: tuple[Daemon, Smarthost]) -> None:
    daemon, host = relay
    spec = MANIFEST[fixture]
    seeker, forward = _open_conversation(daemon, host)
    alias = forward.message["Reply-To"].addresses[0].addr_spec
    pseudonym = forward.message["Subject"].split("]")[0].strip("[")
    raw = ((CORPUS / fixture).read_bytes()
           .replace(b"{alias}", alias.encode())
           .replace(b"{pseudonym}", pseudonym.encode())
           .replace(b"{forward_id}", forward.message["Message-ID"].encode()))
    daemon.send(VOLUNTEER, [alias], raw)
    answer = host.wait_to(seeker, count=2)[-1]
    identifying = [item.replace("{alias}", alias).replace("{pseudonym}", pseudonym)
                   for item in spec["identifying"]]
    assert_absent(answer.data, [*identifying, alias, "#thema", "#theme", "Vera Verstraete"])
    text = _text_of(answer.message)
    for phrase in spec["own_words"]:
        assert phrase in text, phrase
    assert answer.message["In-Reply-To"] == f"<{seeker.partition('@')[0]}@thuis.example>"
    names = _filenames(answer.message)
    for kept in spec.get("kept_attachments", []):
        assert any(kept in name for name in names), (kept, names)
    assert len(names) == len(spec.get("kept_attachments", [])), names
    assert_nothing_remote_or_located(answer.message)
    themes = queries.conversation(daemon, pseudonym).themes
    assert set(spec.get("themes", [])) <= set(themes.split(",")), themes
