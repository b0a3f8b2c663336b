"""Signatures under a delimiter ("-- ", a rule) and the mobile clients' "Sent from" lines.

Separate from the undelimited signatures: a delimiter the writer typed is a cue of its own.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mailhandler.core.scrub.attributions import (
    _HISTORY_SEPARATOR,
    _MAX_MARKER_CHARS,
    _attribution,
    _header_blocks,
    _Role,
)
from mailhandler.core.scrub.identity import (
    Identity,
)
from mailhandler.core.scrub.lines import (
    _join,
    _Line,
    _split_lines,
)
from mailhandler.core.scrub.signature_lines import (
    _CONVERSATION,
    _DISCLAIMER,
    _FOOTER_LINE,
    _MOBILE_SIGNATURE,
    _ROLE_WORD,
    _SENTENCE,
    _contact_details,
    _introduces,
    _is_client_line,
    _line_kind,
    _signature_name_words,
)

# --------------------------------------------------------------------------- signatures

_SIGNATURE_DELIMITER = re.compile(r"--[ \t\u00a0]*")
# "---", "———", "___" on a line of their own: a rule people draw above the signature they
# typed themselves. Taken as a delimiter only when what follows it looks like a signature
# (the same check as for "-- "); Outlook's long rule of underscores over "Van: …" is history.
# A dash alone ("—") is how an app's footer sets itself apart ("— / Dit bericht werd verstuurd
# via …"): a rule too, under the same strict check.
_RULE_DELIMITER = re.compile(r"(?:-{3,}|[—–]{1,}|_{3,9})[ \t\u00a0]*")


def _is_delimiter(line: _Line, who: Identity | None) -> bool:
    """A "-- " line; or a rule, when the writer is known (see _looks_like_signature_block)."""
    return bool(_SIGNATURE_DELIMITER.fullmatch(line.body)
                or (who is not None and _RULE_DELIMITER.fullmatch(line.body)))


def strip_signature(text: str, marker: str = "", who: Identity | None = None) -> str:
    """remove_delimited_signature, the text only (see there)."""
    return remove_delimited_signature(text, marker, who).text


_POSTSCRIPT = re.compile(r"(?i)p\.?\s?p?\.?\s?s\b")  # "PS", "P.S.", "pps": the writer's own
# A motto under the name: a whole line in quotation marks, perhaps with who said it
# ('"Elke stem telt." – Gandhi'). Below "-- " it is part of the card, not the writer's sentence.
_MOTTO_LINE = re.compile(
    r"(?:\"[^\"\n]{2,200}\"|“[^”\n]{2,200}”|„[^“”\n]{2,200}[“”]|«[^»\n]{2,200}»"
    r"|‘[^’\n]{2,200}’)(?:\s{0,3}[-–—]\s{0,3}[^\W\d_][\w .'’-]{0,40})?"
)


# "Professeure de français et de morale – AR Namur", "Leerkracht Nederlands – Engels |
# klastitularis 5B": a card's role line, a trade first and a separator after it, longer than a
# short line because subjects and a school are named. Looked for only under "-- ".
_TEACHING_ROLE = re.compile(
    r"(?i)(?:professeure?|prof|enseignante?|institut(?:eur|rice)|juf|meester|lecturer|tutor"
    r"|docente?|lerares|leraar|leerkracht|teacher)\b")
_ROLE_SEPARATOR = re.compile(r"\s[–—|·•]\s")
_MAX_ROLE_LINE_WORDS = 14


def _is_role_line(text: str) -> bool:
    """A line opening with a trade and cut by a dash or a bar, not ending a sentence."""
    return bool((_ROLE_WORD.match(text) or _TEACHING_ROLE.match(text))
                and _ROLE_SEPARATOR.search(text) and len(text.split()) <= _MAX_ROLE_LINE_WORDS
                and not re.search(r"[.!?:]\s*$", text))


# "Ce poste est réservé aux usagers de la bibliothèque. Merci de vous déconnecter après usage.":
# the notice a library's, a school's or a youth centre's shared computer or account adds to its
# signature, to whoever uses it: what the place is for, and a polite request to log out. It
# speaks to every user, never in the writer's "I" ("je dois me déconnecter" stays theirs), so
# under "-- " it closes the account's card as a disclaimer does.
_SHARED_ACCOUNT_NOTICE = re.compile(
    r"(?i)(?:r[ée]serv[ée]e?s?\s+aux|reserved\s+for(?:\s+the)?|voorbehouden\s+(?:aan|voor))"
    r"\s+(?:usagers|utilisateurs|lecteurs|membres|[ée]l[èe]ves|users|members|patrons|students"
    r"|visitors|gebruikers|leden|leerlingen|bezoekers)\b"
    r"|(?:merci\s+de|veuillez|pensez\s+[àa])\s+vous\s+d[ée]connecter"
    r"|please\s+(?:log|sign)\s*(?:out|off)"
    r"|(?:gelieve|vergeet\s+niet)\s+(?:je\s+|u\s+)?(?:af\s+te\s+melden|uit\s+te\s+loggen)"
    # "Wis je gegevens na gebruik.", "Effacez vos données après usage.", "Clear your data after
    # use.": a guest or hotel computer's request to every user to leave nothing of theirs.
    r"|(?:wis|verwijder)\s+(?:je|uw)\s+(?:gegevens|geschiedenis)|(?:log|meld)\s+(?:je|u)\s+af\s+na"
    r"\s+gebruik|(?:effacez|supprimez)\s+vos\s+(?:donn[ée]es|historique)"
    r"|(?:clear|delete|erase)\s+your\s+(?:data|details|history)\s+after\s+use"
)


def _looks_like_signature_block(lines: list[_Line], who: Identity | None,
                                strict: bool = False) -> bool:
    """What follows a "-- " line is a signature when it has a name, a role or contact
    details, and no sentence of the writer's ("--\nps mijn ouders mogen dit nie weten" is
    the writer's text). Disclaimer paragraphs do not count as sentences; a P.S. does, whatever
    its words. Below a rule
    (`strict`), only name and contact lines: "---\nEn nog iets." is the writer's."""
    name_words = _signature_name_words(who) if who is not None else None
    content = [line for line in lines if not line.blank]
    if not content:
        return True
    if strict:
        # Under a rule only a card: name and contact lines, one at least unmistakable. A
        # young person's "---" between parts of their story is followed by more story.
        texts = [line.content.strip() for line in content]
        # "---" / "Dit bericht werd verzonden via Smartschool door … (4B)." / "Antwoorden op
        # dit bericht is niet mogelijk.": a platform's footer, sentences of no one's.
        texts = _without_platform_footer(texts)
        kinds = [_line_kind(text, name_words) for text in texts]
        return (not texts or "sure" in kinds) and all(kind in ("sure", "name") for kind in kinds) \
            and not any(_SENTENCE.fullmatch(text) or _POSTSCRIPT.match(text) for text in texts)
    signed = False
    for line in content:
        text = line.content.strip()
        if _POSTSCRIPT.match(text):
            # "PS : c'est gratuit et confidentiel.": a disclaimer's word in a P.S. of theirs.
            return False
        kind = _line_kind(text, name_words)
        if kind in ("sure", "name") or (name_words is None and len(text.split()) <= 3):
            signed = True
        elif (kind == "text" or _SENTENCE.fullmatch(text)) and not _DISCLAIMER.search(text) \
                and not _SHARED_ACCOUNT_NOTICE.search(text) \
                and not _MOTTO_LINE.fullmatch(text) and not _is_role_line(text) \
                and not (signed and _card_fields_line(text)):
            return False
    return signed


# "73 de G4XYZ – call sign G4XYZ, Leeds (IO93fs)", "Atelier Klei – open op afspraak – Lier":
# under "-- " and the writer's name, a line of fields cut by a dash or a bar, however many
# words: no sentence's end, and no word of one person to another ("ik", "je", "you", "moi").
_FIELD_CUT = re.compile(r"\s[–—|·•]\s")


def _card_fields_line(text: str) -> bool:
    """Whether `text` is a card's line of fields (see _FIELD_CUT above)."""
    return _FIELD_CUT.search(text) is not None and re.search(r"[.!?]\s*$", text) is None \
        and _CONVERSATION.search(text) is None


_MAX_DELIMITED_CARD_LINES = 6


def _card_under_delimiter(lines: list[_Line], start: int, end: int,
                          who: Identity | None) -> int:
    """ "-- / Gareth Pryce & Nkechi Pryce / 41 Holloway Crescent, Cardiff … / 029 … // P.S. If
    you need to hide …": under "-- ", a card (the first paragraph, right under the delimiter)
    and then the writer's own words, which make the whole no signature. The card is a few
    lines of signature only (no sentence, no P.S.), one of them naming the writer and one
    giving a contact detail. Where the card ends, or 0 when there is no such card or nothing
    but blank lines under it."""
    name_words = _signature_name_words(who) if who is not None else None
    if name_words is None:
        return 0
    while start < end and lines[start].blank:
        start += 1  # "-- <br>" in HTML, turned into text, may stand a blank line above the card
    stop = start
    while stop < end and not lines[stop].blank:
        stop += 1
    if stop - start == 1:
        # Outlook's HTML: each line of the card a paragraph of its own, one blank line apart.
        while stop + 1 < end and lines[stop].blank and not lines[stop + 1].blank \
                and (stop + 2 == end or lines[stop + 2].blank) \
                and sum(1 for line in lines[start:stop] if not line.blank) \
                < _MAX_DELIMITED_CARD_LINES \
                and _is_card_field(lines[stop + 1].content.strip(), name_words):
            stop += 2
    card = [line.content.strip() for line in lines[start:stop] if not line.blank]
    if not 1 < len(card) <= _MAX_DELIMITED_CARD_LINES \
            or not any(not line.blank for line in lines[stop:end]) \
            or not _looks_like_signature_block(lines[start:stop], who) \
            or any(_SENTENCE.fullmatch(text) or _POSTSCRIPT.match(text) or text.endswith("?")
                   or _line_kind(text, name_words) == "text" for text in card) \
            or not any(name_words.search(text) for text in card) \
            or not any(_contact_details(text) or _is_role_line(text) for text in card):
        # A contact detail, or a role line ("Leerkracht Nederlands – Atheneum Beveren"),
        # which under "-- " is the card's as surely.
        return 0
    return stop


def _is_card_field(text: str, name_words: re.Pattern[str]) -> bool:
    """A line a card under "-- " is made of: a name, a contact detail, a role."""
    return _line_kind(text, name_words) in ("sure", "name") or _is_role_line(text)


# What a platform writes under its footer: that its mail cannot be answered.
_NO_REPLY_NOTE = re.compile(
    r"(?i)(?:antwoorden\s+op\s+dit\s+bericht\s+is\s+niet\s+mogelijk"
    r"|(?:je|u)\s+kan\s+niet\s+(?:antwoorden\s+op|reageren\s+op)\s+dit\s+bericht"
    r"|(?:replies|replying)\s+to\s+this\s+(?:message|e-?mail)\s+(?:is|are)\s+not\s+possible"
    r"|(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:message|e-?mail)"
    r"|(?:il\s+n['’]est\s+pas\s+possible\s+de\s+|(?:merci\s+de\s+)?ne\s+(?:pas\s+)?)"
    r"r[ée]pond(?:re|ez)\s+(?:pas\s+)?[àa]\s+ce\s+message"
    # "Antwoorden op dit bericht gaan rechtstreeks naar de afzender.": where answers go.
    r"|antwoorden\s+op\s+dit\s+bericht\s+(?:gaan|komen)\s+(?:rechtstreeks\s+|direct\s+)?"
    r"(?:naar|bij)\s+de\s+afzender"
    r"|(?:replies|answers)\s+to\s+this\s+(?:message|e-?mail)\s+(?:go|are\s+sent)\s+"
    r"(?:directly\s+|straight\s+)?to\s+the\s+sender"
    r"|les\s+r[ée]ponses\s+[àa]\s+ce\s+message\s+(?:sont\s+envoy[ée]es|vont)\s+"
    r"(?:directement\s+)?[àa]\s+l['’]exp[ée]diteur)\W{0,3}"
)
# "Clubplein – alles voor je club op één plek": the platform named in the footer above, then
# its slogan.
_PLATFORM_NAMED = re.compile(
    r"(?i)\b(?:via|through|par|door\s+middel\s+van)\s+(?P<platform>[A-Z][\w.-]{2,40})")
_SLOGAN_SEPARATOR = re.compile(r"\s*[-–—:|·]\s+")


# "Message envoyé depuis la plateforme pédagogique. Ne pas utiliser …", "Bericht verstuurd
# via het schoolplatform": a platform's line under a rule, in no one's words.
_PLATFORM_SENT_LINE = re.compile(
    r"(?i)(?:message|bericht|e-?mail|mail|courriel)\s+(?:envoy[ée]|verstuurd|verzonden|sent)\s+"
    r"(?:depuis|via|par|from|through|vanuit|vanaf|met)\s+(?:la\s+|le\s+|l['’]|het\s+|de\s+|the\s+)?"
    r"(?:plate-?forme|platform|schoolplatform|portal|portail|app|application|applicatie)\b.{0,160}"
)


def _without_platform_footer(texts: list[str]) -> list[str]:
    """`texts` (the lines under a rule) without a footer line of a platform's ("Dit bericht
    werd verzonden via …") and the notes on answering it and its slogan right under it."""
    kept: list[str] = []
    in_footer = False
    platforms: set[str] = set()
    for text in texts:
        if _FOOTER_LINE.fullmatch(text) or _PLATFORM_SENT_LINE.fullmatch(text):
            in_footer = True
            platforms |= {match["platform"].casefold() for match in _PLATFORM_NAMED.finditer(text)}
        elif not (in_footer and (_NO_REPLY_NOTE.fullmatch(text) or _slogan_of(text, platforms))):
            in_footer = False
            kept.append(text)
    return kept


def _slogan_of(text: str, platforms: set[str]) -> bool:
    """ "Clubplein – alles voor je club op één plek" under a footer sent via Clubplein."""
    parts = _SLOGAN_SEPARATOR.split(text, maxsplit=1)
    return len(parts) == 2 and parts[0].strip().casefold() in platforms and bool(parts[1].strip())


def remove_delimited_signature(text: str, marker: str = "",
                               who: Identity | None = None) -> SignatureCut:
    """Remove the sender's "-- " signature and "Sent from my iPhone" lines.

    A volunteer's signature carries their name, phone number, sometimes an employer: from
    a "-- " line (or "--", as clients that trim trailing blanks leave it) up to where quoted
    history starts, or to the end. The history itself stays, and the blank lines that
    separated it from the reply. Every such block goes, also one in Outlook-style history
    that is not quoted with ">": it can only be an earlier signature of the same thread.
    A delimiter that opens the text is not one: what follows is the writer's only text.
    Each removed block leaves `marker` in its place when one is given. Mobile footers
    reveal the device rather than the person; they go without a marker.
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    kept: list[_Line] = []
    removed = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        end = _signature_end(lines, blocks, index) \
            if _is_delimiter(line, who) or _long_rule_over_name(lines, blocks, index, who) \
            else index
        if end > index and any(not k.blank for k in kept) \
                and _looks_like_signature_block(  # below a rule, not "-- ": strictly
                    lines[index + 1 : end], who,
                    strict=_SIGNATURE_DELIMITER.fullmatch(line.body) is None):
            gone = [line.content.strip() for line in lines[index + 1 : end] if not line.blank]
            lost = len(gone)
            removed += lost
            # "-- / Sent with Proton Mail" (a client's signature holder in HTML): a device,
            # no one's words; it goes without a marker, as a client line does.
            if marker and lost and not all(_is_client_line(line) for line in gone):
                kept.append(line._replace(content=marker, eol=lines[end - 1].eol))
            index = end
            continue
        if end > index and any(not k.blank for k in kept) \
                and _SIGNATURE_DELIMITER.fullmatch(line.body) \
                and (card_end := _card_under_delimiter(lines, index + 1, end, who)):
            # "-- / Agnieszka Nowak & Pieter Claes / Tulpenlaan 9, … / 059 … // PS: als het
            # thuis te moeilijk blijft, …": the card goes, the writer's words under it stay.
            removed += sum(1 for below in lines[index + 1 : card_end] if not below.blank)
            if marker:
                kept.append(line._replace(content=marker, eol=lines[card_end - 1].eol))
            index = card_end
            continue
        if not line.quoted and _is_client_line(line.content.strip()) and (
            _MOBILE_SIGNATURE.fullmatch(line.content.strip()) or _is_last_text(lines, index)
        ) and not _quoted_by_writer(lines, blocks, index):
            index += 1
            continue
        kept.append(line)
        index += 1
    return SignatureCut(_join(kept), removed)


_LONG_RULE = re.compile(r"_{10,80}[ \t\u00a0]*")


def _long_rule_over_name(lines: list[_Line], blocks: dict[int, list[_Role]], index: int,
                         who: Identity | None) -> bool:
    """Outlook's long rule of underscores, when no header block but a line opening with the
    writer's own name follows it: a platform's signature ("____ / Nathan Leroy – Élève …")."""
    if who is None or not _LONG_RULE.fullmatch(lines[index].body):
        return False
    name_words = _signature_name_words(who)
    below = next((i for i in range(index + 1, len(lines)) if not lines[i].blank), None)
    if below is None or below in blocks or name_words is None or lines[below].quoted:
        return False
    match = name_words.search(lines[below].content)
    return match is not None and not lines[below].content[: match.start()].strip()


def _quoted_by_writer(lines: list[_Line], blocks: dict[int, list[_Role]],
                      index: int) -> bool:
    """ "sur ton iPhone, chaque mail se termine par une ligne automatique, celle-ci : /
    Envoyé de mon iPhone / Tu peux l'enlever dans Réglages …": a client line the writer
    introduces with a sentence of their own and writes on under is advice, not a device's."""
    above = index - 1
    while above >= 0 and lines[above].blank and above >= index - 2:
        above -= 1
    if above < 0 or lines[above].blank or lines[above].quoted \
            or not _introduces(lines[above].content):
        return False
    below = next((i for i in range(index + 1, len(lines)) if not lines[i].blank), None)
    return below is not None and not lines[below].quoted and below not in blocks \
        and not _is_history_separator(lines[below].content) and not _attribution(lines, below) \
        and not _is_client_line(lines[below].content.strip()) \
        and _SENTENCE.match(lines[below].content.strip()) is not None


def _is_last_text(lines: list[_Line], index: int) -> bool:
    """No own text below this line (only blank lines or quoted history)."""
    return all(line.blank or line.quoted for line in lines[index + 1 :])


def _signature_end(lines: list[_Line], blocks: dict[int, list[_Role]], delimiter: int) -> int:
    """Where the signature that starts at `delimiter` ends, keeping blank lines before history."""
    history = _history_start(lines, blocks, delimiter + 1)
    if history == len(lines):
        return history
    end = history
    while end > delimiter + 1 and lines[end - 1].blank:
        end -= 1
    return end


def _is_history_separator(content: str) -> bool:
    stripped = content.strip()
    return len(stripped) <= _MAX_MARKER_CHARS and bool(_HISTORY_SEPARATOR.fullmatch(stripped))


def _history_start(lines: list[_Line], blocks: dict[int, list[_Role]], start: int) -> int:
    for index in range(start, len(lines)):
        line = lines[index]
        if (
            line.quoted
            or _is_history_separator(line.content)
            or _attribution(lines, index)
            or index in blocks
        ):
            return index
    return len(lines)


class SignatureCut(NamedTuple):
    """A text without its signature blocks, and how many lines of them went."""

    text: str
    removed_lines: int
