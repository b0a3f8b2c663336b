"""The quick look for an attribution's verb (scrub/attributions) misses none that a
case-insensitive search would find: it reads the folded line, case-sensitively, so it must
fold every character re's IGNORECASE takes for a letter of the verbs as that letter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mailhandler.core.scrub.attributions import _ATTRIBUTION_VERB, _letters_folded
from mailhandler.core.scrub.identity import Identity
from mailhandler.core.scrub.pipeline import scrub_text

# The verbs as the rule reads them, case-insensitively: the reference the quick look keeps.
_VERBS_ANY_CASE = re.compile(_ATTRIBUTION_VERB.pattern, re.IGNORECASE)
# The characters IGNORECASE also takes for an ASCII letter (dotted and dotless I, long s,
# Kelvin K), and some whose folding changes the length of what stands before the verb.
_ALSO = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_AROUND = st.text(alphabet="ab \u00df\ufb06\u0149\u0130:", max_size=8)


@st.composite
def _verbs_in_any_case(draw: st.DrawFn) -> str:
    verb = draw(st.sampled_from(("wrote", "schreef", "geschreven", "écrit", "ecrit", "schrieb")))
    letters = [draw(st.sampled_from((c, c.upper(), *_ALSO.get(c, "")))) for c in verb]
    return draw(_AROUND) + "".join(letters) + draw(_AROUND)


@settings(max_examples=300)
@given(st.one_of(_verbs_in_any_case(), st.text(max_size=30)))
def test_the_quick_look_finds_every_verb_a_case_insensitive_search_finds(line: str) -> None:
    if _VERBS_ANY_CASE.search(line):
        assert _ATTRIBUTION_VERB.search(_letters_folded(line))


def test_an_attribution_in_capitals_still_names_only_the_replacement() -> None:
    text = ("Dank je.\n\nON MON, 3 NOV 2026 AT 14:02, JORIS VELT <joris.velt@post.example> "
            "WROTE:\n> hallo\n")
    out = scrub_text(text, Identity(()), "alias@lumi.example", "QBQBUT")
    assert "JORIS" not in out and "joris.velt" not in out
    assert "QBQBUT <alias@lumi.example>" in out


def test_an_attribution_spelled_with_a_long_s_is_still_one() -> None:
    text = "Merci.\n\nOp ma 3 nov 2026 om 14:02 \u017fchreef Joris Velt <jv@post.example>:\n> hoi\n"
    out = scrub_text(text, Identity(()), "alias@lumi.example", "QBQBUT")
    assert "Joris" not in out and "jv@post.example" not in out
