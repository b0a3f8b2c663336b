"""A volunteer's Subject loses what their work mailbox's tools wrote into it (a helpdesk's
ticket tag, a secure mail gateway's banner), and nothing the volunteer wrote themselves."""

from __future__ import annotations

import pytest

from mailhandler.core.scrub.subject_tags import without_forward_tags, without_tool_tags


@pytest.mark.parametrize("subject", [
    "Re: je vraag [#ABC-10234]",
    "Re: je vraag [Ticket#40712]",
    "Re: je vraag (Case: 5521)",
    "Re: je vraag [SD-9921]",
    "Re: je vraag [INC0012345]",
    "Re: je vraag Ticket#40712",
    "Re: je vraag [Verzonden via beveiligde mail Ziekenhuis Oostrand]",
    "Re: je vraag [Envoyé par messagerie sécurisée CHU Montbrun]",
    "Re: je vraag [Encrypted]",
])
def test_a_work_tools_tag_is_taken_out_of_the_subject(subject: str) -> None:
    assert without_tool_tags(subject) == "Re: je vraag"


@pytest.mark.parametrize("subject", [
    "Re: bel gerust [call 1712]",
    "Re: de hulplijn [No. 116123]",
    "Re: je vraag [deel 2]",
    "Re: het tornooi [WK-2026]",
    "Re: [tip: maak je account beveiligd]",
    "Re: welke [encrypted apps] zijn veilig",
])
def test_a_volunteers_own_bracketed_words_stay(subject: str) -> None:
    assert without_tool_tags(subject) == subject


@pytest.mark.parametrize(("subject", "left"), [
    ("Re: [K7Q2MX] hoi", "Re: hoi"),
    ("Re: [DRINGEND] [K7Q2MX] ik zie het niet meer zitten", "Re: ik zie het niet meer zitten"),
    ("RE: [URGENT] [K7Q2MX] ", "RE:"),
    ("Antw: Re: [K7Q2MX] vraag [deel 2]", "Antw: Re: vraag [deel 2]"),
    ("Re: K7Q2MX hoi", "Re: hoi"),
    ("Re: [tip] hoi", "Re: [tip] hoi"),
])
def test_our_forwards_code_and_urgency_tag_are_taken_out_of_an_answers_subject(
        subject: str, left: str) -> None:
    assert without_forward_tags(subject, "K7Q2MX") == left
