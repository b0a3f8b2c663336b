"""Part `volunteer` of the thirteenth held-out relay-text corpus
(heldout/volunteer/) is consistent with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout13_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout13_volunteer_cases", "v13vol_",
                    r"v-\d{4}-h13v-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the thirteenth set's volunteer part is not there")  # noqa: E501

# The shapes the README's list of rounds does not name; each "new-shape" mail carries one of them,
# and the mail's reader text (for a header's tag: its decoded headers) holds one of the strings
# given for it.
SHAPE_TEXT: dict[str, tuple[str, ...]] = {
    "breathing-count": ("4-7-8", "count to four"),
    "grounding-54321": ("5-4-3-2-1",),
    "night-shift": ("nachtdienst", "garde de nuit"),
    "recall-line": ("intrekken", "rappeler le message"),
    "co-written": ("samen geschreven", "co-written"),
    "battery-low": ("batterij", "batterie"),
    "timezone-abroad": ("tijdsverschil",),
    "screen-reader": ("schermlezer", "lecteur d'écran"),
    "reaction-line": ("heeft gereageerd", "a réagi"),
    "cat-on-keyboard": ("toetsenbord",),
    "late-answer-apology": ("late antwoord", "late reply"),
    "scripture-line": ("Psalm", "Prediker"),
    "foreign-word": ("hygge", "ikigai"),
    "autocrypt-header": ("Autocrypt",),
    "importance-header": ("Importance",),
    "forwarded-for-header": ("X-Forwarded-For",),
    "list-headers": ("List-Id",),
    "x-sender-header": ("X-Sender",),
    "original-from-header": ("X-Original-From",),
    "google-groups-footer": ("Google Groups", "Google Groepen"),
    "translate-note": ("Google Translate",),
    "kaomoji": ("¯\\_(ツ)_/¯", "ʕ•ᴥ•ʔ"),
    "strava-sig": ("Strava",),
    "ice-line": ("ICE:",),
    "superhost-line": ("Superhost",),
    "wiki-user": ("Gebruiker:",),
    "fide-id": ("FIDE",),
    "game-metaphor": ("Minecraft", "schaak"),
    "geocaching": ("geocaching", "Geocaching"),
    "guideline-quote": ("richtlijn",),
    "spoiler-bars": ("||",),
    "tilde-strike": ("~~",),
    "one-hand-typing": ("één hand",),
    "donor-line": ("bloedgever",),
    "parental-leave": ("ouderschapsverlof",),
    "translated-banner": ("Traduit de",),
    "carplay-dictation": ("CarPlay",),
    "train-delay": ("vertraging",),
    "hashtag-content": ("#jebentnietalleen", "#tunespasseul"),
    "kindle-highlight": ("Kindle",),
    "ai-disclaimer": ("ChatGPT", "no AI"),
    "season-greeting": ("zalig kerstfeest", "Eid Mubarak"),
    "own-birthday": ("anniversaire", "jarig"),
    "hotel-wifi": ("hotelwifi",),
    "mail-drop": ("Mail Drop",),
    "loom-link": ("loom.example",),
    "sick-at-home": ("griep",),
    "power-cut": ("stroompanne",),
}
IN_HEADERS = {"autocrypt-header", "importance-header", "forwarded-for-header", "list-headers",
              "x-sender-header", "original-from-header"}
NEW_SHAPES = set(SHAPE_TEXT)


def _words(spans: list[str]) -> int:
    return sum(len(re.findall(r"\w+", span)) for span in spans)


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "thirteenth set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(
        PART, ("heldout", "volunteer"), "thirteenth set, part volunteer")


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
    checks.check_promised_clients(PART, 35)
    checks.check_tags_at_least(
        PART,
        ("work-account", "private-account", "family-account", "shared-account",
         "partner-account", "others-account", "student", "worker", "retiree", "parent",
         "teacher", "work-signature", "disclaimer", "disclaimer-fr", "client-line", "sig-block",
         "own-name-in-text", "signed-name", "greets-pseudonym", "top-posted", "bottom-posted",
         "inline-answer", "very-short", "long", "no-display-name", "html-only", "sig-dash",
         "thema-line", "crlf", "encoded-display-name", "wrong-account", "voice-to-text",
         "tussentaal", "dialect", "emoji", "typos", "capitals", "no-punctuation",
         "mixed-language", "relative-named", "P3", "pet-content", "contact-in-text",
         *sorted(NEW_SHAPES)),
        {"others-account": 7, "wrong-account": 7, "html-only": 5, "new-shape": 54,
         "greets-pseudonym": 90, "private-account": 45, "work-signature": 20,
         "disclaimer": 5, "client-line": 20, "relative-named": 8, "bottom-posted": 3,
         "inline-answer": 3, "very-short": 4, "long": 6, "contact-in-text": 7})
    for name, v in labels.items():
        tags = set(strs(v["tags"]))
        # An answer from someone else's account is not also the volunteer's own one.
        assert not ("others-account" in tags
                    and tags & {"private-account", "work-account", "school-account"}), name
        assert ("others-account" in tags) == ("wrong-account" in tags), name
        # Every answer says whether it is written above, below or between the forward's lines.
        assert len(tags & {"top-posted", "bottom-posted", "inline-answer"}) == 1, name


def test_volunteers_are_18_to_80() -> None:
    labels = PART.labels()
    ages = []
    for name, v in labels.items():
        own = [int(t[4:]) for t in strs(v["tags"]) if re.fullmatch(r"age-\d+", t)]
        assert len(own) == 1, name
        ages += own
    assert min(ages) == 18 and max(ages) == 80, (min(ages), max(ages))
    assert len(set(ages)) >= 55


def test_answers_are_long_enough_on_average() -> None:
    labels = PART.labels()
    words = {name: _words(strs(v["content"])) for name, v in labels.items()}
    assert sum(words.values()) / len(words) >= 125, sum(words.values()) / len(words)
    assert len([n for n, w in words.items() if w >= 250]) >= 6
    for name, v in labels.items():
        if "very-short" in strs(v["tags"]):
            assert words[name] <= 20, name
        if "long" in strs(v["tags"]):
            assert words[name] >= 200, name


def test_sixty_percent_is_in_shapes_the_rounds_do_not_name() -> None:
    checks.check_share_in_new_shapes(PART, NEW_SHAPES, share=2, fr=8, en=6)
    labels = PART.labels()
    new = [name for name, v in labels.items() if "new-shape" in strs(v["tags"])]
    assert 5 * len(new) >= 3 * len(labels), len(new)


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(
        PART, SHAPE_TEXT, IN_HEADERS, client_line=checks.CLIENT_LINE_WITH_OUTLOOK)


def test_part_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART, labels_too=True)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)


def test_links_the_writers_wrote_are_invented() -> None:
    checks.check_links_the_writers_wrote_are_invented(PART)
