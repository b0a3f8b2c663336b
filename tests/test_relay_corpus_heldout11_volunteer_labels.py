"""Part `volunteer` of the eleventh held-out relay-text corpus
(heldout/volunteer/) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import email
import email.policy
import re
import tomllib
from collections import Counter
from email.message import EmailMessage

import pytest

from tests.tools.relay_corpus_check import check_set, decoded
from tests.tools.relay_corpus_heldout import SHAPES
from tests.tools.relay_corpus_heldout11_volunteer import EXTRA_SHAPES, HEADER, OUT, build
from tests.tools.relay_corpus_set_checks import (
    ISSUE_NAMES,
    check_part_is_what_its_generator_renders,
)

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the eleventh set's volunteer part is not there")  # noqa: E501

# The shapes the README's list of rounds does not name; each "new-shape" mail carries one of them,
# and the mail's reader text (for a header's tag: its decoded headers) holds one of the strings
# given for it.
SHAPE_TEXT: dict[str, tuple[str, ...]] = {
    "right-to-disconnect": ("deconnectie", "déconnexion", "outside your working hours"),
    "part-time-days": ("4/5", "mi-temps"),
    "blood-donor-line": ("Bloedgever", "Donneuse de sang", "blood donor"),
    "timezone-note": ("tijdsverschil", "décalage horaire", "time difference"),
    "braille-display": ("braille",),
    "campaign-hashtag": ("#WarmsteWeek", "#DikkeTruiendag"),
    "award-line": ("van het Jaar", "de l'année", "of the Year"),
    "route-link": ("Route plannen", "Itinéraire"),
    "closure-notice": ("gesloten van", "fermés du"),
    "doodle-paste": ("Doodle",),
    "race-result-paste": ("Borstnummer", "Dossard"),
    "pet-in-sig": ("(hond)",),
    "library-receipt": ("Uitleenbewijs", "Ticket de prêt"),
    "sponsor-appeal": ("Sponsor mij",),
    "countdown-line": ("dagen tot",),
    "drag-name-sig": ("in drag",),
    "farm-shop-sig": ("hoevewinkel",),
    "bnb-sig": ("B&B",),
    "sms-counter": ("/160)",),
    "traffic-light-plan": ("🟢",),
    "grounding-54321": ("5 dingen", "5 things"),
    "did-you-know": ("Wist je dat", "Le saviez-vous", "Did you know"),
    "directions-advice": ("halte", "l'arrêt"),
    "bcc-own-address": ("Bcc",),
    "autocrypt-header": ("Autocrypt",),
    "crm-thread-ref": ("ref:_",),
    "translated-banner": ("Vertaald uit", "Traduit du"),
    "mailman-footer": ("mailing list",),
    "birth-year-sign": ("°19",),
    "carplay-dictation": ("CarPlay",),
    "reaction-line": ("heeft gereageerd",),
    "confidential-mode": ("vertrouwelijke modus",),
    "kudos-card": ("Kudos",),
    "self-care-box": ("zelfzorgdoos", "boîte à réconfort", "comfort box"),
    "if-then-plan": ("ALS-DAN",),
    "seasonal-greeting": ("feestdagen", "Season's greetings"),
}
IN_HEADERS = {"bcc-own-address", "autocrypt-header"}
NEW_SHAPES = set(SHAPE_TEXT)


def _labels() -> dict[str, dict[str, object]]:
    return tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))


def _strs(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _msg(name: str) -> EmailMessage:
    msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_files_are_what_the_generator_renders() -> None:
    check_part_is_what_its_generator_renders(OUT, build, HEADER)
    assert "eleventh set, part volunteer" in HEADER


def test_part_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []
    assert sorted(p.name for p in OUT.iterdir() if p.suffix != ".eml") == ["labels.toml"]


def test_own_client_shapes_are_prefixed_and_registered_as_written() -> None:
    # The shared table is only extended: a shape of this part never replaces anyone else's.
    assert EXTRA_SHAPES
    for key, shape in EXTRA_SHAPES.items():
        assert key.startswith("v11vol_"), key
        assert SHAPES[key] is shape, key


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    for name, label in _labels().items():
        assert re.fullmatch(r"v-\d{4}-h11v-[a-z0-9-]+\.eml", name), name
        assert label["direction"] == "volunteer", name
        msg = _msg(name)
        assert str(msg["To"]).strip() == "{alias}", name
        assert str(msg["In-Reply-To"]).strip() == "{forward_id}", name
        assert str(msg["References"]).strip() == "{forward_id}", name


def test_part_has_the_promised_size_and_spread() -> None:
    labels = _labels()
    assert len(labels) == 90
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == Counter({"nl": 64, "fr": 16, "en": 10}), languages
    assert len({str(v["client"]) for v in labels.values()}) >= 35
    tags = Counter(t for v in labels.values() for t in _strs(v["tags"]))
    for tag in ("work-account", "private-account", "family-account", "partner-account",
                "shared-account", "school-account", "borrowed-account", "others-account", "student",
                "worker", "retiree", "parent", "teacher", "work-signature", "disclaimer",
                "disclaimer-fr", "disclaimer-en", "client-line", "logo", "logo-attachment", "vcard",
                "sig-html-only", "phone-in-sig", "initials", "own-name-in-text",
                "signed-other-name", "signed-name", "content-after-name", "greets-pseudonym",
                "top-posted", "bottom-posted", "inline-answer", "very-short", "long",
                "no-display-name", "html-only", "sig-dash", "thema-line", "crlf",
                "encoded-display-name", "comment-display-name", "wrong-account", "voice-to-text",
                "tussentaal", "dialect", "emoji", "typos", "capitals", "no-punctuation",
                "text-speak", "mixed-language", "cc-own-address", "reply-to-private", "title",
                "relative-named", "contact-in-text", "model-message", *sorted(NEW_SHAPES)):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 30), ("private-account", 45), ("disclaimer", 12),
                       ("client-line", 17), ("greets-pseudonym", 90), ("top-posted", 80),
                       ("bottom-posted", 4), ("inline-answer", 6), ("thema-line", 1),
                       ("wrong-account", 6), ("new-shape", 45), ("contact-in-text", 5),
                       ("others-account", 3), ("html-only", 3), ("relative-named", 7)):
        assert tags[tag] >= least, (tag, tags[tag])
    for name, v in labels.items():
        # An answer from someone else's account is not also the volunteer's own private one.
        own = {"private-account", "work-account", "school-account"}
        assert not ("others-account" in _strs(v["tags"]) and own & set(_strs(v["tags"]))), name


def test_half_is_in_shapes_the_rounds_do_not_name() -> None:
    labels = _labels()
    new = [name for name, v in labels.items() if "new-shape" in _strs(v["tags"])]
    assert 2 * len(new) >= len(labels), len(new)
    for name in new:
        assert set(_strs(labels[name]["tags"])) & NEW_SHAPES, name
    for name, v in labels.items():
        if set(_strs(v["tags"])) & NEW_SHAPES:
            assert "new-shape" in _strs(v["tags"]), name
    languages = Counter(str(labels[name]["language"]) for name in new)
    assert languages["fr"] >= 5 and languages["en"] >= 5, languages


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    # A tag is a claim about the mail: check the ones a reader would count on.
    for name, label in _labels().items():
        raw = (OUT / name).read_bytes()
        raw_text = raw.decode("utf-8", "replace")
        msg = _msg(name)
        tags = set(_strs(label["tags"]))
        types = [part.get_content_type() for part in msg.walk()]
        dispositions = [part.get_content_disposition() for part in msg.walk()]
        reader, everything = decoded(msg)
        identity = _strs(label["identity"])
        content = _strs(label["content"])
        longest = max(content, key=len).casefold()
        if "vcard" in tags:
            assert "text/x-vcard" in types and "attachment" in dispositions, name
        if "html-only" in tags:
            assert "text/plain" not in types and "text/html" in types, name
        if "logo" in tags:
            assert "image/png" in types, name
        if "logo-attachment" in tags:
            assert "multipart/mixed" in types and "attachment" in dispositions, name
        if "inline-answer" in tags:
            assert b"gmail_quote" not in raw and b"border-top:solid #E1E1E1" not in raw, name
            assert "hulp@lumi.example" not in reader, name
            assert reader.count("\n> ") >= 2, name
        if "no-display-name" in tags:
            assert "<" not in str(msg["From"]), name
        if "encoded-display-name" in tags:
            assert re.search(rb"^From: =\?", raw, re.M), name
        if "comment-display-name" in tags:
            assert re.search(rb"^From: \S+@\S+ \(", raw, re.M), name
        if "crlf" in tags:
            assert raw.count(b"\n") == raw.count(b"\r\n") > 0, name
        if "thema-line" in tags:
            own_tags = [ln for ln in reader.splitlines()
                        if "#thema:" in ln and "#thema: ..." not in ln and not ln.startswith(">")]
            assert own_tags, name
            assert not any("#thema" in span for span in content), name
        if "greets-pseudonym" in tags:
            assert "{pseudonym}" in reader.split("hulp@lumi.example")[0] or \
                "bottom-posted" in tags, name
        if "top-posted" in tags or "bottom-posted" in tags:
            text = reader.casefold()
            own, note = text.find(longest), text.find("hulp@lumi.example")
            assert own >= 0 and note >= 0, name
            assert (own < note) == ("top-posted" in tags), name
        if "sig-html-only" in tags:
            assert "text/html" in types and "text/plain" in types, name
            assert any(i not in reader and i in raw_text for i in identity), name
        if "wrong-account" in tags:
            assert str(label["volunteer"]) not in str(msg["From"]), name
        for tag, header in (("cc-own-address", "Cc"), ("reply-to-private", "Reply-To")):
            if tag in tags:
                value = str(msg[header] or "")
                assert value, (name, header)
                assert str(label["volunteer"]) in value, (name, header)
        if "client-line" in tags:
            assert any(i in reader for i in identity if re.search(
                r"Verstuurd|Verzonden|Envoy|Sent|downloaden|Télécharger|Get Outlook", i)), name
        for tag, texts in SHAPE_TEXT.items():
            if tag in tags:
                where = everything if tag in IN_HEADERS else reader
                assert any(t in where for t in texts), (name, tag)
        if "contact-in-text" in tags:
            # A phone or a second address the writer offers in their own words.
            offered = [i for i in identity if re.search(r"\d{3}|@| arobase ", i)]
            assert any(i in reader and i not in str(msg["From"]) for i in offered), name
        if "own-name-in-text" in tags:
            assert len([i for i in identity if i in reader]) >= 2, name
        if "content-after-name" in tags:
            # The writer's own last line comes after the name they signed with.
            assert content[-1] in reader and any(
                reader.find(i) < reader.find(content[-1]) for i in identity if i in reader), name


def test_part_names_no_one_from_the_issue() -> None:
    # The set is worth something only if its people are new: the issue's names must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in OUT.glob("*.eml")).casefold()
    for name in ISSUE_NAMES:
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name


def test_every_answer_names_its_registered_volunteer() -> None:
    for name, label in _labels().items():
        assert label["volunteer"] and label["nickname"], name
        raw = (OUT / name).read_text(encoding="utf-8", errors="replace")
        assert str(label["volunteer"]) in raw, name


def test_links_the_writers_wrote_are_invented() -> None:
    # Every link in a writer's own words or signature ends in .example or .test (the checker only
    # sees addresses; a shared client line such as BlackBerry's is the client's, not the writer's).
    for name, label in _labels().items():
        for text in _strs(label["content"]) + _strs(label["identity"]):
            for host in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
                assert host.rstrip(".").endswith((".example", ".test")), (name, host)
