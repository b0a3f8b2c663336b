"""Cards drawn in a frame ("+----+ / |  Name, RN  | / | … | / +----+", or with "┌─┐ │ └─┘"):
when the signature cut starts on a row of such a frame, the rest of the frame above it is the
same card, so the cut reaches up to the frame's top border; a section of the frame that holds
the writer's words to the reader, not the card, stays."""

from __future__ import annotations

import re

from mailhandler.core.scrub.lines import _Line
from mailhandler.core.scrub.signature_lines import _signature_line

# A row of a frame: a bar at each end, whatever stands between them.
_BOX_ROW = re.compile(r"[|│┃║][^\n]{0,300}[|│┃║]")
# A frame's top or bottom border: corners and a run of dashes ("+-----+", "┌─────┐").
_BOX_BORDER = re.compile(r"[+┌┏╔╭└┗╚╰][-─━═+┬┴]{3,300}[+┐┓╗╮┘┛╝╯]")


def _box_top(lines: list[_Line], start: int, floor: int) -> int:
    """Where a signature cut starting at `start` begins when `start` is a row of a frame: the
    frame's top border (or its first row, when it has none), never at or above `floor`."""
    if not _BOX_ROW.fullmatch(lines[start].content.strip()):
        return start
    above = start - 1
    while above > floor:
        content = lines[above].content.strip()
        if _BOX_BORDER.fullmatch(content):
            return above
        if not _BOX_ROW.fullmatch(content):
            break
        above -= 1
    return above + 1


# A row drawn with a bar on the left only ("│ Name", "║ 0470 …"), as a card is drawn by hand.
_LEFT_BAR_ROW = re.compile(r"[|│┃║][^\n]{0,300}")
# A rule across a frame dividing it ("├────┤", "║──────", "|------|", "+------+").
_BOX_DIVIDER = re.compile(r"[|│┃║├┝┠╟╠+]?[ \t]?[-─━═┄┈╌]{3,300}[ \t]?[|│┃║┤┥┨╢╣+]?")
_BARS = "|│┃║"
# Words a person writes to one reader: "for you", "voor jou", "pour toi", "je mag".
_TO_THE_READER = re.compile(
    r"(?i)(?<![\w'’])(?:you|your|yours|je|jij|jou|jouw|ge|gij|tu|toi|ton|ta|tes)(?!\w)"
    r"|(?<![\w'’])t['’](?=\w)")
_LINK = re.compile(r"(?i)@|https?://|www\.|\w\.(?:com|be|nl|org|net|eu|fr|uk|example)\b")


def _frame_kind(content: str) -> str:
    """ "divider", "row" or "" (no line of a frame)."""
    if _BOX_DIVIDER.fullmatch(content) and content[:1] in f"{_BARS}├┝┠╟╠+":
        return "divider"
    if _BOX_ROW.fullmatch(content) or _LEFT_BAR_ROW.fullmatch(content):
        return "row"
    return ""


def _row_text(content: str) -> str:
    return content.strip().strip(_BARS).strip()


def _frame_messages_kept(lines: list[_Line], start: int, end: int, floor: int,
                         name_words: re.Pattern[str] | None) -> tuple[int, int]:
    """The part of a signature cut [start, end) to remove when it starts in a drawn frame
    whose rules divide it into sections, one of them the writer's words to the reader
    ("┌──┐ / │ Name (she/her) / │ 0470 … / ├──┤ / │ for you: / │ you are enough / └──┘"):
    a section that speaks to the reader ("you", "jou", "toi") and holds nothing of a card
    (no name of the writer's, no phone, street, address, link or role) is their message and
    stays, at the top or the bottom of the frame; the sections with the card go. Without such
    a section, [start, end) unchanged."""
    if name_words is None or start >= end or not _frame_kind(lines[start].content.strip()):
        return start, end
    top = start
    if top - 1 > floor and _BOX_BORDER.fullmatch(lines[top - 1].content.strip()):
        top -= 1
    sections: list[list[int]] = [[]]
    dividers: list[int] = []
    index = top + 1 if _BOX_BORDER.fullmatch(lines[top].content.strip()) else top
    bottom = None
    while index < end:
        content = lines[index].content.strip()
        kind = _frame_kind(content)
        if _BOX_BORDER.fullmatch(content) and (
                index + 1 >= end or _frame_kind(lines[index + 1].content.strip()) != "row"):
            bottom = index  # "+------+" under the last row closes the frame
            break
        if kind == "divider":
            dividers.append(index)
            sections.append([])
        elif kind == "row":
            sections[-1].append(index)
        else:
            return start, end  # a line outside any frame inside it: not one drawn card
        index += 1
    last = bottom if bottom is not None else index - 1
    if not dividers or any(not section for section in sections) \
            or any(not lines[i].blank for i in range(last + 1, end)):
        return start, end
    messages = [_is_message(lines, section, name_words) for section in sections]
    leading = next((i for i, message in enumerate(messages) if not message), len(sections))
    trailing = next((i for i, message in enumerate(reversed(messages)) if not message),
                    len(sections))
    if leading == len(sections) or (leading == 0 and trailing == 0):
        return start, end  # no card in it, or no message beside the card
    cut_start = dividers[leading - 1] if leading else top
    cut_end = sections[len(sections) - trailing][0] if trailing else end
    return cut_start, cut_end


def _is_message(lines: list[_Line], section: list[int], name_words: re.Pattern[str]) -> bool:
    texts = [_row_text(lines[i].content) for i in section]
    return any(_TO_THE_READER.search(text) for text in texts) and not any(
        name_words.search(text) or _signature_line(text, name_words) or _LINK.search(text)
        for text in texts)
