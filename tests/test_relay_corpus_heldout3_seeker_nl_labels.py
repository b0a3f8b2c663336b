"""Part seeker_nl of the third held-out relay-text corpus (heldout/seeker-nl/) is consistent with
its labels and with its generator, and has the size and spread its brief promised.

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

from tests.tools.relay_corpus_check import check_set
from tests.tools.relay_corpus_heldout3_seeker_nl import HEADER, OUT, build
from tests.tools.relay_corpus_set_checks import check_part_is_what_its_generator_renders


def _labels() -> dict[str, dict[str, object]]:
    return tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))


def _tagged(tag: str) -> int:
    return sum(1 for v in _labels().values() if tag in _strings(v["tags"]))


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def test_heldout_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_heldout_files_are_what_the_generator_renders() -> None:
    check_part_is_what_its_generator_renders(OUT, build, HEADER)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []


def test_every_mail_is_a_help_seeker_writing_to_the_helpline() -> None:
    for name, label in _labels().items():
        assert label["direction"] == "seeker", name
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
        assert str(msg["To"]).strip() == "hulp@lumi.example", name


def test_heldout_has_the_promised_size_and_spread() -> None:
    labels = _labels()
    assert len(labels) >= 60
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["nl"] >= 45 and languages["fr"] >= 6 and languages["en"] >= 5, languages
    assert len({str(v["client"]) for v in labels.values()}) >= 10
    assert _tagged("parent-account") + _tagged("school-account") >= 12
    assert _tagged("reply-with-quote") >= 10
    assert _tagged("html-only") + _tagged("html-heavy") >= 8
    assert _tagged("own-name-in-text") >= 15
    assert _tagged("no-identity-in-body") >= 8
    for theme in ("coming-out", "gender-identity", "bullying", "parents", "self-harm", "love",
                  "school", "friends"):
        assert _tagged(theme) >= 2, theme


def test_replies_quote_the_helpline_and_html_only_mails_have_no_text_part() -> None:
    for name, label in _labels().items():
        tags = _strings(label["tags"])
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
        types = [p.get_content_type() for p in msg.walk() if not p.is_multipart()]
        if "reply-with-quote" in tags:
            texts = "\n".join(p.get_content() for p in msg.walk()
                              if p.get_content_maintype() == "text")
            assert msg["In-Reply-To"] and "hulp@lumi.example" in texts, name
        if "html-only" in tags:
            assert "text/html" in types and "text/plain" not in types, name


def test_heldout_names_no_one_from_the_earlier_sets() -> None:
    # The set is worth something only if its people are new: the earlier sets' names must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8") for p in OUT.glob("*.eml")).casefold()
    for name in ("lien", "veerle", "janssens", "peeters", "sam", "noor"):
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name
