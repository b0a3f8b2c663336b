"""`mailhandler redact`: Flemish text with what identifies a young person replaced by placeholders.

The examples are those the issue names (what young people actually write); the
labelled sets in tests/fixtures/redact/ measure the rest, and tests/benchmarks/redact.py
prints the figures per category.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from mailhandler.core.redact import redact, redact_line
from tests.benchmarks.redact import load, score


@pytest.mark.parametrize(("text", "gone", "placeholder"), [
    ("ik word achttien volgende week", "achttien", "[LEEFTIJD]"),
    ("mijn broer (15) lacht me uit", "15", "[LEEFTIJD]"),
    ("er is een jongen van 19 die me stalkt", "19", "[LEEFTIJD]"),
    ("ik ben 12j en ik durf niet", "12j", "[LEEFTIJD]"),
    ("het gebeurde woensdag 11 juni na school", "11 juni", "[DATUM]"),
    ("op 3/9 begon het", "3/9", "[DATUM]"),
    ("eind oktober was het feest", "oktober", "[DATUM]"),
    ("sinds maart 2024 gaat het slecht", "maart 2024", "[DATUM]"),
    ("ik woon in Sint-Denijs-Westrem bij mijn papa", "Sint-Denijs-Westrem", "[PLAATS]"),
    ("we zijn verhuisd naar Deurne", "Deurne", "[PLAATS]"),
    ("mijn oma woont in 3500 Hasselt", "3500 Hasselt", "[PLAATS]"),
    ("ik zit op het Sint-Ursula-Instituut", "Sint-Ursula-Instituut", "[SCHOOL]"),
    ("ik zit in het Koninklijk Atheneum Berchem", "Atheneum Berchem", "[SCHOOL]"),
    ("ze zit in het VTI in de richting elektriciteit", "VTI", "[SCHOOL]"),
    ("volg me op @mila.dhondt", "mila.dhondt", "[BIJNAAM]"),
    ("op discord ben ik speler#0077", "speler#0077", "[BIJNAAM]"),
    ("mijn tiktok is jens_2009 maar niet zeggen", "jens_2009", "[BIJNAAM]"),
    ("ze noemen mij Sammy op school", "Sammy", "[BIJNAAM]"),
    ("bel me op 0495/87.65.43 aub", "0495", "[TELEFOON]"),
    ("mijn nummer is +32 499 87 65 43", "499 87", "[TELEFOON]"),
    ("thuis: 03 456 78 90", "456 78 90", "[TELEFOON]"),
    ("ik woon in de Kerkstraat 12 bus 3", "Kerkstraat 12", "[ADRES]"),
    ("ik zit bij de Chiro Sint-Jan in Deurne", "Chiro Sint-Jan", "[VERENIGING]"),
    ("ik speel bij KFC Lissewege", "Lissewege", "[VERENIGING]"),
    ("mail me op lotte.devos@mail.example", "lotte.devos", "[E-MAIL]"),
    ("kijk op https://www.instagram.example/mila", "instagram", "[URL]"),
    ("Gisteren zei Lotte dat ze me haat", "Lotte", "[NAAM]"),
    ("mijn vriendin sarah weet het", "sarah", "[NAAM]"),
    ("Meneer Peeters zei niets", "Peeters", "[NAAM]"),
])
def test_what_young_people_write_is_replaced(text: str, gone: str, placeholder: str) -> None:
    redacted = redact_line(text)
    assert gone not in redacted and placeholder in redacted, redacted


@pytest.mark.parametrize("ordinary", [
    "Ik zit in het 4de middelbaar en ik ben al 2 jaar gepest, 3 keer per week.",
    "Gisteren was ik op TikTok en Instagram, mijn mama zag het op WhatsApp.",
    "ik heb een roos gekregen en ik heb hoop dat het beter wordt",
    "Ik ben 16 keer gevallen? nee, ik heb 20 euro betaald voor de les om 8u.",
    "Met kerstmis gaan we naar Marokko, de zomer ben ik aan de kust.",
    "Bel gerust 102 of 106, daar luisteren ze ook.",
])
def test_ordinary_words_are_kept(ordinary: str) -> None:
    kept = redact_line(ordinary)
    assert "[NAAM]" not in kept and "[PLAATS]" not in kept and "[TELEFOON]" not in kept, kept
    assert "[LEEFTIJD]" not in kept and "[ADRES]" not in kept, kept


def test_one_line_out_for_every_line_in() -> None:
    text = "Ik ben Lotte.\n\nIk woon in Gent\r\nen ik ben 15\n"
    assert redact(text) == "Ik ben [NAAM].\n\nIk woon in [PLAATS]\r\nen ik ben [LEEFTIJD]\n"


def test_the_command_reads_stdin_and_writes_stdout_line_by_line() -> None:
    lines = "ik ben Jonas uit Kessel-Lo\nniks aan de hand\n\nmijn gsm: 0478123456\n"
    done = subprocess.run([sys.executable, "-m", "mailhandler", "redact"], input=lines,
                          capture_output=True, text=True, check=True)
    assert done.stdout == ("ik ben [NAAM] uit [PLAATS]\nniks aan de hand\n\n"
                           "mijn gsm: [TELEFOON]\n")


@pytest.mark.parametrize("name", ["fragments", "heldout"])
def test_the_labelled_sets_meet_the_targets(name: str) -> None:
    """Recall >= 0.95 over every labelled span; >= 0.90 of the ordinary words kept."""
    result = score(load(name))
    assert len(load(name)) >= (150 if name == "fragments" else 60)
    recall = sum(result.found.values()) / sum(result.gold.values())
    kept = result.kept / result.words
    assert recall >= 0.95, "\n".join(result.misses)
    assert kept >= 0.90, "\n".join(result.false_alarms)
