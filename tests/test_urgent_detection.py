"""Urgent detection (core/urgent.py) over the way young people write, and its figures on the
labelled mails of tests/fixtures/urgent/ (dev: tuned on; heldout: never looked into)."""

from __future__ import annotations

import pytest

from mailhandler.core.urgent import BadPhrase, PhraseList, is_urgent, matched_phrase, words
from mailhandler.texts import default_templates_dir
from mailhandler.urgent_phrases import crisis_lines, phrase_list
from tests.benchmarks.urgent import run

PHRASES = phrase_list(default_templates_dir())
CRISIS = [crisis_lines(default_templates_dir(), lang) for lang in ("nl", "fr", "en")]

# Recall on the urgent mails as measured when the sets were written (2026-12-05): these
# may only go up. False alarms may only go down.
RECALL_AT_LEAST = {"dev": (43, 44), "heldout": (17, 19)}
FALSE_ALARMS_AT_MOST = {"dev": 0, "heldout": 1}


@pytest.mark.parametrize("text", [
    "ik wil nie meer leven", "k wil dood", "ik zie het ni meer zitten", "zelfmoord",
    "zelfmoor", "ik wil mezelf iets aandoen", "ik ben terug aan het snijden",
    "mijn vriendin zei dat ze zelfmoord wil plegen", "ZELFMOOOORD", "k wil 😭 dood 😭",
    "ik denk aan su1c1de", "je veux me tuer", "jveux en finir", "je pense à me suicider",
    "j'en peux plus de vivre", "i want to kill myself", "i just want to end it all",
    "i dont want to live anymore", "gonna kms", "Ik Wil Niet Meer Leven!!!",
])
def test_urgent_phrases_are_found_however_they_are_written(text: str) -> None:
    assert is_urgent("", text, PHRASES), text


@pytest.mark.parametrize("text", [
    "de mop was om dood te lachen", "ik ga dood van de stress voor mijn examen",
    "ik verveel me dood", "ca me tue ce prof", "mdr mort de rire", "we watched suicide squad",
    "i ran 5 kms", "my mom will kill me lol", "ik wil niet meer naar school",
    "ik moet een taak maken over een zelfmoordaanslag",
])
def test_figures_of_speech_are_not_urgent(text: str) -> None:
    assert not is_urgent("", text, PHRASES), text


def test_the_subject_counts_too() -> None:
    assert is_urgent("k wil dood", "hallo", PHRASES)


def test_quoted_text_and_the_helplines_own_crisis_lines_do_not_count() -> None:
    quoting = ("ok dank je\n\nOp 3 dec. 2026 om 14:02 schreef Lumi <hulp@lumi.example>:\n"
               "Kan het niet wachten, denk je aan zelfmoord?\n")
    assert not is_urgent("Re: Je bericht", quoting, PHRASES, CRISIS)
    assert not is_urgent("", "ok\n> ik wil dood\n", PHRASES)
    # The crisis text pasted without quoting, as a phone may do, does not count either ...
    assert not is_urgent("", f"thx\n{CRISIS[0]}", PHRASES, CRISIS)
    # ... but the writer's own words next to it do.
    assert is_urgent("", f"ik wil dood\n{CRISIS[0]}", PHRASES, CRISIS)


def test_normalised_words_drop_accents_case_emoji_and_repeats() -> None:
    assert words("Ik wil DOOOOD 😭😭, écht!") == ["ik", "wil", "dod", "echt"]


def test_a_phrase_must_start_and_end_with_a_word() -> None:
    with pytest.raises(BadPhrase):
        PhraseList.of(["~2 dood"])
    assert matched_phrase("ik wil echt heel erg dood", PhraseList.of(["wil ~3 dood"])) \
        == "wil ~3 dood"
    assert matched_phrase("ik wil echt heel erg graag dood", PhraseList.of(["wil ~3 dood"])) \
        is None


@pytest.mark.parametrize("set_name", ["dev", "heldout"])
def test_recall_on_the_labelled_mails_holds_and_precision_is_reported(
        set_name: str, capsys: pytest.CaptureFixture[str]) -> None:
    figures = run(set_name)
    found, urgent = RECALL_AT_LEAST[set_name]
    assert figures.urgent == urgent and figures.cases >= 30
    assert figures.found >= found, f"{set_name}: recall {figures.found}/{figures.urgent}"
    assert figures.false_alarms <= FALSE_ALARMS_AT_MOST[set_name]
    with capsys.disabled():
        print(f"\n{set_name}: recall {figures.recall:.3f}, precision {figures.precision:.3f}")
