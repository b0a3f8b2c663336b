"""Real-world attachment shapes (tests/fixtures/attachments/, written by LibreOffice and
Pillow, see tests/tools/make_attachment_fixtures.py): no planted identity leaves the relay,
in any byte: inside zip members, decompressed PDF streams, XMP, EXIF and ICC profiles.

Each file is sent as its sender would send it, under its real (identifying) name; what
comes out is either a cleaned attachment with a neutral name, text in the body, or nothing
and a line saying why.
"""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pikepdf
import pytest

from mailhandler.core.relay import RelayedBody, Replacement, answer_body, forward_body
from mailhandler.core.scrub import Identity
from tests.conftest import HELPLINE, Daemon, Smarthost, add_volunteers
from tests.tools.make_attachment_fixtures import PLANTED

CORPUS = Path(__file__).parent / "fixtures" / "attachments"
SEEKER = Identity(addresses=("sam.janssens@thuis.example",), names=("Sam Janssens",))
VOLUNTEER = Identity(addresses=("veerle.peeters@vrijwilligers.example",),
                     names=("Veerle Peeters",))
FORWARD = Replacement(SEEKER, "k7q2mx@lumi.example", "K7Q2MX")
ANSWER = Replacement(VOLUNTEER, HELPLINE, "Lumi")
OPENINGS = frozenset({"Nieuw gesprek K7Q2MX."})

# fixture file -> (declared type, what must happen: "cleaned", "withheld", "text")
EXPECTED = {
    "Sam_Janssens_CV.docx": ("application/vnd.openxmlformats-officedocument."
                             "wordprocessingml.document", "cleaned"),
    "Sam_Janssens_verslag.odt": ("application/vnd.oasis.opendocument.text", "cleaned"),
    "Sam_Janssens_planning.xlsx": ("application/vnd.openxmlformats-officedocument."
                                   "spreadsheetml.sheet", "cleaned"),
    "Sam_Janssens_planning.ods": ("application/vnd.oasis.opendocument.spreadsheet", "cleaned"),
    "Sam_Janssens_folder.pdf": ("application/pdf", "cleaned"),
    "Sam_Janssens_spreekbeurt.pptx": ("application/vnd.openxmlformats-officedocument."
                                      "presentationml.presentation", "cleaned"),
    "Sam_Janssens_foto.jpg": ("image/jpeg", "cleaned"),
    "Sam_Janssens_scherm.png": ("image/png", "cleaned"),
    "Sam_Janssens_spraakmemo.mp3": ("audio/mpeg", "cleaned"),
    "Sam_Janssens_spraakmemo.m4a": ("audio/mp4", "cleaned"),
    "Sam_Janssens_oud.doc": ("application/msword", "withheld"),
    "Sam_Janssens_beveiligd.pdf": ("application/pdf", "withheld"),
    "kaart.txt": ("text/plain", "withheld"),
    "uitnodiging.ics": ("application/octet-stream", "withheld"),
    "tekening.xml": ("application/octet-stream", "withheld"),
    "pagina.html": ("text/html", "cleaned"),
    "notities.csv": ("text/csv", "cleaned"),
    "eerdere-mail.txt": ("text/plain", "text"),
    "doorgestuurd.eml": ("message/rfc822", "text"),
}
VOLUNTEER_FILES = [name.replace("Sam_Janssens", "Veerle_Peeters") for name in EXPECTED
                   if name.startswith("Sam_Janssens") and "beveiligd" not in name]
# Plain words of a file that must still be there: cleaning keeps the content.
OWN_WORDS = {"eerdere-mail.txt": "ik kan morgen niet komen",
             "doorgestuurd.eml": "Kunnen we deze week praten?",
             "pagina.html": "Mijn dagboek, echt waar.",
             "Sam_Janssens_CV.docx": "Dit is mijn verslag over de week.",
             "Sam_Janssens_spreekbeurt.pptx": "Hier vertel ik hoe het echt gaat op school."}


def everything_in(data: bytes, depth: int = 0) -> Iterator[bytes]:
    """The bytes, and every layer inside them: zip members, PDF streams decoded, deflated
    PNG chunks, each also as text in UTF-16 (ICC and XMP descriptions use it)."""
    yield data
    if depth > 3:
        return
    if data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                yield from everything_in(archive.read(info), depth + 1)
    elif b"%PDF-" in data[:1024]:
        try:
            pdf = pikepdf.open(io.BytesIO(data))
        except pikepdf.PasswordError:       # the encrypted fixture: read with its password
            pdf = pikepdf.open(io.BytesIO(data), password="geheim")
        with pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream):
                    yield obj.read_raw_bytes()
                    try:
                        decoded = obj.read_bytes()
                    except pikepdf.PdfError:    # a filter qpdf cannot undo: raw bytes above
                        decoded = b""
                    yield decoded
                yield repr(obj).encode()
    elif data.startswith(b"\x89PNG"):
        pos = 8
        while pos + 8 <= len(data):
            size = int.from_bytes(data[pos:pos + 4], "big")
            chunk = data[pos + 8:pos + 8 + size]
            for start in range(len(chunk)):
                try:
                    yield zlib.decompress(chunk[start:])
                    break
                except zlib.error:
                    continue
            pos += 12 + size


def assert_nothing_planted(data: bytes, planted: list[str]) -> None:
    for layer in everything_in(data):
        folded = layer.lower()
        for secret in planted:
            for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
                needle = secret.lower().encode(encoding)
                assert needle not in folded, (secret, encoding)


def mail_with(filename: str, declared: str, data: bytes, sender: str, name: str) -> EmailMessage:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = f"{name} <{sender}>"
    message["To"] = HELPLINE
    message["Subject"] = "Bijlage"
    message.set_content("Hier is het bestand waar ik het over had.\n")
    if declared == "message/rfc822":
        inner = email.message_from_bytes(data, policy=email.policy.default)
        message.add_attachment(inner, filename=filename)
    else:
        maintype, subtype = declared.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message


def leaving_bytes(body: RelayedBody) -> list[bytes]:
    return [body.text.encode(), (body.html or "").encode(),
            *(att.data for att in body.attachments),
            *((att.filename or "").encode() for att in body.attachments)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_help_seekers_attachment_leaves_no_planted_identity(name: str) -> None:
    declared, expected = EXPECTED[name]
    data = (CORPUS / f"seeker-{name}").read_bytes()
    assert any(s.lower().encode() in b"".join(everything_in(data)).lower() for s in PLANTED), \
        "the fixture must plant what it claims to"
    message = mail_with(name, declared, data, "sam.janssens@thuis.example", "Sam Janssens")
    body = forward_body(message, FORWARD, "lumi.example", "[afbeelding verwijderd]",
                        attachment_stem="bijlage")
    for chunk in leaving_bytes(body):
        assert_nothing_planted(chunk, PLANTED)
    assert len(body.outcomes) == (0 if expected == "text" else 1)
    if expected == "cleaned":
        assert [a.filename.rsplit("-", 1)[0] for a in body.attachments] == ["bijlage"]
        assert body.outcomes[0].action in ("cleaned", "kept")
    elif expected == "withheld":
        assert body.attachments == () and len(body.withheld) == 1
    else:
        assert body.attachments == ()
    if name in OWN_WORDS:
        everything = b"".join(b"".join(everything_in(chunk)) for chunk in leaving_bytes(body))
        assert OWN_WORDS[name].encode() in everything


@pytest.mark.parametrize("name", sorted(VOLUNTEER_FILES))
def test_a_volunteers_attachment_leaves_no_planted_identity(name: str) -> None:
    declared, expected = EXPECTED[name.replace("Veerle_Peeters", "Sam_Janssens")]
    data = (CORPUS / f"volunteer-{name}").read_bytes()
    assert b"veerle peeters" in b"".join(everything_in(data)).lower()
    message = mail_with(name, declared, data, "veerle.peeters@vrijwilligers.example",
                        "Veerle Peeters")
    body = answer_body(message, ANSWER, "lumi.example", OPENINGS, attachment_stem="bijlage")
    for chunk in leaving_bytes(body):
        assert_nothing_planted(chunk, ["Veerle Peeters", "Veerle", "Peeters", "veerle.peeters"])
    assert len(body.attachments) == (1 if expected == "cleaned" else 0)


def test_the_metadata_removed_from_a_word_document_is_reported_by_kind() -> None:
    data = (CORPUS / "seeker-Sam_Janssens_CV.docx").read_bytes()
    message = mail_with("Sam_Janssens_CV.docx", EXPECTED["Sam_Janssens_CV.docx"][0], data,
                        "sam.janssens@thuis.example", "Sam Janssens")
    body = forward_body(message, FORWARD, "lumi.example", "", attachment_stem="bijlage")
    outcome = body.outcomes[0]
    assert (outcome.kind, outcome.action) == ("docx", "cleaned")
    assert {"properties", "comment-authors", "people"} <= set(outcome.removed)
    assert body.attachments[0].filename == "bijlage-1.docx"


def test_a_presentation_keeps_its_slides_notes_and_comments_without_their_authors() -> None:
    data = (CORPUS / "seeker-Sam_Janssens_spreekbeurt.pptx").read_bytes()
    message = mail_with("Sam_Janssens_spreekbeurt.pptx",
                        EXPECTED["Sam_Janssens_spreekbeurt.pptx"][0], data,
                        "sam.janssens@thuis.example", "Sam Janssens")
    body = forward_body(message, FORWARD, "lumi.example", "", attachment_stem="bijlage")
    outcome = body.outcomes[0]
    assert (outcome.kind, outcome.action) == ("pptx", "cleaned")
    assert {"properties", "custom-properties", "comment-authors"} <= set(outcome.removed)
    with zipfile.ZipFile(io.BytesIO(body.attachments[0].data)) as archive:
        assert "Mijn spreekbeurt over vriendschap" in archive.read(
            "ppt/slides/slide1.xml").decode()
        assert "Nog een dia toevoegen?" in archive.read("ppt/comments/comment1.xml").decode()
        assert "echt gaat op school" in archive.read(
            "ppt/notesSlides/notesSlide1.xml").decode()
    assert body.attachments[0].filename == "bijlage-1.pptx"


def test_a_body_sent_as_a_text_part_with_a_file_name_arrives_as_text() -> None:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = "Sam Janssens <sam.janssens@thuis.example>"
    message.set_content("Ik durf het niet thuis te vertellen.\n\nSam Janssens\n")
    message["Content-Disposition"] = 'inline; filename="bericht.txt"'
    body = forward_body(message, FORWARD, "lumi.example", "")
    assert "Ik durf het niet thuis te vertellen." in body.text
    assert "Janssens" not in body.text and body.attachments == ()


@pytest.mark.parametrize("subtype", ["enriched", "markdown"])
def test_bodies_in_other_text_subtypes_arrive_as_text(subtype: str) -> None:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = "Sam Janssens <sam.janssens@thuis.example>"
    words = "<bold>Help</bold> ik weet het niet meer" if subtype == "enriched" \
        else "**Help** ik weet het niet meer"
    message.set_content(words + "\n", subtype=subtype)
    body = forward_body(message, FORWARD, "lumi.example", "")
    assert "ik weet het niet meer" in body.text and body.attachments == ()
    assert "<bold>" not in body.text


# --------------------------------------------------------------------------- the daemon

DAEMON_FILES = ["Sam_Janssens_CV.docx", "Sam_Janssens_folder.pdf", "Sam_Janssens_foto.jpg",
                "kaart.txt", "eerdere-mail.txt"]


@pytest.mark.slow
def test_attachments_through_the_daemon_leave_no_identity_and_are_reported(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    message = EmailMessage(policy=email.policy.default)
    message["From"] = "Sam Janssens <sam.janssens@thuis.example>"
    message["To"] = HELPLINE
    message["Subject"] = "Mijn bestanden"
    message["Message-ID"] = "<bestanden-1@thuis.example>"
    message.set_content("Ik stuur jullie wat ik heb, ik weet niet wat ik moet doen.\n")
    for name in DAEMON_FILES:
        declared = EXPECTED[name][0]
        maintype, subtype = declared.split("/")
        message.add_attachment((CORPUS / f"seeker-{name}").read_bytes(), maintype=maintype,
                               subtype=subtype, filename=name)
    daemon.send("sam.janssens@thuis.example", [HELPLINE], message.as_bytes())
    forward = smarthost.wait_to("vera@vrijwilligers.example")[0]
    for chunk in [forward.data, *(part.get_payload(decode=True) or b""
                                  for part in forward.message.walk()
                                  if not part.is_multipart())]:
        assert_nothing_planted(chunk, PLANTED)
    names = sorted(part.get_filename() for part in forward.message.iter_attachments())
    assert names == ["bijlage-1.docx", "bijlage-2.pdf", "bijlage-3.jpg"]
    text = forward.message.get_body(preferencelist=("plain",)).get_content()
    assert "ik kan morgen niet komen" in text          # the earlier mail, as text
    assert "1 x VCARD: niet doorgestuurd (kan de afzender noemen)" in text
    assert "1 x DOCX: doorgestuurd, verwijderd:" in text
