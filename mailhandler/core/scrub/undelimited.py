"""Signature blocks without a delimiter: a closing, then a name, a card, a disclaimer.

`remove_signature_blocks` and the stretches of text it looks at. Separate because it is the
largest set of rules about signatures, and the only one that must guess where a signature
starts.
"""

from __future__ import annotations

import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.attributions import (
    _attribution,
    _header_blocks,
    _Role,
)
from mailhandler.core.scrub.boxes import (
    _LINK,
    _box_top,
    _frame_messages_kept,
)
from mailhandler.core.scrub.contacts import (
    _NUMBER_AFTER_ID,
)
from mailhandler.core.scrub.identity import (
    Identity,
    _matching_view,
)
from mailhandler.core.scrub.lines import (
    _join,
    _Line,
    _split_lines,
)
from mailhandler.core.scrub.signature_lines import (
    _ABOUT_THIS_MAIL,
    _CARD_INTERNAL_NUMBERS,
    _CLASS_LINE,
    _CLOSING,
    _CLOSING_THEN_CARD,
    _CONVERSATION,
    _DEVICE_WORD,
    _DISCLAIMER,
    _DISCLAIMER_LABEL,
    _DISCLAIMER_MARKS,
    _ENVIRONMENT_LINE,
    _LEGAL,
    _MAX_DISCLAIMER_CHARS,
    _MAX_DISCLAIMER_LINES,
    _MAX_LONG_CARD_CHARS,
    _MAX_SHORT_DISCLAIMER_CHARS,
    _MAX_SIGNED_NAME_WORDS,
    _NAME_DASH_CLASS,
    _NAME_ONLY_BLOCK_LINES,
    _OWN_ASIDE,
    _ROLE_WORD,
    _SENTENCE,
    _SIGNATURE_LINE_CHARS,
    _SIGNATURE_WINDOW,
    _TEMPLATE_FIELD,
    _THIS_MAIL,
    _TITLE_PARTICLES,
    _WEEKDAY,
    _WORD,
    _contact_details,
    _full_name_then_role,
    _introduces,
    _introduces_others,
    _is_card_line,
    _is_client_line,
    _is_footer,
    _is_show_plug,
    _line_kind,
    _name_then_role,
    _only_names,
    _signature_line,
    _signature_name_words,
)
from mailhandler.core.scrub.signatures import (
    _MOTTO_LINE,
    _POSTSCRIPT,
    SignatureCut,
    _is_history_separator,
)


def strip_signature_block(text: str, who: Identity, marker: str = "") -> str:
    """remove_signature_blocks, the text only (see there)."""
    return remove_signature_blocks(text, who, marker).text


def remove_signature_blocks(text: str, who: Identity, marker: str = "") -> SignatureCut:
    """Remove signatures written without a "-- " delimiter (Outlook, Apple Mail, phones).

    Such a signature is the short lines closing a text: a name, a role, an organisation,
    a phone number, a street address, a disclaimer, a "sent from" line. Outlook repeats it
    at the end of every earlier message it keeps in the history, so each stretch of text is
    looked at: the sender's own part, and each quoted or Outlook-style earlier message.

    Walking up from the end of a stretch, the block runs over lines that are unmistakably
    signature (`_signature_line`), disclaimer paragraphs of any length, and short lines
    that are not sentences between them (an employer's name); it stops at the first
    sentence and at a closing greeting ("Groetjes,"), which stays. The block starts at its
    first unmistakable line: short lines above it stay. Never removed: the first line of a
    stretch (a writer's only paragraph is never a signature), a line that is a sentence,
    or a block that is only a name or two ("Groetjes, / Veer"): names are replaced where
    they stand instead. Each removed block leaves `marker` in its place when one is given,
    so the reader sees that something was taken out.
    """
    name_words = _signature_name_words(who)
    lines = _split_closing_from_card(_split_lines(text), name_words)
    blocks = _header_blocks(lines)
    removed: dict[int, int] = {}  # first line of a block -> its end
    for first, last in _stretches(lines, blocks):
        block = _trailing_signature(lines, first, last, name_words,
                                    history=_is_history_stretch(lines, blocks, first, last),
                                    marker=marker)
        if block:
            removed[block.start] = block.stop
        for card in _cards_above_own_words(lines, first, block.start if block else last,
                                           name_words):
            removed[card.start] = card.stop
    if not removed:
        return SignatureCut(text, 0)
    output: list[_Line] = []
    count = 0
    index = 0
    while index < len(lines):
        if index in removed:
            end = removed[index]
            count += sum(1 for line in lines[index:end] if not line.blank)
            if marker:
                output.append(lines[index]._replace(content=marker, eol=lines[end - 1].eol))
            index = end
            continue
        output.append(lines[index])
        index += 1
    return SignatureCut(_join(output), count)


_CARD_CONTACT_DETAILS = 2  # "…, Stadsplein 1, 3600 Genk, tel. 089 …": a card, not words


def _split_closing_from_card(lines: list[_Line], name_words: re.Pattern[str] | None
                             ) -> list[_Line]:
    """ "Kind regards, Daniel Reed | Student counsellor | Brussels University" on one line
    (phones, narrow windows): the greeting is the writer's words, the rest a signature line;
    put them on lines of their own so that the signature goes and the greeting stays."""
    if name_words is None:
        return lines
    out: list[_Line] = []
    for line in lines:
        match = _CLOSING_THEN_CARD.fullmatch(line.content.strip())
        if match and _CLOSING.match(match["closing"]) and name_words.search(match["card"]) \
                and (re.search(r"\s[–—·•|]\s", match["card"])
                     or _contact_details(match["card"]) >= _CARD_CONTACT_DETAILS) \
                and not re.search(r"[.!?]\s*$", match["card"]):
            out.append(line._replace(content=match["closing"], header=None,
                                     eol=line.eol.replace("\r", "") or "\n"))
            out.append(line._replace(content=match["card"], header=None))
        else:
            out.append(line)
    return out


def _stretches(lines: list[_Line], blocks: dict[int, list[_Role]]) -> list[tuple[int, int]]:
    """(first, end) of each run of message text: split at history markers and quote levels,
    with attribution lines and header blocks themselves left out."""
    stretches: list[tuple[int, int]] = []
    first = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        skip = 0
        if index in blocks:
            skip = len(blocks[index])
        elif _separates_history(lines, blocks, index) or _attribution(lines, index):
            skip = 1
        elif index > first and not line.blank and line.depth != _depth_before(lines, index):
            skip = 0
        else:
            index += 1
            continue
        stretches.append((first, index))
        first = index + skip
        index = max(first, index + 1) if skip == 0 else first
    stretches.append((first, len(lines)))
    return [(a, b) for a, b in stretches if b > a]


def _own_stretch(lines: list[_Line], blocks: dict[int, list[_Role]]) -> tuple[int, int] | None:
    """(first, end) of the writer's own words: the first stretch of unquoted text, which
    follows the quote when they answer under it ("Le jeu. … a écrit :" / "> …" / theirs)."""
    return next(((first, end) for first, end in _stretches(lines, blocks)
                 if any(not line.blank and line.depth == 0 for line in lines[first:end])), None)


_MAX_CLOSING_LINE_WORDS = 4


def _is_closing_line(content: str) -> bool:
    """A closing greeting on a line of its own ("Met vriendelijke groeten,", "Bien à toi"),
    not a sentence that starts like one ("Bedankt voor je bericht, …", "Merci de …")."""
    content = content.strip()
    return (_CLOSING.match(content) is not None
            and len(content.split()) <= _MAX_CLOSING_LINE_WORDS
            and not re.search(r"[.!?:]\s*$", content)
            and not re.match(r"(?i)(?:dag|bedankt|dank\s+je|merci|thanks|thank\s+you"
                             r"|(?:muchas\s+)?gracias|grazie|danke)\b", content))


_BARE_RULE = re.compile(r"_{10,}")


def _separates_history(lines: list[_Line], blocks: dict[int, list[_Role]], index: int) -> bool:
    """A history separator. A bare rule of underscores is one only above a header block
    (Outlook's rule over "From: …"); above a name, role and disclaimer it is the writer's own
    signature separator, and what follows it is still their signature."""
    content = lines[index].content.strip()
    if not _is_history_separator(content):
        return False
    if not _BARE_RULE.fullmatch(content):
        return True
    following = index + 1
    while following < len(lines) and lines[following].blank:
        following += 1
    return following >= len(lines) or following in blocks or bool(_attribution(lines, following))


def _is_history_stretch(lines: list[_Line], blocks: dict[int, list[_Role]], first: int,
                        end: int) -> bool:
    """An earlier message kept in the history: quoted with ">", or under a header block
    ("Van: … / Verzonden: …") or a separator. Its first paragraph is not the writer's own
    words, so an old signature glued to it without a blank line ("Met vriendelijke groeten,
    / Marleen De Smet / Coördinator | …") is still looked for."""
    opening = first
    while opening < end and lines[opening].blank:
        opening += 1
    if opening < end and lines[opening].depth > 0:
        return True
    before = first - 1
    while before >= 0 and lines[before].blank:
        before -= 1
    if before < 0:
        return False
    if _separates_history(lines, blocks, before):
        return True
    return any(start <= before < start + len(roles) for start, roles in blocks.items())


def _depth_before(lines: list[_Line], index: int) -> int:
    for earlier in range(index - 1, -1, -1):
        if not lines[earlier].blank:
            return lines[earlier].depth
    return lines[index].depth


def _paragraph_start(lines: list[_Line], index: int, first: int) -> int:
    while index > first and not lines[index - 1].blank:
        index -= 1
    return index


# "Als het makkelijker is mag je me ook een bericht sturen op Signal: +32 …", "you can text me
# if that's easier: 0470 …", "mijn nummer is 0470 …": the writer offers a way to reach them, in a
# sentence of their own. A card's line labels its detail in a word or two ("Tel:", "Gsm werk:").
_MIN_OFFERING_WORDS = 3
_OFFER_PERSON = re.compile(
    r"(?i)(?<![\w'’])(?:me|mij|m['’]|you|u|je|jij|jullie|ge|tu|vous|moi|ik|i|j['’]|mijn|m['’]n"
    r"|my|mon|ma|mes)(?![\w'’])")
_DETAIL_START = re.compile(r"[:+@\d]")


def _follows_text(lines: list[_Line], first: int, index: int,
                  name_words: re.Pattern[str] | None) -> bool:
    """Whether the line above `index` (over blank lines) is running text: under "Veerle /
    CAW Antwerpen" the same sentence is a card's line, and the card goes with it."""
    above = index - 1
    while above > first and lines[above].blank:
        above -= 1
    return above >= first and not lines[above].blank \
        and _line_kind(lines[above].content.strip(), name_words) == "text"


def _offers_contact(content: str) -> bool:
    """A sentence of at least a few words before the detail, speaking to the reader about
    the writer: the detail is replaced in place, the sentence stays."""
    head = _DETAIL_START.split(content, maxsplit=1)[0]
    return len(head.split()) >= _MIN_OFFERING_WORDS and _OFFER_PERSON.search(head) is not None


def _trailing_signature(lines: list[_Line], first: int, end: int,
                        name_words: re.Pattern[str] | None, history: bool = False,
                        marker: str = "") -> range:
    while end > first and lines[end - 1].blank:
        end -= 1
    if marker and end > first and lines[end - 1].content.strip() == marker:
        # A "-- " signature already taken out: what stands above its marker is the
        # writer's ("Marie (16)"), looked at as if the text ended there.
        end -= 1
        while end > first and lines[end - 1].blank:
            end -= 1
    if end > first and lines[end - 1].content.rstrip().endswith(":"):
        # An attribution line we could not parse ("Op maandag schreef X:") introduces
        # the quote below it: it is history, not signature.
        end -= 1
        while end > first and lines[end - 1].blank:
            end -= 1
    opening = first
    while opening < end and lines[opening].blank:
        opening += 1
    # The first paragraph of a stretch is the writer's, whatever it holds ("mag ik u iets
    # vragen via whatsapp / 0468/22.33.44 / ik ben 14"): its details are replaced in
    # place, its lines never removed.
    first_paragraph_end = opening
    while not history and first_paragraph_end + 1 < end \
            and not lines[first_paragraph_end + 1].blank:
        first_paragraph_end += 1
        if first_paragraph_end + 1 < end and _is_closing_line(lines[first_paragraph_end].content):
            # "… mijn naam veranderen. / Met vriendelijke groeten, / Wout De Backer 5B":
            # what follows a closing greeting is signed, even without a blank line above it.
            break
    if (footer := _shared_device_footer(lines, first_paragraph_end, end)) is not None:
        return footer
    start: int | None = None
    kinds: dict[int, str] = {}
    floor = first_paragraph_end  # the block starts below it
    stopped_by_text = False
    seen = 0
    index = end - 1
    while index > first_paragraph_end and seen < _SIGNATURE_WINDOW:
        line = lines[index]
        if line.blank:
            index -= 1
            continue
        seen += 1
        content = line.content.strip()
        paragraph = _paragraph_start(lines, index, opening)
        if seen == 1 and paragraph > first_paragraph_end \
                and not _closed_above(lines, paragraph, first_paragraph_end + 1) \
                and (last := _above_words_to_reader(lines, paragraph, index, name_words)) \
                < index and (_is_named_card(lines, paragraph, index + 1, name_words)
                             or _is_contact_paragraph(lines[paragraph:index + 1])):
            # "Julien / J. Hardy – Accompagnateur – … / Tu n'as rien fait de mal.", "Claire /
            # Boulangerie … – rue … – 4540 Amay – 085 … / Et si tu n'as pas envie de répondre
            # …": the writer's last words to the reader under their card (or its contact
            # lines); the block ends above them, and holds the card as the walk would have.
            # (Under a closing greeting the text was closed above the card: "Take care, //
            # Alex Morgan / … / Pronouns matter – ask me about mine." is the card's tagline.)
            end = last + 1
            closing = next((i for i in range(last, paragraph - 1, -1)
                            if _is_closing_line(lines[i].content)), None)
            opening_at = paragraph if closing is None else closing + 1
            for i in range(opening_at, end):
                kinds[i] = "sure"
            if opening_at < end:
                start = opening_at
            if closing is not None:
                break
            index = paragraph - 1
            continue
        if paragraph > first_paragraph_end and _is_named_card(lines, paragraph, index + 1,
                                                               name_words):
            for i in range(paragraph, index + 1):
                kinds[i] = "sure"
            start = paragraph
            index = paragraph - 1
            continue
        if _is_disclaimer(lines, paragraph, index + 1):
            if paragraph <= first_paragraph_end:
                break  # the writer's first paragraph: never a signature
            # "Warme groet, / Sofie / CAW … / DISCLAIMER: …" in one paragraph: the closing
            # greeting is the writer's, the block starts under it.
            closing = next((i for i in range(index, paragraph - 1, -1)
                            if _is_closing_line(lines[i].content)), None)
            opening_at = paragraph if closing is None else closing + 1
            for i in range(opening_at, index + 1):
                kinds[i] = "sure"
            if opening_at <= index:
                start = opening_at
            if closing is not None:
                break
            index = paragraph - 1
            continue
        if _CLOSING.match(content) and not _signature_line(content, name_words):
            break
        if _shouted_wish(lines, index, first, end, name_words):
            # "Rachel // YOU ARE NOT ALONE 🌈 // Rachel Hartley / Associate / …": the writer's
            # wish under their name; their words end here, a card or client line below goes.
            break
        if _is_footer(content) or _is_client_line(content) or _is_disclaimer_line(content):
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if _is_long_card_line(content, name_words):
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if _is_long_own_link(content, name_words) or _is_show_plug(content):
            # (a show's plug under the name is as long as its tagline makes it)
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if len(content) > _SIGNATURE_LINE_CHARS and _is_card_line(content, name_words):
            # "Siobhan Reilly (she/her) · Youth Worker · Northside Youth Centre · +32 …": a card
            # cut into fields, longer than a signature line usually is.
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if seen == 1 and _is_card_tagline(lines, index, first_paragraph_end, name_words):
            kinds[index] = "short"  # inside the card only if a sure line starts it above
            index -= 1
            continue
        if len(content) > _SIGNATURE_LINE_CHARS or _SENTENCE.fullmatch(content):
            stopped_by_text = True
            break
        if index > first and _introduces(lines[index - 1].content):
            # "Here is the page I mentioned:" / a link: what they wrote introduces it.
            if _introduces_others(lines[index - 1].content) and start is not None \
                    and (introduced := _below_introduced(lines, index, end, kinds, name_words)):
                floor, start = introduced
                if start == end:
                    return range(0)
            break
        if _offers_contact(content) and _follows_text(lines, first, index, name_words):
            # "Écrivez-moi désormais à …" under "je pars à la retraite …": a leaving
            # employee's notice under their card (_closed_card_above_notes looks at it).
            stopped_by_text = _moving_notice(
                lines, _paragraph_start(lines, index, opening), index + 1)
            break
        if _TEMPLATE_FIELD.fullmatch(content):
            break  # "[Signature]" left in from a letter template: the writer's, like text
        if (_CLASS_LINE.fullmatch(content) or _OWN_ASIDE.fullmatch(content)
                or _NAME_DASH_CLASS.fullmatch(content)) and all(
                lines[i].blank or _is_client_line(lines[i].content.strip())
                for i in range(index + 1, end)):
            # "Sem de Jong / Klas 3H2" closing the text: their class, like an age; "Zoë /
            # (zij/haar)": their pronouns.
            break
        kind = _line_kind(content, name_words)
        if kind == "short" and start is None and (_TWO_SENTENCES_TO_READER.search(content)
                                                  and _CONVERSATION.search(content)
                                                  or _SOMEONE_TO_THE_READER.search(content)):
            # "also: drink water. i mean it" under the card: two sentences, one of them the
            # writer's "I" or the reader's "you", are words of theirs however short the line;
            # so is "CLB-medewerker, ze verwacht je telefoontje" (_SOMEONE_TO_THE_READER).
            kind = "text"
        if kind == "text":
            stopped_by_text = True
            break
        kinds[index] = kind
        if kind in ("sure", "name"):
            start = index
        index -= 1
    if stopped_by_text and (card := _card_above_notices(lines, index, end, first_paragraph_end,
                                                        kinds, name_words)
                            or _spaced_card_above(lines, index, end, first_paragraph_end,
                                                  name_words)) is not None:
        start = card
    elif stopped_by_text and (closed := _closed_card_above_notes(
            lines, index, end, first_paragraph_end, kinds, name_words)) is not None:
        start, end = closed
    if start is None:
        return range(0)
    # An organisation's name right above the contact lines ("Athénée Royal de Namur",
    # "Cliniques Universitaires Saint-Luc"): a short line of capitalised words, no sentence.
    # Likewise the writer's name with their role after a comma ("Yente Busschaert,
    # verpleegkundige").
    # A card laid out one paragraph a line (HTML-only Outlook mail: every <p> a paragraph,
    # a logo's alt text in a table cell beside them) reaches over one blank line to such a
    # line; a card written line under line does not: a blank line there ends the writer's text.
    spaced = _spaced_card(lines, start, end)
    shouted = _written_in_capitals(lines, opening, start)
    while True:
        above = start - 1
        if spaced and above > floor and lines[above].blank:
            above -= 1
        if above > floor and kinds.get(above) == "short" \
                and ((_title_case(lines[above].content)
                      and not (shouted and lines[above].content.isupper()))
                     or _name_then_role(lines[above].content, name_words)
                     or _full_name_then_role(lines[above].content)):
            start = above
        else:
            break
    start = _below_signed_name(lines, first, start, end, kinds)
    start = _words_under_signed_name(lines, start, end, kinds, name_words)
    start = _below_emoji_sign_off(lines, start, end, kinds, name_words)
    start = _box_top(lines, start, floor)
    # "│ for you, … / │ you are not something to be fixed" under the name and phone in a
    # self-made frame: the writer's message to the reader, not their card.
    start, end = _frame_messages_kept(lines, start, end, floor, name_words)
    end = _own_words_under_block(lines, start, end, kinds, name_words)
    end = _own_words_under_template_end(lines, start, end, kinds, name_words)
    if _paste_with_own_words_under(lines, start, end, kinds, name_words):
        return range(0)
    if (kept := _introduced_paste_with_words_under(lines, first, start, end, kinds,
                                                   name_words)) is not None:
        return kept
    block = [kinds.get(i, "blank") for i in range(start, end) if not lines[i].blank]
    if all(kind == "name" for kind in block) and len(block) <= _NAME_ONLY_BLOCK_LINES:
        return range(0)
    return range(start, end)


# "Verzonden via de patiëntentablet van <ziekenhuis> – kamer <nummer>", "Sent from the library
# computer of <school>": the line a shared device of an institution (a hospital's bedside
# tablet, a library's or a home's computer) puts under every mail, naming the device with an
# article and the institution after it, often with a room or a seat. A client line says "my"
# and names a brand; this one is longer, and the notice under it in the same paragraph ("Deze
# tablet is niet bedoeld voor medische vragen. Meld je af na gebruik.") addresses whoever uses
# the device, not the reader.
_SHARED_DEVICE_LINE = re.compile(
    r"(?i)(?:verzonden|verstuurd|gestuurd|sent|envoy[ée])[ \t]+(?:via|vanaf|vanop|vanuit|met|from"
    r"|with|on|depuis|de|avec|sur)[ \t]+(?:de|het|een|the|a|la|le|l['’]|un|une)[ \t]*"
    rf"{_DEVICE_WORD}(?:[ \t]+[\w-]+){{0,2}}?[ \t]+(?:van|of|at|de|du|des|in|bij)[ \t]+\S")
# The institution a shared device's line names: a word in capitals after "van", "of", "at",
# "du" … ("AZ Sint-Jan", "De Vlinder Oostende", "the Northfield library") or a room number.
# "de computer van de bib", "de laptop van papa", "het ziekenhuis" name nobody: the writer's
# own words, kept.
_NAMED_INSTITUTION = re.compile(
    r"(?:[ \t](?:van|of|at|de|du|des|in|bij)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?[A-ZÀ-ÖØ-Þ]"
    r"|(?i:kamer|room|chambre|lokaal|bed|lit)[ \t]*\d)")


def _shared_device_footer(lines: list[_Line], first_paragraph_end: int, end: int) -> range | None:
    """The shared device's line (see _SHARED_DEVICE_LINE) that opens the last paragraph, below
    the first: only that line goes, and only when it names an institution (_NAMED_INSTITUTION)
    and says nothing as the writer ("ik", "mijn", "I": _ONE_WRITERS_WORD). The lines under it
    stay whatever they are: the writer's "thuis kan het niet / antwoord niet na 5 uur aub",
    "niet terugmailen naar dit adres aub" or "help" are the most important words of the mail,
    and a device's notice ("Meld je af na gebruik.") names nobody. Returns the range to take
    out (empty when the line names nobody), or None when the text closes in no such footer."""
    top = _paragraph_start(lines, end - 1, first_paragraph_end + 1) if end > 0 else end
    if top <= first_paragraph_end or not _SHARED_DEVICE_LINE.match(lines[top].content.strip()):
        return None
    content = lines[top].content
    if _ONE_WRITERS_WORD.search(content) or not _NAMED_INSTITUTION.search(content):
        return range(0)
    return range(top, top + 1)


def _cards_above_own_words(lines: list[_Line], first: int, end: int,
                           name_words: re.Pattern[str] | None) -> list[range]:
    """ "Kind regards, / Seun // Oluwaseun Adeyemi RN / Staff Nurse … / Northfield … / Ext. 4471 //
    <disclaimer> // P.S. About the binder: …", "Groeten, / Arne Zwartjes / zaakvoerder / … /
    Molenstraat 41, 9870 Zulte // Nog dit, los van alles: …": the writer's card in the middle of
    their text, with their own words (a P.S., a poem, a warm word, a model message) below it.
    The walk up from the end stops at those words, so the card is found from the top: a
    paragraph under the writer's closing greeting (and the name they signed with) that opens
    with their own name on a line of its own and holds a contact detail or an extension, and
    no line of it that is no card's speaks to the reader (a disclaimer line may close it).
    The card goes, with the disclaimer paragraphs right under it; every line below them
    stays. Ranges of the cards, top down."""
    if name_words is None:
        return []
    opening = first
    while opening < end and lines[opening].blank:
        opening += 1
    found: list[range] = []
    paragraph = opening
    while paragraph < end:
        stop = paragraph
        while stop < end and not lines[stop].blank:
            stop += 1
        # "Warme groet, / Katrijn / Katrijn Baert / … / 0471 … / P.S. vergeet niet: …": a P.S.
        # glued under the card's last line ends the card; it and what follows are the writer's.
        glued = next((i for i in range(paragraph + 1, stop)
                      if _POSTSCRIPT.match(lines[i].content.strip())), None)
        card_stop = stop if glued is None else glued
        card = _card_under_closing(lines, opening, paragraph, card_stop, name_words)
        if card is not None and _closes_quotation(lines, opening, card, card_stop):
            card = None  # someone else's message the writer quotes, sign-off and all
        if card is not None and glued is not None:
            found.append(range(card, glued))
            stop = glued
        elif card is not None:
            after = _past_disclaimers(lines, stop, end)
            if any(not lines[i].blank for i in range(after, end)):
                found.append(range(card, after))
                stop = after
        elif (template := _card_over_disclaimer(lines, opening, paragraph, stop, end,
                                                name_words)) is not None \
                and any(not lines[i].blank for i in range(template.stop, end)):
            found.append(template)
            stop = template.stop
        paragraph = stop
        while paragraph < end and lines[paragraph].blank:
            paragraph += 1
    return found


# A quotation mark closing a line (… 00", … 00”, … »).
_CARD_CLOSES_QUOTE = re.compile(r"[\"”»][ \t]*$")


def _closes_quotation(lines: list[_Line], opening: int, card: int, stop: int) -> bool:
    """Whether the card [card, stop) ends a quotation opened above it: "zaterdag heeft mijn
    verantwoordelijke dit gestuurd: // "Hey allemaal, … / Groeten, / Dirk / Filiaal… / 053 …"":
    a manager's or a parent's message the writer pastes between quotation marks, with its
    sign-off inside them. Nobody puts their own card in quotation marks: the card's last line
    closes the quote, and a quotation mark opens above it (in the writer's stretch) that no
    later mark closed before the card."""
    last = stop - 1
    while last > card and lines[last].blank:
        last -= 1
    if not _CARD_CLOSES_QUOTE.search(lines[last].content):
        return False
    before = "\n".join(lines[i].content for i in range(opening, card))
    straight = before.count('"')
    curly = len(re.findall(r"[“„«]", before)) - len(re.findall(r"[”»]", before))
    return straight % 2 == 1 or curly > 0


def _card_under_closing(lines: list[_Line], opening: int, start: int, stop: int,
                        name_words: re.Pattern[str]) -> int | None:
    """Where the writer's card in the paragraph [start, stop) begins, or None: right under a
    closing greeting in the paragraph ("Bien à toi, / Hélène Kabongo / …"), or the whole
    paragraph under a closing greeting above it ("Warme groet, / Mariam // Mariam El …")."""
    closing = next((i for i in range(stop - 2, start - 1, -1)
                    if _is_closing_line(lines[i].content)), None)
    if closing is not None:
        card = closing + 1
    elif start > opening and _closed_above(lines, start, opening, signed_under_text=True):
        card = start
    else:
        return None
    # "… / Tel. 053 … / Disclaimer: de informatie in dit bericht is vertrouwelijk …": a
    # disclaimer line glued under the card is the card's, however long.
    body_end = stop
    while body_end - 1 > card and _is_disclaimer_line(lines[body_end - 1].content.strip()):
        body_end -= 1
    if card <= opening or not _is_named_card(lines, card, body_end, name_words):
        return None
    return card if _only_card_lines(lines, card, body_end, name_words) else None


def _only_card_lines(lines: list[_Line], card: int, stop: int,
                     name_words: re.Pattern[str]) -> bool:
    """Whether the lines under a card's name line hold a contact detail (or an extension)
    and none that speaks to the reader (a P.S., a closing, a question, "je"/"ik"/"you")."""
    details = False
    for line in lines[card + 1 : stop]:
        content = line.content.strip()
        if _contact_details(content) or _CARD_INTERNAL_NUMBERS.fullmatch(content):
            details = True
        elif _POSTSCRIPT.match(content) or _CLOSING.match(content) \
                or content.endswith(("?", "!")) \
                or (not _signature_line(content, name_words)
                    and _CONVERSATION.search(content) is not None):
            return False  # a line to the reader: the writer's own words, not a card's
    return details


def _card_over_disclaimer(lines: list[_Line], opening: int, start: int, stop: int, end: int,
                          name_words: re.Pattern[str]) -> range | None:
    """ "hallo / ik ben … // Katrien Peeters / Teamverantwoordelijke / Peeters bv / Kerkstraat 1,
    8800 Roeselare / T +32 … / Dit bericht … is vertrouwelijk … // sorry daar kwam de
    handtekening van mama tussen …": a mail client's signature template in the middle of the
    text, without a closing greeting above it (a kid on a parent's work account writes on
    under it). The paragraph (never the first) opens with the account's full name on a line of
    its own, holds a contact detail and no line to the reader, and a disclaimer closes it,
    glued under its last line or in the paragraphs right under it: the full name, a contact
    line and a disclaimer together are a template's, no one writes their own words so. The
    card and its disclaimer, or None. Bounded: a card is at most _MAX_CARD_LINES lines and a
    disclaimer _MAX_DISCLAIMER_LINES."""
    if start <= opening or stop - start > _MAX_CARD_LINES + _MAX_DISCLAIMER_LINES:
        return None
    body_end = next((cut for cut in range(stop - 1, start + 1, -1)
                     if not _is_contact_paragraph(lines[cut:stop])
                     and _is_disclaimer(lines, cut, stop)), stop)
    after = _past_disclaimers(lines, stop, end)
    if (body_end == stop and after == stop) \
            or not _is_named_card(lines, start, body_end, name_words) \
            or len(name_words.findall(_name_line_view(lines[start].content.strip(), name_words))) \
            < _MIN_CARD_NAME_WORDS \
            or not _only_card_lines(lines, start, body_end, name_words):
        return None
    return range(start, after)


def _past_disclaimers(lines: list[_Line], stop: int, end: int) -> int:
    """The end of the disclaimer paragraphs right under a card ending at `stop` (`stop` when
    none): about the mail, in nobody's words. A P.S. or an address given as a sentence is not
    one of them."""
    after = stop
    paragraph = stop
    while paragraph < end:
        while paragraph < end and lines[paragraph].blank:
            paragraph += 1
        below = paragraph
        while below < end and not lines[below].blank:
            below += 1
        if below == paragraph or _POSTSCRIPT.match(lines[paragraph].content.strip()) \
                or _is_contact_paragraph(lines[paragraph:below]) \
                or not _is_disclaimer(lines, paragraph, below):
            break
        after = paragraph = below
    return after


_MAX_NOTICE_LINES = 3
# "OPENDEUR zaterdag 25 april …", "#weareSVI", "OPGELET: onze kantoren zijn gesloten …", "Volg
# ons: facebook.example/…": what marks an organisation's notice to everyone under a card.
_NOTICE_MARK = re.compile(
    r"(?:^|\s)#[^\W\d_]\w{2,}|^\W{0,3}[A-ZÀ-Ý]{4,}(?![\w'’])|(?i:https?://|www\.)"
    r"|[\w-]{2,40}\.[a-z]{2,12}/|(?i:volg\s+ons|follow\s+us|suivez[- ]nous)(?!\w)")
# (Words of one person writing to another: signature_lines._CONVERSATION.)
# A sentence's end with more words after it on the same line: "drink water. i mean it".
_TWO_SENTENCES_TO_READER = re.compile(r"\w[.!?][ \t]+\w")
# "CLB-medewerker, ze verwacht je telefoontje deze week", "youth worker, she'll call you on
# Monday": someone the writer sends the reader to, said in the third person to the reader --
# a clause after a comma, its subject a pronoun, the reader its object. A card's line says no
# such thing of anyone.
_SOMEONE_TO_THE_READER = re.compile(
    r"(?i),[ \t]*(?:ze|zij|hij|she|he|elle|il)(?:['’]ll)?[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?:je|jou|you|te|vous|u)(?![\w'’])|,[ \t]*(?:elle|il)[ \t]+t['’]\w")


# "tu", "ton", "t'…": French to one reader as to a friend. With it in the text, "je" is French
# and the writer's "I" (in Dutch "je" is "you", and counts as that).
_FRENCH_YOU = re.compile(r"(?i)(?<![\w'’])(?:tu|toi|ton|ta|tes)(?![\w'’])|(?<![\w'’])t['’](?=\w)")
_FRENCH_I = re.compile(r"(?i)(?<![\w'’])je(?![\w'’])")
_ONE_READER = re.compile(r"(?i)(?<![\w'’])(?:je|jij|jou|jouw|ge|gij|you|your)(?![\w'’])")


def _one_person_to_another(text: str) -> bool:
    """Whether `text` says "I" to a "you" ("demande-moi si tu veux", "als je wil, bel ik je"):
    one person writing to the reader, which a card, a footer or an organisation's notice never
    does (they say "we" and "u"/"vous", or speak as nobody)."""
    french_you = _FRENCH_YOU.search(text) is not None
    as_i = _ONE_WRITERS_WORD.search(text) is not None \
        or (french_you and _FRENCH_I.search(text) is not None)
    return as_i and (french_you or _ONE_READER.search(text) is not None)


def _is_notice_line(content: str) -> bool:
    """A short line no one writes to one reader: no P.S., no closing, no "je"/"ik"/"you"."""
    return (len(content) <= _SIGNATURE_LINE_CHARS and not _POSTSCRIPT.match(content)
            and not _CLOSING.match(content) and not content.endswith("?")
            and _CONVERSATION.search(content) is None)


def _card_above_notices(lines: list[_Line], index: int, end: int, first_paragraph_end: int,
                        kinds: dict[int, str], name_words: re.Pattern[str] | None) -> int | None:
    """ "Pieter Vermeulen / leraar … / Sint-Victorinstituut / Victor de …straat 2 / 014 … //
    OPENDEUR zaterdag 25 april … – iedereen welkom! / #weareSVI": the writer's named card with
    a contact line in it, and under it only an organisation's notices (an open day, closed
    offices, "Volg ons", a hashtag), up to the lines already known to be signature: where the
    card starts, or None. A P.S., a question or words to the reader under the card stay."""
    paragraph = _paragraph_start(lines, index, first_paragraph_end + 1)
    notices = [i for i in range(paragraph, end) if not lines[i].blank and kinds.get(i) != "sure"]
    if not notices or len(notices) > _MAX_NOTICE_LINES \
            or not all(_is_notice_line(lines[i].content.strip()) for i in notices) \
            or not any(_NOTICE_MARK.search(lines[i].content.strip()) for i in notices):
        return None
    card_end = paragraph
    while card_end > first_paragraph_end + 1 and lines[card_end - 1].blank:
        card_end -= 1
    if card_end == paragraph:
        return None
    card = _paragraph_start(lines, card_end - 1, first_paragraph_end + 1)
    if card <= first_paragraph_end or not _is_named_card(lines, card, card_end, name_words) \
            or not any(_contact_details(line.content) for line in lines[card:card_end]):
        return None
    return card


_MAX_NOTE_PARAGRAPHS = 2
_MAX_NOTE_LINES = 4
_MAX_NOTE_CHARS = 600


def _closed_card_above_notes(lines: list[_Line], index: int, end: int, first_paragraph_end: int,
                             kinds: dict[int, str], name_words: re.Pattern[str] | None
                             ) -> tuple[int, int] | None:
    """ "Every blessing, / Tom // The Revd … / Assistant Chaplain / … / Rue …, 1050 … / +32 … //
    Safeguarding: if you have a concern about a child, please contact …": the writer's named
    card with a contact line in it, right under their closing greeting (and the name they
    signed with), and under the card at most two short paragraphs of the organisation's own
    (opening hours, a notice on medical data, a slogan, the colleague standing in during
    leave). The writer closed their text above the card: what the card's template puts under
    it is no word of theirs, even when it speaks to the reader. A P.S., a question, a wish
    ("SUCCES met je examens!") or another closing under the card is theirs: then nothing is
    taken. Notes that say "I" to the reader ("Une dernière idée, je l'écris ici …: quand ta
    copine …") are the writer's afterthought under their card, which no template writes: the
    card goes, they stay. (start, end) of what goes, or None."""
    floor = first_paragraph_end + 1
    top = _paragraph_start(lines, index, floor)
    for _ in range(_MAX_NOTE_PARAGRAPHS):
        card_end = top
        while card_end > floor and lines[card_end - 1].blank:
            card_end -= 1
        if card_end == top or card_end <= floor:
            return None
        card = _paragraph_start(lines, card_end - 1, floor)
        notes = [lines[i].content.strip() for i in range(top, end)
                 if not lines[i].blank and kinds.get(i) != "sure"]
        organisation = bool(notes) and _speaks_as_organisation(" ".join(notes))
        contact = any(_contact_details(line.content) for line in lines[card:card_end])
        # A card without contact details is taken for the organisation's voice under it only
        # when none of its lines speaks to the reader ("Jonas Lemmens / zo heet ik voluit maar
        # zeg gewoon Jonas hoor / ik lees alles wat je stuurt"): those are the writer's.
        # Nor a card of a name and a one-word role only ("Kaat Stevens / Vrijwilliger"): no
        # organisation on it, so "Onze chat is elke avond open …" under it is the helpline's,
        # said by the writer.
        organisation_card = organisation and (contact or _names_more_than_a_role(
            lines, card, card_end) and not any(
            _one_person_to_another(lines[i].content) for i in range(card + 1, card_end)
            if not lines[i].blank))
        if card > first_paragraph_end and _is_named_card(lines, card, card_end, name_words) \
                and (contact or _moving_notice(lines, top, end) or organisation_card):
            if not _closed_above(lines, card, floor):
                return None
            # (A campaign's call is said with "!" too: "Wij doen mee aan De Warmste Week: kom
            # naar onze soepverkoop!" speaks as the organisation, to everyone, under a card
            # with its contact details. Under a card of a name and a role only, "Onze jongeren
            # zeggen dat praten helpt, probeer het eens!" is the writer's own advice.)
            if not notes or len(notes) > _MAX_NOTE_LINES \
                    or sum(len(note) for note in notes) > _MAX_NOTE_CHARS \
                    or any(_POSTSCRIPT.match(note) or _CLOSING.match(note) or note.endswith("?")
                           or (note.endswith("!") and not (organisation and contact))
                           for note in notes):
                return None
            # (An absence note is in the first person too, but sends the reader on to a
            # colleague's address or number: the card's template, as above.)
            if _one_person_to_another(" ".join(notes)) \
                    and not any(_contact_details(note) for note in notes) \
                    and not any(kinds.get(i) == "sure" for i in range(top, end)):
                return card, card_end
            return card, end
        top = card
    return None


# "Onze drukkerij is gesloten …", "kom naar onze soepverkoop", "Toute l'équipe vous présente ses
# meilleurs vœux", "our offices": an organisation speaking of what is its own, as a card's
# template does to every reader. ("We komen er samen wel uit!" says "we" of the writer and the
# reader: no "our" anything.)
_ORGANISATION_OWN = re.compile(
    r"(?i)(?<![\w'’])(?:onze|notre|nos|our)[ \t]+[^\W\d_]|(?<![\w'’])l['’][ée]quipe(?![\w'’])"
    r"|(?<![\w'’])(?:het|the|ons)[ \t]+team(?![\w'’])")
# "jullie", "vous autres": a group of readers the writer speaks to (three friends writing
# together); an organisation's notice says "u" or "vous".
_GROUP_READERS = re.compile(r"(?i)(?<![\w'’])(?:jullie|julle|you\s+all|y['’]all)(?![\w'’])")


def _names_more_than_a_role(lines: list[_Line], card: int, card_end: int) -> bool:
    """Whether a card has more than a name line and a role of one word under it ("Kaat Stevens
    / Vrijwilliger"): a second line of more words or a third line, or a field beside the name
    ("Jonas Lemmens – Jeugddienst / Stad Lier")."""
    under = " ".join(lines[i].content for i in range(card + 1, card_end)).split()
    return len(under) > 1 or bool(re.search(r"[–—|,]| - ", lines[card].content))


# "Ons kantoor is gesloten van …", "Het secretariaat is gesloten op 11 november", "Please note
# we are closed on bank holidays", "Le CPAS sera fermé le 11 novembre": a closure notice, as a
# card's template gives every reader.
_CLOSURE_NOTICE = re.compile(
    r"(?i)(?<![\w'’])(?:is|zijn|blijft|blijven|est|sont|sera|seront|restera|resteront|are"
    r"|will[ \t]+be|remains?)[ \t]+(?:(?:telkens|uitzonderlijk|exceptionnellement|also|ook"
    r"|aussi)[ \t]+)?(?:gesloten|dicht|ferm[ée]e?s?|closed)(?![\w'’])")


def _speaks_as_organisation(text: str) -> bool:
    """Whether notes under a card speak as the organisation of what is its own (_ORGANISATION_OWN)
    or of its closing days (_CLOSURE_NOTICE), and say nothing of one person to another ("ik",
    "je", "tu", "you", "jullie")."""
    return (_ORGANISATION_OWN.search(text) is not None
            or _CLOSURE_NOTICE.search(text) is not None) \
        and _CONVERSATION.search(text) is None and _GROUP_READERS.search(text) is None


# "Attention : je pars à la retraite le 30 avril, cette adresse sera alors désactivée. /
# Écrivez-moi désormais à …", "Dit adres vervalt op 1 mei, mijn nieuwe adres is …", "This
# address will no longer be in use from June; please write to …": the notice a leaving or
# retiring employee puts under their card, sending every reader on to another address or
# number. It is the card's (their template's, as an absence note is), not words to one reader.
_MOVING_NOTICE = re.compile(
    r"(?i)(?<!\w)(?:(?:je\s+pars|je\s+serai|partir|d[ée]part)\s+[àa]\s+la\s+retraite"
    r"|(?:cette|mon)\s+adresse\s+(?:e-?mail\s+)?(?:sera|ne\s+sera\s+plus|est|n['’]est\s+plus)"
    r"\s+(?:alors\s+|bient[ôo]t\s+|d[ée]finitivement\s+)?(?:d[ée]sactiv[ée]e|supprim[ée]e|ferm[ée]e"
    r"|active|valable|utilis[ée]e)"
    r"|(?:[ée]crivez|[ée]cris)[- ]moi\s+d[ée]sormais|mon\s+nouvel(?:le)?\s+adresse"
    r"|(?:ga|ben)\s+(?:ik\s+)?met\s+pensioen"
    r"|(?:dit|mijn)\s+(?:e-?mail)?adres\s+(?:vervalt|wordt\s+(?:gedeactiveerd|afgesloten|opgeheven)"
    r"|is\s+(?:niet\s+langer|vanaf))|mijn\s+nieuwe?\s+(?:e-?mail)?adres"
    r"|(?:i\s+am|i['’]m)\s+retiring|(?:this|my)\s+(?:e-?mail\s+)?address\s+will\s+(?:no\s+longer"
    r"|be\s+(?:deactivated|closed|disabled))|my\s+new\s+(?:e-?mail\s+)?address)(?!\w)")


def _moving_notice(lines: list[_Line], top: int, end: int) -> bool:
    """Whether the notes from `top` to `end` under a card tell a leaving employee's new
    address or number (_MOVING_NOTICE, with the contact detail it sends readers on to)."""
    notes = [lines[i].content for i in range(top, end) if not lines[i].blank]
    return any(_MOVING_NOTICE.search(note) for note in notes) \
        and any(_contact_details(note) for note in notes)


def _closed_above(lines: list[_Line], card: int, floor: int, *,
                  signed_under_text: bool = False) -> bool:
    """Whether a closing greeting stands right above the card (over blank lines), perhaps with
    the short name the writer signed with under it: "Groeten, / Hans // Johannes Claes / …",
    "Hou vol! / Jonas // Jonas Lemmens – …" (a closing wish). Or the writer signed with a
    name of its own paragraph that the card's first line opens with: "Morgen schrijf ik meer.
    // Griet // Griet Van Acker / …": the text ended at that name, what follows is the card.
    With `signed_under_text`, also that name right under their last line ("Laat iets weten
    hoe het gaat? / Dries // Dries Vermeulen - leraar … / …"): so a card's notes are read
    (_card_notes), and a card above the writer's P.S. (_card_under_closing)."""
    above = card - 1
    while above >= floor and lines[above].blank:
        above -= 1
    if above < floor:
        return False
    if _is_closing_line(lines[above].content):
        return True
    signed = lines[above].content.strip()
    # "Griet V." over "Griet Van Acker": the initial of the card's next word.
    initial = re.fullmatch(r"(?P<name>[^\W\d_][\w'’-]*)[ \t]+(?P<initial>[A-ZÀ-Ý])\.", signed)
    if initial is not None and (above - 1 < floor or lines[above - 1].blank):
        card_words = _WORD.findall(lines[card].content)
        return len(card_words) > 1 and card_words[0] == initial["name"] \
            and card_words[1].startswith(initial["initial"])
    if not 0 < len(signed.split()) <= _MAX_SIGNED_NAME_WORDS \
            or re.search(r"[.!?:]\s*$", signed) is not None:
        return False
    if above - 1 >= floor and not lines[above - 1].blank:
        return _closes(lines[above - 1].content) \
            or (signed_under_text and _opens_card_line(signed, lines[card].content))
    return _opens_card_line(signed, lines[card].content)


_MAX_CLOSING_WISH_WORDS = 4


def _closes(content: str) -> bool:
    """A closing greeting, or one said as a wish with "!" ("Hou vol!", "Courage !", "Take
    care!"): over a signed name either closes the text."""
    content = content.strip()
    return _is_closing_line(content) or (
        _CLOSING.match(content) is not None and content.endswith("!")
        and len(content.split()) <= _MAX_CLOSING_WISH_WORDS)


def _opens_card_line(signed: str, card_line: str) -> bool:
    """ "Griet" over "Griet Van Acker": the words the writer signed with are the first words of
    the card's first line, written alike (capitalised, as names are)."""
    words = _WORD.findall(signed)
    card_words = _WORD.findall(card_line)[:len(words)]
    # "griet" over "Griet Van Acker": signed in lower case, the card's words capitalised.
    return bool(words) and all(word[:1].isupper() for word in card_words) \
        and [word.casefold() for word in card_words] == [word.casefold() for word in words] \
        and (all(word[:1].isupper() for word in words) or all(word.islower() for word in words))


def _spaced_card_above(lines: list[_Line], index: int, end: int, first_paragraph_end: int,
                       name_words: re.Pattern[str] | None) -> int | None:
    """ "dr. Hanne Wouters // Klinisch psycholoog // UZ Brugge // Ruddershove 10, 8000 Brugge //
    T 050 … // Consultaties enkel op afspraak via het secretariaat.": a card laid out one
    paragraph a line (HTML-only Outlook mail), ending in a line of the card's that reads like
    a sentence but says nothing to the reader. Where the card's name line stands, or None."""
    content = lines[index].content.strip()
    if not _is_notice_line(content) or not lines[index - 1].blank \
            or (index + 1 < end and not lines[index + 1].blank):
        return None
    above = index
    for _ in range(_MAX_CARD_LINES - 1):
        above -= 2
        if above <= first_paragraph_end or lines[above].blank or not lines[above + 1].blank \
                or (above > 0 and not lines[above - 1].blank):
            return None
        head = lines[above].content.strip()
        if name_words is not None and _only_names(_name_line_view(head, name_words), name_words):
            card = [line.content for line in lines[above:index + 1] if not line.blank]
            if _is_named_card(lines, above, index + 1, name_words) \
                    and any(_contact_details(line) for line in card) \
                    and not any(_POSTSCRIPT.match(line.strip()) for line in card):
                return above
            return None
    return None


def _below_introduced(lines: list[_Line], index: int, end: int, kinds: dict[int, str],
                      name_words: re.Pattern[str] | None) -> tuple[int, int] | None:
    """The paragraph from `index` is what the writer introduced (an organisation's name,
    address and hours): the signature block, if any, starts below it; (floor, start), start
    `end` for none. None when the paragraph holds the writer's own name: their card."""
    below = index
    while below < end and not lines[below].blank:
        below += 1
    if name_words is not None and any(name_words.search(line.content)
                                      for line in lines[index:below]):
        return None
    return below - 1, next((i for i in range(below, end) if i in kinds), end)


_LABELLED_LINK = re.compile(r"(?:[^\W\d_][\w .-]{0,30}:[ \t]*)?(?:https?://|www\.)\S+")


def _is_long_own_link(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "Teams: https://teams.…/chat/0/0?users=liesbeth.vanacker@…": one link with the writer's
    name or address in it, a label perhaps before it; long for a signature line only because
    links are."""
    return len(content) > _SIGNATURE_LINE_CHARS and _LABELLED_LINK.fullmatch(content) is not None \
        and _signature_line(content, name_words)


def _below_signed_name(lines: list[_Line], first: int, start: int, end: int,
                       kinds: dict[int, str]) -> int:
    """ "Liefs, / Lotte (zij/haar) / Verzonden met Proton Mail": a name signed right under a
    closing greeting, with only a client line below it, is the writer's sign-off: the client
    line goes, the name line stays (the name is replaced where it stands, the pronouns or the
    emoji beside it are the writer's). So do the writer's own lines added under the name
    (`_afterthought`) above such a client line."""
    if start <= first or not _is_closing_line(lines[start - 1].content):
        return start
    below = start
    while below < end and (lines[below].blank or kinds.get(below) == "name"):
        below += 1
    if below in (start, end):
        return start
    tail = end  # where only client lines (or nothing) are left
    while tail > below and (lines[tail - 1].blank
                            or _is_client_line(lines[tail - 1].content.strip())):
        tail -= 1
    if tail == below or _afterthought(lines, below, tail, kinds):
        return tail
    return start


def _words_under_signed_name(lines: list[_Line], start: int, end: int, kinds: dict[int, str],
                             name_words: re.Pattern[str] | None) -> int:
    """ "Nathalie / verpleegkundige, en ook gewoon iemand die luistert / 🟢🟠 je mag dit lijstje
    bewaren // Nathalie Dierickx / Verpleegkundige … / AZ …": the name the writer signed with,
    short lines under it in the same paragraph of which one speaks to the reader
    (_words_to_reader), then, set apart by a blank line, the card. The lines under the name
    are what the writer added after signing, not the card: the block starts at the card, and
    the name is replaced where it stands. Under "Nathalie / verpleegkundige / AZ Gent" nothing
    speaks to anyone: the block starts at the name as before."""
    if kinds.get(start) != "name":
        return start
    below = start + 1
    while below < end and not lines[below].blank:
        below += 1
    card = below
    while card < end and lines[card].blank:
        card += 1
    under = range(start + 1, below)
    if not under or card >= end or not any(kinds.get(i) == "sure" for i in range(card, end)) \
            or not all(kinds.get(i) == "short" for i in under) \
            or not any(_words_to_reader(lines[i].content, name_words) for i in under):
        return start
    return card


def _afterthought(lines: list[_Line], below: int, tail: int, kinds: dict[int, str]) -> bool:
    """ "cheers / Cal // (sorry, I write emails like I write texts)", "Bisous / Inès // Maison
    … / lun : fermé / … / pas besoin de dire ton nom": under the name signed below a closing
    greeting, set apart by a blank line, short lines with nothing of a card in them (no contact
    detail, no role, no name) of which one speaks as one person to another ("I", "ton", "je"):
    what the writer added after signing, not their card. A card's lines ("CAW Antwerpen") speak
    to no one."""
    if not lines[below - 1].blank:
        return False
    own = [i for i in range(below, tail) if not lines[i].blank]
    return all(kinds.get(i) == "short" for i in own) \
        and any(found.group().casefold() not in _OWNING_WORDS
                for i in own for found in _CONVERSATION.finditer(lines[i].content))


# "my", "mijn", "mon": alone they make no one speak ("Verstuurd vanop mijn iPhone").
_OWNING_WORDS = frozenset(("my", "mijn", "mon", "ma", "mes"))

# "lundi", "maandag", "Monday": a card's working days ("Ik werk op maandag en dinsdag.").
_A_WEEKDAY = re.compile(rf"(?i)(?<!\w){_WEEKDAY}(?!\w)")
# "4. ", "b) ": the number of an item in a list the writer goes on with.
_LIST_ITEM_NUMBER = re.compile(r"\d{1,2}[.)][ \t]+|[a-z]\)[ \t]+")


def _words_to_reader(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "Tu n'as rien fait de mal.", "Prends soin de toi ce week-end.", "4. stuur gerust een
    update, ik lees mee", "(ja zo heb ik het ingesteld haha)": a line in words, not a card's
    (_reads_as_own_words: no capitals past the first word, no digit but a list item's number,
    no name, link, role or client line), not a motto in quotation marks, that speaks as one
    person to another ("tu", "toi", "ik", "you"; "mijn" alone does not), and names no working
    day. A card's slogan, hours or
    notice speak to no one, or as "we" to "u"/"vous"."""
    content = content.strip()
    words = content[m.end():] if (m := _LIST_ITEM_NUMBER.match(content)) else content
    motto = _MOTTO_LINE.fullmatch(_EMOJI.sub("", content).strip()) is not None
    return not motto and _reads_as_own_words(words, name_words) and not _is_client_line(content) \
        and not _is_disclaimer_line(content) and _A_WEEKDAY.search(content) is None \
        and any(found.group().casefold() not in _OWNING_WORDS
                for found in _CONVERSATION.finditer(words))


def _above_words_to_reader(lines: list[_Line], paragraph: int, index: int,
                           name_words: re.Pattern[str] | None) -> int:
    """The last line of the paragraph [paragraph, index] above the lines closing it that are
    words to the reader (_words_to_reader); `index` when none is. The paragraph's first line
    never counts: what stays above is a card or a name."""
    last = index
    while last > paragraph and _words_to_reader(lines[last].content, name_words):
        last -= 1
    return last



# Abbreviations of a legal form, written in lower case on an organisation's line ("vzw Jong").
_LEGAL_FORMS = frozenset(("vzw", "asbl", "ngo", "cvba", "bv", "nv", "vof", "npo", "cv", "srl"))
# A client's, a translator's or an app's line in lower case ("verzonden vanaf mijn telefoon").
_NOT_OWN_LINE = re.compile(
    r"(?i)(?:sent|verzonden|verstuurd|envoy[ée]|gesendet|von|get|download|t[ée]l[ée]charg\w*"
    r"|traduit|translated|vertaald|powered|scanned|gescand)(?![\w'’])")
_FIRST_PERSON_I = re.compile(r"I(?:['’](?:m|ll|d|ve))?")


def _own_words_under_block(lines: list[_Line], start: int, end: int, kinds: dict[int, str],
                           name_words: re.Pattern[str] | None) -> int:
    """Where a signature cut [start, end) ends once the writer's own short lines under their
    signed name are left out: "— Kwabena / (blank) / not sure what I want back", "Lotte / ps
    zeg het niet aan mijn school", "Inès / pas besoin de répondre vite": a young person signs
    and then adds a line, unpunctuated like all they write. Such a line is "short" (not a
    sentence), which made it part of the block under the name, and the name and their last
    words went together. Only under a name signed alone (a card with contact details may end
    in its slogan: "Gent, stad in werking"), and only lines that read as words, not as a
    card's (_reads_as_own_words), nor start a short form of the signed name ("Sophie / So pour
    les intimes"): the block ends above them, the name alone is replaced where it stands."""
    if (postscript := _postscript_under_block(lines, start, end, kinds, name_words)) is not None:
        return postscript
    stop = end
    index = end - 1
    while index > start:
        if lines[index].blank:
            index -= 1
            continue
        if kinds.get(index) != "short" \
                or not (_reads_as_own_words(lines[index].content.strip(), name_words)
                        or _words_to_reader(lines[index].content, name_words)):
            break
        stop = index
        index -= 1
    signed = [lines[i].content for i in range(start, stop) if not lines[i].blank]
    if stop == end or not all(kinds.get(i) == "name" for i in range(start, stop)
                              if not lines[i].blank):
        return end
    name_parts = [word.casefold() for content in signed for word in _WORD.findall(content)]
    if any(word[0].isupper() and len(word) >= 2 and any(
            part.startswith(word.casefold()) for part in name_parts)
           for i in range(stop, end) for word in _WORD.findall(lines[i].content)):
        return end
    while stop > start and lines[stop - 1].blank:
        stop -= 1
    return stop


def _postscript_under_block(lines: list[_Line], start: int, end: int, kinds: dict[int, str],
                            name_words: re.Pattern[str] | None) -> int | None:
    """ "Anke Verbeke / Stationsstraat 12 / 8730 Beernem // PPS sorry voor de lange mail": the
    last paragraph of a cut, set apart by a blank line, opening with a P.S. mark and holding
    only short lines that read as the writer's words (_reads_as_own_words, the mark left out):
    where the cut ends above it, or None. The cut's start stays where the walk put it: the
    block above goes as it did."""
    last = end
    while last > start and not lines[last - 1].blank:
        last -= 1
    if last <= start + 1 or last >= end:
        return None
    mark = _POSTSCRIPT.match(lines[last].content.strip())
    if mark is None or not all(
            kinds.get(i) == "short" and _reads_as_own_words(
                lines[i].content.strip()[mark.end():] if i == last else lines[i].content.strip(),
                name_words)
            for i in range(last, end)):
        return None
    stop = last
    while stop > start and lines[stop - 1].blank:
        stop -= 1
    return stop


def _own_words_under_template_end(lines: list[_Line], start: int, end: int,
                                  kinds: dict[int, str],
                                  name_words: re.Pattern[str] | None) -> int:
    """Where a signature cut [start, end) ends once the writer's own short lines under a
    template's last line are left out: "… / T +32 … / Dit bericht is vertrouwelijk … // sorry
    daar kwam de handtekening van mama tussen / mama weet niet dat ik dit stuur", "… / Envoyé
    de mon Galaxy // c'est la signature de papa". A mail client puts a signature template
    (a parent's, a school's) where the cursor stands, and a kid on that account writes on under
    it, short and unpunctuated. A disclaimer or a client line is the last thing of a template:
    no card line follows it, so the paragraphs under it, after a blank line, are the writer's
    when every line in them reads as words, not a card's (_reads_as_own_words: no capitals
    past the first word, no digit, no name, address or link, no role). Lines the walk was sure
    of (a second disclaimer, an environment or client line) are never taken; a card closed
    only by its contact lines ("Bel me gerust" under a phone) keeps its walk: only a
    disclaimer's or a client line's end counts."""
    stop = end
    index = end - 1
    while index > start and (lines[index].blank or (
            kinds.get(index) == "short"
            and _reads_as_own_words(lines[index].content.strip(), name_words))):
        if not lines[index].blank:
            stop = index
        index -= 1
    if stop == end or index < start:
        return end
    content = lines[index].content.strip()
    if not lines[index + 1].blank and not (
            _is_client_line(content)
            and all(_words_to_reader(lines[i].content, name_words)
                    for i in range(index + 1, end) if not lines[i].blank)):
        # "Verstuurd vanaf Jolien haar iPhone / (ja zo heb ik het ingesteld haha)": right
        # under a client line (nothing of a template follows one), only words to the reader.
        return end
    paragraph = _paragraph_start(lines, index, start)
    if not (_is_client_line(content) or _is_disclaimer_line(content) or any(
            _is_disclaimer(lines, top, index + 1)
            and not _is_contact_paragraph(lines[top:index + 1])
            for top in range(max(paragraph, index + 1 - _MAX_DISCLAIMER_LINES), index + 1))):
        return end
    return index + 1


def _paste_with_own_words_under(lines: list[_Line], start: int, end: int, kinds: dict[int, str],
                                name_words: re.Pattern[str] | None) -> bool:
    """Whether the cut [start, end) is something the writer pasted and then wrote under: a
    school form's lines ("Leerling: NAME – 4B / Nota: …"), a payment's or a lock screen's
    text, a pupil's card, with "help me aub" / "aidez moi svp" under it after a blank line.
    A signature closes a text: nobody writes on under their own card, so words under it are
    the writer's, and what they pasted above them is the writer's text too, to be read with
    its names replaced where they stand. Only when the cut is no card and no template: it is
    not under a closing greeting ("Groeten, / Ria Goossens / …" goes), and none of its lines
    holds a way to reach anyone (phone, street, postcode, address, link), a role ("coach",
    "zaakvoerder"), an organisation's legal form ("bv", "asbl"), a disclaimer, a client's or
    a footer line; and its last paragraph is
    only lines that read as the writer's words (_reads_as_own_words)."""
    last = end
    while last > start and lines[last - 1].blank:
        last -= 1
    tail = last
    while tail > start and not lines[tail - 1].blank:
        tail -= 1
    # ("ik ben 17" among them says "I" and an age, as the writer does: _speaks_as_writer.)
    if tail <= start or not all(
            kinds.get(i) == "short" and (_reads_as_own_words(lines[i].content.strip(), name_words)
                                         or _speaks_as_writer(lines[i].content.strip(),
                                                              name_words))
            for i in range(tail, last)):
        return False
    above = start - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    if above >= 0 and (_is_closing_line(lines[above].content)
                       or _CLOSING.match(lines[above].content.strip())):
        return False
    for i in range(start, tail):
        content = lines[i].content.strip()
        # "Kaartnummer: 4421 0093 7781 2204" on a pasted bus pass: a labelled card number
        # reaches nobody (replace_contact_details replaces it where it stands), no phone.
        reach = _NUMBER_AFTER_ID.sub(lambda match: match["lead"], content)
        if content and (_contact_details(reach) or _LINK.search(content)
                        or _ROLE_WORD.search(content) or _is_disclaimer_line(content)
                        or _is_client_line(content) or _is_footer(content)
                        or any(word.casefold() in _LEGAL_FORMS for word in _WORD.findall(content))):
            return False
    return True


# "ik ben 17 trouwens", "heeft ze gelijk? ik ben 14", "I'm 15 btw": a number of one or two
# digits standing alone is an age or a count, no card's detail (a phone, a postcode, a class
# "5B", a house number "62," has more digits or letters or marks against it).
_SMALL_NUMBER = re.compile(r"(?<![\w/.,:+-])\d{1,2}(?![\w/.,:+-]|[.,]\d)")


def _speaks_as_writer(content: str, name_words: re.Pattern[str] | None) -> bool:
    """A short line that says "I" ("ik", "I", "je", "moi", "j'…", "mij") and holds nothing of a
    card: no contact detail, link, role, name, and no digits but an age's ("ik ben 14")."""
    if _contact_details(content) or _LINK.search(content) or _ROLE_WORD.search(content) \
            or _is_client_line(content) or _is_disclaimer_line(content) \
            or (name_words is not None and name_words.search(content)) \
            or re.search(r"\d", _SMALL_NUMBER.sub("", content)):
        return False
    return _ONE_WRITERS_WORD.search(content) is not None \
        or _FRENCH_I.search(content) is not None


# "mijn vraag is deze:", "j'ai une question :", "my question:": what such a line announces is
# a question; a block of a name, a role, a street and a phone under it is the account's
# signature (a parent's Outlook card between the child's words), no paste of the writer's: it
# goes, and the words the writer goes on with under it stay.
_ANNOUNCES_A_QUESTION = re.compile(
    r"(?i)(?<!\w)(?:vraag|vraagje|vragen|question|questions|probleem|problème|problem)(?!\w)")


# "hier is mijn medische kaart van mijn gsm", "ik stuur gewoon mijn week uit mijn app", "here's
# my screen time": a sentence that says the writer shows something of their own, without the
# colon _introduces looks for (a young person's sentences seldom end in one). The verb of
# showing and "my" after it, on the line right above what they paste.
_SHOWS_OWN = re.compile(
    r"(?i)(?<![\w'’])(?:hier\s+is|hieronder|dit\s+is|(?:ik\s+)?(?:stuur|plak|kopieer|zet)"
    r"|here\s+is|here['’]?s|this\s+is|i\s+(?:send|paste|copied|copy)|voici|je\s+(?:t['’]|vous\s+)?"
    r"(?:envoie|colle|mets))(?![\w'’])[^\n]{0,60}?(?<![\w'’])(?:mijn|m['’]n|mn|my|mon|ma|mes)"
    r"(?![\w'’])")


def _introduced_paste_with_words_under(lines: list[_Line], first: int, start: int, end: int,
                                       kinds: dict[int, str],
                                       name_words: re.Pattern[str] | None) -> range | None:
    """What goes of a cut [start, end) that is something the writer shows and then speaks on
    under: "hier is het begin van mijn cv: // CURRICULUM VITAE / <name> / <street, town> /
    <phone - address> / Geboren: 2008 / … // ik ben 17 trouwens", "dit is het: // Te koop: …
    / Contact: <name> - <phone> // heeft ze gelijk? ik ben 14". A line of theirs ending in a
    colon introduces the paragraph the cut starts in, and under the cut, after a blank line,
    a paragraph of short lines speaks as the writer ("ik", "I", "je", with at most an age for
    a number). A signature closes a text, and is not announced: nobody writes "here it is:"
    over their own card and then goes on talking. The pasted lines are the writer's text
    (their CV, their ad, their card as they chose to show it), read with the names, phone
    numbers, streets and addresses in it replaced where they stand. Only client lines ("Sent
    from my Galaxy") closing the mail under the writer's words still go: the range of those
    (empty for none), or None when the cut is no such paste."""
    top = _paragraph_start(lines, start, first)
    above = top - 1
    while above >= first and lines[above].blank:
        above -= 1
    if above < first or _CLOSING.match(lines[above].content.strip()):
        return None
    shown = _SHOWS_OWN.search(lines[above].content) is not None
    if not _introduces(lines[above].content) and not shown:
        return None
    tail_end = end
    while tail_end > start and (lines[tail_end - 1].blank
                                or _is_client_line(lines[tail_end - 1].content.strip())):
        tail_end -= 1
    words_top = _paragraph_start(lines, tail_end - 1, start) if tail_end > start else start
    # Under something they said they show, "is dat genoeg" (no "ik" in it) is theirs too when
    # it reads as words, not a card's (_reads_as_own_words: no capitals, digits or names).
    if words_top <= start or not all(
            kinds.get(i) != "sure" and (
                _speaks_as_writer(lines[i].content.strip(), name_words)
                or (shown and _reads_as_own_words(lines[i].content.strip(), name_words)))
            for i in range(words_top, tail_end)):
        return None
    if _ANNOUNCES_A_QUESTION.search(lines[above].content):
        # The card goes; the writer's words under it stay, with the blank line over them.
        card_end = words_top
        while card_end > start and lines[card_end - 1].blank:
            card_end -= 1
        return range(start, card_end)
    client = tail_end
    while client < end and lines[client].blank:
        client += 1
    return range(client, end) if client < end else range(0)


def _reads_as_own_words(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "not sure what I want back", "moet ge nie direct antwoorden hoor", "help", "sorry its
    long 😅", "💜": words in lower case after the first (only "I" in capitals), or one chat
    word ("Sorry", "xxx"), or only emoji. A card's short lines have capitals in them: names
    ("CAW Antwerpen", "vzw Kind en Gezin Mol", "KSA Mol"), a brand ("Verstuurd vanop mijn
    iPhone", "Traduit avec DeepL.com", "weareSVI"), a slogan ("Cloudwijs - Your cloud"), or
    a role ("leerkracht"), a class or number ("Leerling 5B"), a link, an address, pronouns
    ("they/them"), a client's or translator's line: none of those is taken."""
    if re.search(r"\d|[/@|\\]|\w\.\w|www\.", _ORDINAL_IN_WORDS.sub("", content)) \
            or _title_case(content) \
            or _ROLE_WORD.search(content) or _NOT_OWN_LINE.match(content) \
            or (name_words is not None and name_words.search(content)):
        return False
    words = _WORD.findall(content)
    if not words:
        return _EMOJI.search(content) is not None
    if words[0].casefold() in _LEGAL_FORMS:  # "vzw jong": an organisation's name
        return False
    if any(char.isupper() for char in words[0][1:]) or any(
            char.isupper() for place, word in enumerate(words[1:], start=1)
            if not _FIRST_PERSON_I.fullmatch(word) and not _place_said_from(words, place)
            and not _name_told(words, place)
            for char in word):
        return False
    if len(words) == 1:
        return words[0].islower() or words[0].casefold() in gazetteer.CHAT_WORDS
    return any(word.casefold() not in _TITLE_PARTICLES for word in words[1:])


# "9de keer dat ik dit herschrijf", "for the 3rd time", "pour la 2e fois": an ordinal in a
# sentence of the writer's, in lower case, is no class, postcode or phone of a card ("5B",
# "Leerling 3A" have capitals; a card's numbers have more digits or none of these endings).
_ORDINAL_IN_WORDS = re.compile(
    r"(?<![\w.,/-])\d{1,2}(?:de|ste|e|th|st|nd|rd|er|re|ère|eme|ème)(?=[ \t]+[a-zà-ÿ])")
# "uit de buurt van Zaventem", "van bij Mechelen", "from near Leeds", "de près de Namur": the
# town the writer says they come from, after a small word of where, is their own words (a
# town is content); a card names its town after no such word ("CAW Antwerpen").
_FROM_WORDS = frozenset(("uit", "vanuit", "van", "bij", "in", "nabij", "rond", "buurt", "from",
                         "near", "around", "de", "près", "pres", "vers"))


def _place_said_from(words: list[str], place: int) -> bool:
    """Whether words[place] is a town's name said after a lower-case word of where."""
    before = words[place - 1]
    return before.islower() and before.casefold() in _FROM_WORDS \
        and words[place].casefold() in gazetteer.load().places


# "de hond heet Bolletje", "our cat is called Pip", "le chat s'appelle Mimi": a name told in a
# sentence, after a lower-case verb of naming, is the story's, not a card's capital.
_NAMING_WORDS = frozenset(("heet", "heten", "noemt", "noemen", "genoemd", "called", "named",
                           "appelle", "appellent"))


def _name_told(words: list[str], place: int) -> bool:
    """Whether words[place] is a name told after a lower-case word of naming (_NAMING_WORDS),
    in a line of several lower-case words."""
    before = words[place - 1]
    return place >= 2 and before.islower() and before in _NAMING_WORDS \
        and words[place][1:].islower()


# A flower, a heart or a rainbow beside the name: "🌻 Ine", "Lou 🌸".
_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]")


# "— priya", "~ Jo": one name after a dash, as a writer signs a text (a card's name line is
# the full name without a dash).
_DASHED_NAME = re.compile(r"[—–~][ \t]{0,2}[^\W\d_][\w'’-]{0,30}")
_EMOJI_NAME = re.compile(
    r"(?:[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]?){1,3}[ \t]{0,2}[^\W\d_][\w'’-]{0,30}"
    r"|[^\W\d_][\w'’-]{0,30}[ \t]{0,2}(?:[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]?){1,3}")


def _below_emoji_sign_off(lines: list[_Line], start: int, end: int, kinds: dict[int, str],
                          name_words: re.Pattern[str] | None) -> int:
    """ "🌻 Ine / Ine's Haakhoekje 🧶 … / www.… / Insta: @…": a name line with an emoji beside
    the name (or one name after a dash, "— priya"), heading the block, is how the writer signed
    their text, not the card's name line (a card's template writes no flower): it stays, the
    name replaced in it where it stands, and the block starts under it."""
    content = lines[start].content.strip()
    signed = _EMOJI_NAME.fullmatch(content) or _DASHED_NAME.fullmatch(content)
    if name_words is None or not signed or not _only_names(content, name_words):
        return start
    below = start + 1
    while below < end and lines[below].blank:
        below += 1
    return below if any(kinds.get(i) == "sure" for i in range(below, end)) else start


_MAX_TAGLINE_WORDS = 8


def _is_card_tagline(lines: list[_Line], index: int, floor: int,
                     name_words: re.Pattern[str] | None) -> bool:
    """ "Livraison offerte dès 40 € !", "Gratis verzending vanaf 30 euro!": a shop's or an
    organisation's tagline closing its card, glued to a contact line (no blank line between),
    a few words to no one in particular (no "je"/"you", no P.S., no question, no closing)."""
    content = lines[index].content.strip()
    above = lines[index - 1] if index - 1 > floor else None
    return above is not None and not above.blank and above.depth == lines[index].depth \
        and len(content.split()) <= _MAX_TAGLINE_WORDS and _is_notice_line(content) \
        and _signature_line(above.content.strip(), name_words) \
        and _contact_details(above.content) == 0 and _EMOJI.search(content) is None \
        and re.search(r"\d", content) is not None


_MAX_CARD_LINES = 6

_MIN_SPACED_CARD_LINES = 2


def _spaced_card(lines: list[_Line], start: int, end: int) -> bool:
    """Whether the block's lines (two or more) each stand a single blank line apart."""
    kept = [i for i in range(start, end) if not lines[i].blank]
    if len(kept) < _MIN_SPACED_CARD_LINES:
        return False
    return all(b - a == 2 for a, b in zip(kept, kept[1:], strict=False))


def _is_long_card_line(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "Liesbeth Ramaekers, Sociaal assistent, OCMW Genk, Stadsplein 1, 3600 Genk, tel. 089 …":
    a whole card on one line, longer than a signature line usually is. The writer's name and
    two kinds of contact detail in it, and no sentence end: nobody's running text."""
    return (name_words is not None and len(content) <= _MAX_LONG_CARD_CHARS
            and name_words.search(content) is not None
            and _contact_details(content) >= _CARD_CONTACT_DETAILS
            and not re.search(r"[.!?]\s*$", content) and not _CLOSING.match(content))


_MAX_CARD_LINE_WORDS = 10
_MIN_SHOUTED_LINES = 2


def _written_in_capitals(lines: list[_Line], opening: int, stop: int) -> bool:
    """ "IK HEB UW BERICHT GELEZEN … / VEEL MOED GEWENST / MARIJKE": a writer who types in
    capitals (poor eyesight, an old habit, a shout) writes every line so. Their capitals then
    say nothing: a short line of them above the signed name is their own closing wish, not
    an organisation's name (which the capitals of "CAW Antwerpen" would otherwise make it).
    True when at least two lines of the stretch above `stop` hold letters and every line that
    does is in capitals."""
    cased = [line.content for line in lines[opening:stop]
             if not line.blank and any(char.isalpha() for char in line.content)]
    return len(cased) >= _MIN_SHOUTED_LINES and all(content.isupper() for content in cased)


_MIN_WISH_WORDS = 3


def _shouted_wish(lines: list[_Line], index: int, first: int, end: int,
                  name_words: re.Pattern[str] | None) -> bool:
    """ "YOU ARE NOT ALONE 🌈", "JE BENT GOED ZOALS JE BENT 💛", "TU N'ES PAS SEUL·E": a wish
    in capitals on a paragraph of its own under the signed name, saying "you" to the reader.
    Its capitals make it read as an organisation's name or slogan to the walk, but a card's
    lines speak to no one ("CAW Antwerpen", "SAMEN STERK"): one that speaks to "you" or "je",
    with no digit, link, contact detail, role or name of the writer in it, is the writer's
    own last words (a client line, a card or a moving notice may follow it)."""
    content = lines[index].content.strip()
    words = _WORD.findall(content)
    if len(words) < _MIN_WISH_WORDS or not content.isupper() \
            or (index > first and not lines[index - 1].blank) \
            or (index + 1 < end and not lines[index + 1].blank):
        return False
    if re.search(r"\d|[/@|\\]|\w\.\w|www\.", content) or _contact_details(content) \
            or _ROLE_WORD.search(content) or _is_client_line(content) \
            or _is_footer(content) or _is_disclaimer_line(content) \
            or (name_words is not None and name_words.search(content)):
        return False
    return _ONE_READER.search(content) is not None or _FRENCH_YOU.search(content) is not None


_MIN_CARD_NAME_WORDS = 2


def _is_named_card(lines: list[_Line], start: int, end: int,
                   name_words: re.Pattern[str] | None) -> bool:
    """A paragraph that opens with the writer's name on a line of its own and goes on with a
    few short lines ("Griet Mertens / Hulpverlener CAW Limburg / Ik werk op maandag en
    dinsdag. / Volg ons op Facebook!", "Jan Wouters / Jeugdhuis De Schakel / Samen sterk
    voor elke jongere."): a signature card, even when a motto or working hours read like a
    sentence. The name must be their full name, or a contact line must follow."""
    contents = [line.content.strip() for line in lines[start:end] if not line.blank]
    if name_words is None or len(contents) < 2 or len(contents) > _MAX_CARD_LINES:
        return False
    head = contents[0]
    if _CLOSING.match(head):
        return False
    if _is_card_line(head, name_words):
        return True  # "Sofie Verlinden | Leerkracht | College" and a motto under it
    # "Quentin Lejeune – éducateur": the name and the role after a dash, as after a comma.
    role_after_dash = _name_then_role(_ROLE_DASH.sub(", ", head, count=1), name_words)
    head = _ROLE_DASH.split(head, maxsplit=1)[0] if role_after_dash \
        else _name_line_view(head, name_words)
    if not _only_names(head, name_words):
        return False
    full_name = len(name_words.findall(head)) >= _MIN_CARD_NAME_WORDS
    # Words are counted on lines that could be a sentence; a contact line ("Tél. : 02 …
    # – GSM : 0486 …") has many pieces and is a card line however long it is.
    long_lines = [c for c in contents[1:] if len(c) > _SIGNATURE_LINE_CHARS or (
        len(c.split()) > _MAX_CARD_LINE_WORDS and not _signature_line(c, name_words))]
    if (long_lines and not (full_name and _card_notes(lines, start, long_lines))) \
            or _CLASS_LINE.fullmatch(contents[-1]):
        return False  # "Nina Wouters / Klas 2B" closing the text: a young person's class
    return full_name or any(_signature_line(c, name_words) for c in contents[1:])


# "Quentin Lejeune – éducateur": a dash between the name and the role on a card's name line.
_ROLE_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
_MAX_CARD_NOTES = 2


def _card_notes(lines: list[_Line], start: int, notes: list[str]) -> bool:
    """ "Groetjes, / An-Sofie // An-Sofie Baert / Ik woon tijdelijk in Montréal (UTC−5): mijn
    antwoorden komen soms 's nachts jullie tijd.", "Take care, / Rachel // Rachel Okafor /
    Based in Lagos until June (WAT, UTC+1) – replies may come at odd hours", "Robbe Van Acker
    / lector … / Ik ben autistisch: ik antwoord liever per mail dan aan de telefoon.": the
    writer closed their text and signed it, and the card their mail tool puts under it opens
    with their full name; the sentences in that card (where they live now, when or how they
    answer) are the template's, written once for every reader. At most two, none a P.S., a
    closing, a question or a wish, and none saying "I" to "you" ("ik hoop dat je …"): those
    are words to this reader, and the paragraph is then no card."""
    return _closed_above(lines, start, 0, signed_under_text=True) \
        and len(notes) <= _MAX_CARD_NOTES \
        and sum(len(note) for note in notes) <= _MAX_NOTE_CHARS \
        and not any(_POSTSCRIPT.match(note) or _CLOSING.match(note)
                    or note.endswith(("?", "!")) for note in notes) \
        and not _one_person_to_another(" ".join(notes))


# "dr.", "Prof. dr. ir.", "Me", "Mevr.": a title before a name on a card's name line.
_PERSON_TITLE = re.compile(
    r"(?i)(?:(?:dr|drs|prof|ir|ing|mr|me|mevr|dhr|mme|mlle|mrs|ms|mx|lic|pr)\.?[ \t]+)+(?=\S)")


def _name_line_view(content: str, name_words: re.Pattern[str]) -> str:
    """ "dr. Hilde Claes", "Dr Aurélie ᴍʙᴜʏɪ": a card's name line as it reads, without the
    title before the name and with look-alike letters folded, when that is a name line; the
    line unchanged otherwise."""
    if _only_names(content, name_words):
        return content
    view = _matching_view(content)[0]
    view = view[title.end():] if (title := _PERSON_TITLE.match(view)) else view
    return view if _only_names(view, name_words) else content


_MIN_TITLE_WORDS = 2


def _title_case(content: str) -> bool:
    """ "Athénée Royal de Namur", "Sint-Jozefscollege Kortrijk": every word a capitalised one
    or a particle, at least two capitalised words, no closing punctuation."""
    words = _WORD.findall(content)
    if re.search(r"[.!?:,;]\s*$", content) or _CLOSING.match(content.strip()):
        return False
    capitalised = [word for word in words if word[0].isupper()]
    return len(capitalised) >= _MIN_TITLE_WORDS and all(
        word[0].isupper() or word.casefold().strip("'’") in _TITLE_PARTICLES for word in words)


# "I", "me", "my", "ik", "mijn", "moi", "mon", "j'…": a word of the one person writing. An
# organisation's disclaimer speaks as "we" to "you" ("please notify us"); one person's, a
# freelancer's, says "me" once ("please notify me"). "CONFIDENTIALITY NOTICE: … If you are my
# dad …, knock on my door … respecting my privacy" is the writer's own, however it is labelled.
# ("ma", "mes" are left out: "ma-do" in a card is Monday to Thursday.)
_ONE_WRITERS_WORD = re.compile(
    r"(?<![\w'’])(?:(?i:me|my|mine|myself|ik|mij|mijn|mezelf|moi|mon)(?![\w'’])"
    r"|I(?![\w])|(?i:[jm])['’](?=\w))")
_FIRST_PERSON_WORDS = 3


def _in_first_person(text: str) -> bool:
    """Whether `text` holds enough words of one person writing to be theirs, not a notice."""
    return len(_ONE_WRITERS_WORD.findall(text)) >= _FIRST_PERSON_WORDS


# "Disclaimer: dit bericht is vertrouwelijk … Dat geldt ook voor mama!!": a legal text never
# shouts; a disclaimer with a doubled "!" (or "?!") is the writer's own joke on one.
_SHOUTED = re.compile(r"[!?]!|!\?")


def _shouts(text: str) -> bool:
    return _SHOUTED.search(text) is not None


def _is_disclaimer_line(content: str) -> bool:
    """ "Disclaimer: CAW vzw kan niet aansprakelijk gesteld worden voor de inhoud van dit
    bericht.", "The views expressed in this email are not those of …": about the mail itself,
    and labelled as a disclaimer or saying what only a disclaimer says."""
    if len(content) > _MAX_DISCLAIMER_CHARS or _THIS_MAIL.search(content) is None \
            or _in_first_person(content) or _shouts(content):
        return False
    return _DISCLAIMER_LABEL.match(content) is not None or _LEGAL.search(content) is not None


def _is_disclaimer(lines: list[_Line], start: int, end: int) -> bool:
    """A paragraph with several disclaimer words, or an "think before you print" line."""
    if end - start > _MAX_DISCLAIMER_LINES \
            or sum(len(line.content) for line in lines[start:end]) > _MAX_DISCLAIMER_CHARS:
        return False
    if _is_contact_paragraph(lines[start:end]):
        return True
    if _in_first_person(" ".join(line.content for line in lines[start:end])):
        return False
    text = " ".join(line.content.strip() for line in lines[start:end])
    if _shouts(text):
        return False
    # "Dit bericht werd verstuurd via het leerlingenplatform van VTI Brugge. Berichten / kunnen
    # door de school worden nagelezen.": a platform's footer wrapped over two lines, its second
    # line a sentence of its own, is the footer all the same. A platform's footer never says
    # "ik" or "mijn": "Dit bericht werd verstuurd via de gsm van mijn mama …" is the writer's.
    if end - start > 1 and _is_footer(text) and _ONE_WRITERS_WORD.search(text) is None:
        return True
    marks: set[str] = set()
    for line in lines[start:end]:
        if _ENVIRONMENT_LINE.fullmatch(line.content.strip()):
            return True
        marks.update(match.group().casefold() for match in _DISCLAIMER.finditer(line.content))
    # "Matricule 2011-0457 / Ce message est destiné …": the sentence about the mail may open
    # any line of the paragraph, under the card lines it closes.
    if (marks or _LEGAL.search(text)) and (_ABOUT_THIS_MAIL.search(text) or any(
            _ABOUT_THIS_MAIL.match(line.content.strip()) for line in lines[start:end])) \
            and len(text) <= _MAX_SHORT_DISCLAIMER_CHARS:
        return True
    return len(marks) >= _DISCLAIMER_MARKS


# "Ce courriel émane du CPAS de Liège, Place Saint-Jacques 13, 4000 Liège. Appelez le +32 …":
# an employer's footer written as sentences; several contact details in one paragraph below
# the writer's first one are a signature, however it is phrased.
_CONTACT_PARAGRAPH_DETAILS = 3


def _is_contact_paragraph(paragraph: list[_Line]) -> bool:
    """Contact details written as sentences: the line-by-line walk stops at sentences, so
    such a paragraph is taken whole; a paragraph with a closing greeting or opening with a
    P.S. is the writer's own, and a block of short contact lines is left to that walk."""
    contents = [line.content.strip() for line in paragraph if not line.blank]
    return (
        # "PS: het CLB zit in de Stationsstraat 12, 9000 Gent, bel …": the writer's advice.
        not (contents and _POSTSCRIPT.match(contents[0]))
        and sum(_contact_details(content) for content in contents) >= _CONTACT_PARAGRAPH_DETAILS
        and any(len(content) > _SIGNATURE_LINE_CHARS or _SENTENCE.fullmatch(content)
                for content in contents)
        and not any(_CLOSING.match(content) for content in contents)
        # "… (vérifie sur leur site, et demande-moi si tu veux d'autres villes)" under the
        # places the writer recommends: their words to the reader, not an employer's footer.
        and not _one_person_to_another(" ".join(contents))
    )
