"""A letterhead above the text: the sender's block a formal letter opens with.

"Ruben Haegeman / Hoogstraat 45 / 9000 Gent / 0479 … / ruben@… // Aan … // Geachte …": pupils
learn to open a formal letter with their own name, street, postcode and town, phone and
address. Its lines are the writer's card, not their words: the name, street, phone and address
are replaced where they stand by the other rules, and the postcode and town with them, as in a
signature block. A postal address offered in the text ("Mag die naar dit adres? / Bas / Molenweg
3 / 2800 Mechelen") is no letterhead: it does not open the text, and it gives no phone or address.
"""

from __future__ import annotations

import re

from mailhandler.core.scrub.identity import (
    Identity,
)
from mailhandler.core.scrub.lines import (
    _join,
    _split_lines,
)
from mailhandler.core.scrub.signature_lines import (
    _POSTCODE_CITY,
    _contact_details,
)

_MAX_LETTERHEAD_LINES = 7
_MIN_LETTERHEAD_DETAILS = 3  # street, postcode and town, and a phone or an address
_ENDS_A_SENTENCE = re.compile(r"[.!?:]\s*$")


def replace_letterhead_town(text: str, who: Identity, placeholder: str) -> str:
    """`text` with the postcode and town of a letterhead opening it replaced by `placeholder`:
    a first paragraph that starts with a line holding only one of the writer's names, then
    only contact lines (no sentence), with a street, a postcode and town, and a phone number or
    an address among them."""
    lines = _split_lines(text)
    first = next((index for index, line in enumerate(lines) if not line.blank), None)
    if first is None:
        return text
    end = first
    while end < len(lines) and not lines[end].blank and end - first <= _MAX_LETTERHEAD_LINES:
        end += 1
    if end - first > _MAX_LETTERHEAD_LINES or end - first < _MIN_LETTERHEAD_DETAILS + 1:
        return text
    names = {" ".join(name.split()).casefold() for name in who.names}
    if " ".join(lines[first].content.split()).casefold() not in names:
        return text
    card = [line.content.strip() for line in lines[first + 1:end]]
    if any(_ENDS_A_SENTENCE.search(content) or not _contact_details(content) for content in card) \
            or sum(_contact_details(content) for content in card) < _MIN_LETTERHEAD_DETAILS:
        return text
    out = list(lines)
    for index in range(first + 1, end):
        content = lines[index].content
        if _POSTCODE_CITY.fullmatch(content.strip()):
            out[index] = lines[index]._replace(content=content.replace(content.strip(),
                                                                       placeholder, 1))
    return _join(out)
