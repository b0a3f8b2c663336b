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
from mailhandler.core.scrub.undelimited import (
    _PERSON_TITLE,
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


# "A. Verbeke / Lindenlaan 4 / 8730 Beernem", then "Beernem, 2 mei 2026": a letter the
# volunteer wrote by hand or in a word processor and pasted or scanned into the answer opens
# with their own postal address and a place-and-date line, wherever the letter stands in the
# mail. The name line is one of the writer's names (initials before a surname of theirs count:
# "A. Verbeke", and a title before them: "Mevr. A. Verbeke"), right above a street line and a
# postcode-and-town line, perhaps with a phone or an address under it and nothing else; the
# town is the writer's as their street is, and is replaced there and wherever the text names
# it again (the date line "Beernem, 2 mei 2026" or "Beernem 2 mei 2026", "In Beernem is het
# stil."). An organisation's address the volunteer gives as advice does not open with the
# volunteer's name and stays.
_INITIAL_WORD = re.compile(r"[A-ZÀ-Ý]\.(?:[A-ZÀ-Ý]\.)*")
_MAX_NAME_LINE_WORDS = 4
_MAX_ADDRESS_LINES = 3  # the street, perhaps a second line of it, the postcode and town
_MAX_REACH_LINES = 2  # a phone and an address under the postcode and town


def _is_writers_name_line(content: str, name_words: set[str]) -> bool:
    if (title := _PERSON_TITLE.match(content)) is not None:
        content = content[title.end():]
    words = [word.casefold() for word in content.split() if not _INITIAL_WORD.fullmatch(word)]
    return bool(words) and len(content.split()) <= _MAX_NAME_LINE_WORDS and all(
        word in name_words for word in words)


def replace_address_block_town(text: str, who: Identity, placeholder: str) -> str:
    """`text` with the postcode and town of the writer's own postal address block replaced by
    `placeholder`, and the town where a place-and-date line ("Beernem, 2 mei 2026")
    repeats it: see the comment above."""
    name_words = {word.casefold() for name in who.names for word in name.split()
                  if len(word) > 1}
    if not name_words:
        return text
    lines = _split_lines(text)
    out = list(lines)
    towns: set[str] = set()
    for index, line in enumerate(lines):
        if line.blank or not _is_writers_name_line(line.content.strip(), name_words):
            continue
        end = index + 1
        while end < len(lines) and not lines[end].blank \
                and end - index <= _MAX_ADDRESS_LINES + _MAX_REACH_LINES:
            end += 1
        block = [lines[row].content.strip() for row in range(index + 1, end)]
        postal = [row for row in range(index + 1, end)
                  if _POSTCODE_CITY.fullmatch(lines[row].content.strip())]
        if len(block) < 2 or end - index > _MAX_ADDRESS_LINES + _MAX_REACH_LINES \
                or len(postal) != 1 or postal[0] - index > _MAX_ADDRESS_LINES \
                or postal[0] == index + 1 \
                or any(_ENDS_A_SENTENCE.search(content) or not _contact_details(content)
                       for content in block):
            continue
        content = lines[postal[0]].content
        town = content.strip().split(maxsplit=1)[-1]
        towns.add(town)
        out[postal[0]] = lines[postal[0]]._replace(
            content=content.replace(content.strip(), placeholder, 1))
    if not towns:
        return text
    # The town wherever the text names it again, as a word of its own in its own capitals.
    again = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        re.escape(town) for town in sorted(towns, key=len, reverse=True)) + r")(?![\w'’-])")
    out = [line._replace(content=again.sub(placeholder, line.content)) for line in out]
    return _join(out)
