"""Part `volunteer` of the tenth held-out relay-text corpus
(dev/heldout-v10/volunteer/) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout10_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout10_volunteer_cases", "v10vol_",
                    r"v-\d{4}-h10v-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the tenth set's volunteer part is not there")  # noqa: E501

# The shapes the README's list of rounds does not name; each "new-shape" mail carries one of them,
# and the mail's reader text (for a header's tag: its decoded headers) holds one of the strings
# given for it.
SHAPE_TEXT: dict[str, tuple[str, ...]] = {
    "helpdesk-reply-line": ("##-",),
    "child-keymash": ("kkkk",),
    "ice-contact": ("ICE",),
    "callsign": ("73 de",),
    "deaf-contact-note": ("doof", "sourde"),
    "political-mandate-line": ("Gemeenteraadslid", "OCMW-raadslid", "Conseillère communale"),
    "training-certificate-paste": ("Attest van deelname", "Certificate of completion"),
    "google-groups-footer": ("Google Groepen", "Google Groups"),
    "task-app-line": ("Todoist", "Microsoft To Do", "Things 3"),
    "bereavement-note": ("overlijden", "décès"),
    "book-author-line": ("Auteur van", "Autrice de"),
    "band-gig-line": ("Live met", "gig alert"),
    "number-change-notice": ("nieuw nummer", "Nouveau numéro"),
    "auth-sender-header": ("X-Authenticated-Sender",),
    "ai-draft-remnant": ("herschreven versie", "Copilot", "version reformulée"),
    "scheduled-send-note": ("ingepland", "programmé"),
    "breathing-script": ("adem in", "inspire"),
    "fill-in-blanks": ("___",),
    "bingo-card": ("BINGO",),
    "mail-merge-field": ("«Slotformule»",),
    "ecosia-counter": ("Ecosia",),
    "neurodivergent-note": ("ADHD",),
    "mail-drop-link": ("Mail Drop",),
    "not-a-professional-note": ("geen psycholoog", "pas psy"),
    "vacancy-banner": ("vacatures", "On recrute"),
}
IN_HEADERS = {"auth-sender-header"}
NEW_SHAPES = set(SHAPE_TEXT)


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "tenth set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(PART)


def test_own_client_shapes_are_prefixed_and_registered_as_written() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    checks.check_every_answer_is_a_volunteers_reply_to_its_forward(PART)


def test_part_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 90
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == Counter({"nl": 64, "fr": 16, "en": 10}), languages
    assert len({str(v["client"]) for v in labels.values()}) >= 28
    tags = PART.tag_counts()
    for tag in ("work-account", "private-account", "family-account", "partner-account",
                "shared-account", "school-account", "borrowed-account", "others-account", "student",
                "worker", "retiree", "parent",
                "teacher", "work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en",
                "client-line", "logo", "logo-attachment", "vcard", "sig-html-only", "phone-in-sig",
                "initials", "own-name-in-text", "signed-other-name", "signed-name",
                "content-after-name", "greets-pseudonym", "top-posted", "bottom-posted",
                "inline-answer", "very-short", "long", "no-display-name", "html-only", "sig-dash",
                "thema-line", "crlf", "encoded-display-name", "comment-display-name",
                "wrong-account", "voice-to-text", "tussentaal", "dialect", "emoji", "typos",
                "capitals", "no-punctuation", "text-speak", "mixed-language", "cc-own-address",
                "reply-to-private", "title", "relative-named", "contact-in-text",
                *sorted(NEW_SHAPES)):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 20), ("private-account", 45), ("disclaimer", 10),
                       ("client-line", 15), ("greets-pseudonym", 85), ("top-posted", 80),
                       ("bottom-posted", 3), ("inline-answer", 4), ("thema-line", 1),
                       ("wrong-account", 3), ("new-shape", 35), ("contact-in-text", 3),
                       ("others-account", 6), ("html-only", 3), ("relative-named", 6)):
        assert tags[tag] >= least, (tag, tags[tag])
    for name, v in labels.items():
        # An answer from someone else's account is not also the volunteer's own private one.
        own = {"private-account", "work-account", "school-account"}
        assert not ("others-account" in strs(v["tags"]) and own & set(strs(v["tags"]))), name


def test_a_third_is_in_shapes_the_rounds_do_not_name() -> None:
    checks.check_share_in_new_shapes(PART, NEW_SHAPES, share=3, fr=5, en=5)


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(
        PART, SHAPE_TEXT, IN_HEADERS, client_line=checks.CLIENT_LINE_WITH_OUTLOOK)


def test_part_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)


def test_links_the_writers_wrote_are_invented() -> None:
    checks.check_links_the_writers_wrote_are_invented(PART)
