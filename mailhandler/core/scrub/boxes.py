"""Cards drawn in a frame ("+----+ / |  Name, RN  | / | … | / +----+", or with "┌─┐ │ └─┘"):
when the signature cut starts on a row of such a frame, the rest of the frame above it is the
same card, so the cut reaches up to the frame's top border."""

from __future__ import annotations

import re

from mailhandler.core.scrub.lines import _Line

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
