"""The held-out relay-text corpus is consistent with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails); how well the relay does
on it is the benchmark's business, and whoever tunes the relay does not read these mails.
"""

from __future__ import annotations

from pathlib import Path

from tests.tools.relay_corpus_check import check_set
from tests.tools.relay_corpus_heldout import OUT, build, labels_toml, qp_encode

_MAIL = (
    "From: Lien Janssens <lien@gezin.example>\n"
    "To: {alias}\n"
    "Subject: Re: [{pseudonym}]\n"
    "Date: Tue, 4 Mar 2025 14:02:00 +0100\n"
    "Message-ID: <x1@gezin.example>\n"
    "In-Reply-To: {forward_id}\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "{body}\n"
)
_LABEL = """["v-1.eml"]
direction = "volunteer"
client = "test"
language = "nl"
tags = []
content = [{content}]
identity = ["Lien Janssens", "lien@gezin.example"{extra}]
volunteer = "lien@gezin.example"
nickname = "Lien"
"""


def _write(folder: Path, body: str, content: str, extra: str = "") -> list[str]:
    (folder / "v-1.eml").write_text(_MAIL.replace("{body}", body), encoding="utf-8")
    label = _LABEL.format(content=content, extra=extra)
    (folder / "labels.toml").write_text(label, encoding="utf-8")
    return check_set(folder)


def test_heldout_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_heldout_files_are_what_the_generator_renders() -> None:
    rendered = build()
    assert sorted(r.filename for r in rendered) == sorted(p.name for p in OUT.glob("*.eml"))
    for r in rendered:
        assert (OUT / r.filename).read_bytes() == r.raw.encode("utf-8"), r.filename
    assert (OUT / "labels.toml").read_text(encoding="utf-8") == labels_toml(rendered)


def test_heldout_has_the_promised_size() -> None:
    rendered = build()
    seekers = [r for r in rendered if r.labels["direction"] == "seeker"]
    volunteers = [r for r in rendered if r.labels["direction"] == "volunteer"]
    assert len(seekers) >= 85 and len(volunteers) >= 45


def test_checker_accepts_a_correct_mail(tmp_path: Path) -> None:
    assert _write(tmp_path, "Dag {pseudonym}, hoe gaat het?\n\nLien", '"hoe gaat het?"') == []


def test_checker_reports_an_identity_string_that_is_not_in_the_mail(tmp_path: Path) -> None:
    problems = _write(tmp_path, "hoe gaat het?", '"hoe gaat het?"', ', "0470 12 34 56"')
    assert problems == ["v-1.eml: identity not in the mail: '0470 12 34 56'"]


def test_checker_reports_a_content_span_missing_or_carrying_a_name(tmp_path: Path) -> None:
    problems = _write(tmp_path, "hoe gaat het?\nLien", '"hoe gaat het nu?", "Lien"', ', "Lien"')
    assert problems == ["v-1.eml: content not in the decoded text: 'hoe gaat het nu?'",
                        "v-1.eml: content span 'Lien' carries identity 'Lien'"]


def test_checker_reports_a_placeholder_cut_by_a_soft_line_break(tmp_path: Path) -> None:
    body = "x" * 70 + "{pseu=\ndonym}"
    assert "v-1.eml: {pseudonym} hidden by a transfer encoding" in _write(tmp_path, body, '"xxx"')


def test_quoted_printable_never_cuts_a_placeholder() -> None:
    for width in range(60, 80):
        prefix = "é" * (width // 3) + "a" * (width % 7)
        encoded = qp_encode(prefix + " Dag {pseudonym}, {forward_id} {alias}")
        for placeholder in ("{pseudonym}", "{forward_id}", "{alias}"):
            assert placeholder in encoded
