"""Part `volunteer` of the eleventh held-out relay-text corpus
(dev/heldout-v11/volunteer/) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout11_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout11_volunteer_cases", "v11vol_",
                    r"v-\d{4}-h11v-[a-z0-9-]+\.eml")

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


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "eleventh set, part volunteer")


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
    assert len({str(v["client"]) for v in labels.values()}) >= 35
    tags = PART.tag_counts()
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
        assert not ("others-account" in strs(v["tags"]) and own & set(strs(v["tags"]))), name


def test_half_is_in_shapes_the_rounds_do_not_name() -> None:
    checks.check_share_in_new_shapes(PART, NEW_SHAPES, share=2, fr=5, en=5)


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(
        PART, SHAPE_TEXT, IN_HEADERS, client_line=checks.CLIENT_LINE_WITH_OUTLOOK)


def test_part_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)


def test_links_the_writers_wrote_are_invented() -> None:
    checks.check_links_the_writers_wrote_are_invented(PART)
