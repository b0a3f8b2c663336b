"""Part `volunteer` of the twelfth held-out relay-text corpus
(dev/heldout-v12/volunteer/, held out until 2026-12-08) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout12_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout12_volunteer_cases", "v12vol_",
                    r"v-\d{4}-h12v-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the twelfth set's volunteer part is not there")  # noqa: E501

# The shapes the README's list of rounds does not name; each "new-shape" mail carries one of them,
# and the mail's reader text (for a header's tag: its decoded headers) holds one of the strings
# given for it.
SHAPE_TEXT: dict[str, tuple[str, ...]] = {
    "exam-block-note": ("blok", "blocus"),
    "accreditation-line": ("Erkend door", "Accredited by"),
    "hearing-line": ("slechthorend", "malentendante", "hard of hearing"),
    "callsign-sig": ("ON4",),
    "council-mandate": ("Gemeenteraadslid", "gemeenteraadslid"),
    "peer-expert-line": ("ervaringsdeskundige", "pair-aidante"),
    "dyslexia-note": ("dyslectisch", "dyslexique"),
    "mail-followup-to": ("Mail-Followup-To",),
    "language-apology": ("excusez mon français", "sorry voor mijn Nederlands"),
    "reading-time": ("Reading time", "Leestijd", "Temps de lecture"),
    "access-info-line": ("rolstoeltoegankelijk",),
    "nntr-line": ("hoeft hier niet op te antwoorden", "No need to reply"),
    "strike-notice": ("grève", "staking"),
    "song-list": ("🎵",),
    "isbn-tip": ("ISBN",),
    "draft-stamp": ("Concept opgeslagen",),
    "first-aid-line": ("EHBO",),
    "sign-language-line": ("LSFB", "VGT"),
    "training-notes-paste": ("vorming",),
    "priority-flag": ("X-Priority",),
    "merge-field": ("«Voornaam»", "«Prénom»"),
    "latin1-charset": ("iso-8859-1",),
    "scale-question": ("échelle de", "scale of", "schaal van"),
    "feedback-survey-line": ("satisfait de notre réponse", "Hoe tevreden"),
    "clacks-header": ("X-Clacks-Overhead",),
    "ramadan-line": ("Ramadan Mubarak",),
    "resent-headers": ("Resent-From",),
    "carer-line": ("mantelzorger", "aidante proche"),
    "tear-off-calendar": ("éphéméride", "scheurkalender"),
    "gelezen-goedgekeurd": ("Gelezen en goedgekeurd", "Lu et approuvé"),
    "study-programme-line": ("BSc Psychology", "Bachelor Sociaal Werk"),
    "intern-line": ("Stagiair",),
}
IN_HEADERS = {"mail-followup-to", "priority-flag", "latin1-charset", "clacks-header",
              "resent-headers"}
NEW_SHAPES = set(SHAPE_TEXT)


def _words(spans: list[str]) -> int:
    return sum(len(re.findall(r"\w+", span)) for span in spans)


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "twelfth set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(
        PART, ("heldout-v12", "volunteer"), "twelfth set, part volunteer")


def test_own_client_shapes_are_prefixed_and_registered_as_written() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)
    checks.check_cases_use_only_the_shared_shapes_or_their_own(PART)
    checks.check_every_client_shape_of_the_part_is_used(PART)


def test_file_names_are_numbered_from_one() -> None:
    checks.check_file_names(PART, first_number=1)


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    checks.check_every_answer_is_a_volunteers_reply_to_its_forward(PART)


def test_part_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 90
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == Counter({"nl": 64, "fr": 16, "en": 10}), languages
    checks.check_promised_clients(PART, 30)
    checks.check_tags_at_least(
        PART,
        ("work-account", "private-account", "family-account", "shared-account", "school-account",
         "partner-account", "others-account", "student", "worker", "retiree", "parent",
         "teacher", "work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en",
         "client-line", "logo", "logo-attachment", "vcard", "sig-html-only", "phone-in-sig",
         "own-name-in-text", "signed-name", "content-after-name", "greets-pseudonym",
         "top-posted", "bottom-posted", "inline-answer", "very-short", "long",
         "no-display-name", "html-only", "sig-dash", "thema-line", "crlf",
         "encoded-display-name", "comment-display-name", "wrong-account", "voice-to-text",
         "tussentaal", "dialect", "emoji", "typos", "capitals", "no-punctuation",
         "mixed-language", "cc-own-address", "reply-to-private", "relative-named",
         "family-named", "contact-in-text", *sorted(NEW_SHAPES)),
        {"others-account": 6, "wrong-account": 6, "html-only": 3, "new-shape": 45,
         "greets-pseudonym": 90, "private-account": 45, "work-signature": 20,
         "disclaimer": 10, "client-line": 20, "relative-named": 8, "bottom-posted": 3,
         "inline-answer": 3, "very-short": 4, "long": 10})
    for name, v in labels.items():
        tags = set(strs(v["tags"]))
        # An answer from someone else's account is not also the volunteer's own one.
        assert not ("others-account" in tags
                    and tags & {"private-account", "work-account", "school-account"}), name
        assert ("others-account" in tags) == ("wrong-account" in tags), name


def test_volunteers_are_18_to_80() -> None:
    labels = PART.labels()
    ages = []
    for name, v in labels.items():
        own = [int(t[4:]) for t in strs(v["tags"]) if re.fullmatch(r"age-\d+", t)]
        assert len(own) == 1, name
        ages += own
    assert min(ages) == 18 and max(ages) == 80, (min(ages), max(ages))
    assert len(set(ages)) >= 50


def test_answers_are_long_enough_on_average() -> None:
    labels = PART.labels()
    words = {name: _words(strs(v["content"])) for name, v in labels.items()}
    assert sum(words.values()) / len(words) >= 90, sum(words.values()) / len(words)
    assert len([n for n, w in words.items() if w >= 250]) >= 5
    for name, v in labels.items():
        if "very-short" in strs(v["tags"]):
            assert words[name] <= 20, name
        if "long" in strs(v["tags"]):
            assert words[name] >= 200, name


def test_half_is_in_shapes_the_rounds_do_not_name() -> None:
    checks.check_share_in_new_shapes(PART, NEW_SHAPES, share=2, fr=5, en=5)


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(
        PART, SHAPE_TEXT, IN_HEADERS, client_line=checks.CLIENT_LINE_WITH_OUTLOOK)


def test_part_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART, labels_too=True)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)


def test_links_the_writers_wrote_are_invented() -> None:
    checks.check_links_the_writers_wrote_are_invented(PART)
