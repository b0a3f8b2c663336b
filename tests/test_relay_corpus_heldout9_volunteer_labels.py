"""Part `volunteer` of the ninth held-out relay-text corpus (dev/heldout-v9/volunteer/,
held out until 2026-12-07) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout9_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout9_volunteer_cases", "v9vol_",
                    r"v-\d{4}-h9v-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the ninth set's volunteer part is not there")  # noqa: E501

# The shapes the README's list of rounds does not name; each "new-shape" mail carries one of them,
# and the mail's reader text (for the subject's tag: its decoded headers) holds one of the strings
# given for it.
SHAPE_TEXT: dict[str, tuple[str, ...]] = {
    "right-to-disconnect-footer": ("werkuren", "déconnexion", "working hours"),
    "strike-notice-line": ("staking", "grève"),
    "hybrid-schedule-line": ("Thuiswerk", "Télétravail"),
    "device-excuse-line": ("één duim", "op de trein", "clavier", "on the train"),
    "season-greeting-banner": ("feestdagen", "vœux"),
    "first-aider-badge": ("First Aider", "Secouriste"),
    "now-playing-line": ("🎧",),
    "grammarly-line": ("Grammarly",),
    "digital-business-card": ("visitekaartje", "business card"),
    "charity-campaign-banner": ("Warmste Week",),
    "phishing-button-footer": ("Phishing melden", "hameçonnage"),
    "gmail-emoji-reaction": ("reageerde via Gmail", "reacted via Gmail"),
    "subject-gateway-tag": ("[Verzonden via beveiligde mail",),
    "parental-leave-line": ("ouderschapsverlof", "congé parental"),
    "sponsor-run-line": ("sponsor mij",),
    "dictated-not-read": ("niet nagelezen",),
    "event-promo-line": ("webinar",),
    "certification-badge": ("B Corp",),
    "handbook-citation": ("Handboek Lumi",),
    "award-line": ("Vrijwilliger van het Jaar",),
    "unsubscribe-line": ("Uitschrijven",),
    "stray-paste": ("verificatiecode",),
    "survey-link": ("enquête",),
    "hashtag-campaign-line": ("#IkBenVrijwilliger",),
    "ramadan-note": ("iftar",),
    "reintegration-line": ("re-integratie",),
}
IN_HEADERS = {"subject-gateway-tag"}
NEW_SHAPES = set(SHAPE_TEXT)


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "ninth set, part volunteer")


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
    assert len({str(v["client"]) for v in labels.values()}) >= 25
    tags = PART.tag_counts()
    for tag in ("work-account", "private-account", "family-account", "partner-account",
                "shared-account", "business-account", "student", "worker", "retiree", "parent",
                "teacher", "work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en",
                "client-line", "logo", "logo-attachment", "vcard", "sig-html-only", "phone-in-sig",
                "initials", "own-name-in-text", "signed-other-name", "signed-name",
                "content-after-name", "greets-pseudonym", "top-posted", "bottom-posted",
                "inline-answer", "very-short", "long", "no-display-name", "html-only", "sig-dash",
                "thema-line", "crlf", "encoded-display-name", "comment-display-name",
                "wrong-account", "voice-to-text", "tussentaal", "dialect", "emoji", "typos",
                "capitals", "no-punctuation", "text-speak", "mixed-language", "cc-own-address",
                "reply-to-private", "title", *sorted(NEW_SHAPES)):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 30), ("private-account", 45), ("disclaimer", 10),
                       ("client-line", 25), ("greets-pseudonym", 85), ("top-posted", 80),
                       ("bottom-posted", 3), ("inline-answer", 4), ("thema-line", 2),
                       ("wrong-account", 5), ("new-shape", 40), ("contact-in-text", 4)):
        assert tags[tag] >= least, (tag, tags[tag])


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
