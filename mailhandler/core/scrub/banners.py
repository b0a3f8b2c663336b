"""Banners and notices around the writer's words: "[EXTERN]" warnings, prepended disclaimers,
a banner's organisation, and the conversation's pseudonym in a greeting.

Separate because these are lines a mail server or the helpline put there, not the writer.
"""

from __future__ import annotations

import re

from mailhandler.core.scrub.lines import (
    _join,
    _Line,
    _split_lines,
)
from mailhandler.core.scrub.undelimited import (
    _is_contact_paragraph,
    _is_disclaimer,
)

# --------------------------------------------------------------------------- banners

# "[EXTERN] Deze e-mail is afkomstig van buiten AZ Groeninge. Klik niet op links …", "CAUTION:
# This email originated from outside of …": the writer's mail server puts it above their words,
# and it names their employer. Two signals: it speaks of the mail coming from outside, and it
# warns of links, attachments or the sender.
_FROM_OUTSIDE = re.compile(
    r"(?i)(?:e-?mail|message)\s+(?:has\s+)?originated\s+(?:from\s+)?outside"
    r"|from\s+an?\s+external\s+sender"
    r"|(?:e-?mail|bericht)\s+(?:is|werd|komt)\s+(?:afkomstig\s+)?van\s+(?:buiten|een\s+externe)"
    r"|externe\s+afzender|(?:courriel|message|e-?mail)\s+provient\s+de\s+l['’]ext[ée]rieur"
    r"|exp[ée]diteur\s+externe|(?:e-?mail|nachricht)\s+(?:stammt|kommt)\s+von\s+au(?:ß|ss)erhalb"
    r"|externe[nr]?\s+absender"
)
_BANNER_WARNING = re.compile(
    r"(?i)\b(?:click|klik|cliquez|klicken|links?|liens?|attachments?|bijlagen?|pi[èe]ces?\s+jointes?"
    r"|anh[äa]nge?|sender|afzender|exp[ée]diteur|absender)\b"
)
_EXTERNAL_TAG = re.compile(r"(?i)[ \t]*\[(?:extern(?:al|e)?|ext|buiten|outside)\][ \t]*")
_MAX_BANNER_LINES = 5
_MAX_BANNER_CHARS = 600


def _first_paragraph(lines: list[_Line]) -> tuple[int, int] | None:
    """(first, end) of the first run of non-blank lines, where a mail server puts what it
    adds above the writer's words."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None:
        return None
    end = first
    while end < len(lines) and not lines[end].blank:
        end += 1
    return first, end


def drop_external_banner(text: str) -> str:
    """The text without the "external sender" banner a mail server put above the writer's
    words (both signals in its first paragraph, and every line of it part of the banner), or
    a bare "[EXTERNAL]" tag opening it. For volunteers' answers: their employer's server adds
    it; a young person who pastes one quotes it, and keeps it."""
    lines = _split_lines(text)
    found = _first_paragraph(lines)
    if found is None:
        return text
    first, end = found
    paragraph = " ".join(line.content.strip() for line in lines[first:end])
    every_line_warns = all(_FROM_OUTSIDE.search(line.content)
                           or _BANNER_WARNING.search(line.content) for line in lines[first:end])
    if end - first <= _MAX_BANNER_LINES and len(paragraph) <= _MAX_BANNER_CHARS \
            and every_line_warns and _FROM_OUTSIDE.search(paragraph) \
            and _BANNER_WARNING.search(paragraph):
        while end < len(lines) and lines[end].blank:
            end += 1
        return _join(lines[:first] + lines[end:])
    tag = _EXTERNAL_TAG.match(lines[first].content)
    if tag is None:
        return text
    rest = lines[first].content[tag.end():]
    if rest.strip():
        return _join([*lines[:first], lines[first]._replace(content=rest), *lines[first + 1:]])
    return _join(lines[:first] + lines[first + 1:])


def drop_prepended_disclaimer(text: str) -> str:
    """The text without a disclaimer the employer's server put above the writer's words
    ("VERTROUWELIJK - Deze e-mail werd verzonden door een medewerker van …"): a first
    paragraph with several disclaimer words (see _is_disclaimer), with the writer's text
    below it. For volunteers' answers, like drop_external_banner."""
    lines = _split_lines(text)
    paragraph = _first_paragraph(lines)
    if paragraph is None:
        return text
    first, end = paragraph
    rest = end
    while rest < len(lines) and lines[rest].blank:
        rest += 1
    if rest == len(lines) or _is_contact_paragraph(lines[first:end]) \
            or not _is_disclaimer(lines, first, end):
        return text
    return _join(lines[:first] + lines[rest:])


# "… afkomstig van buiten Brouwerij De Molen.", "… originated from outside of Northwind
# Logistics.": the organisation an external-sender banner names is the reader's employer.
_BANNER_ORGANISATION = re.compile(
    r"[ \t]+(?:(?i:of|de|d['’]|du|von|der|des|the)[ \t]+)?"
    r"(?P<organisation>(?-i:[A-Z0-9])[\w&'’-]+(?:[ \t]+(?:(?:de|van|der|den|du|des|of|&)[ \t]+)?"
    r"(?-i:[A-Z0-9])[\w&'’-]*){0,6})")


def replace_banner_organisation(text: str, placeholder: str) -> str:
    """In an external-sender banner line, wherever it stands (also quoted under an Outlook
    header the writer left in their answer), the organisation it names is replaced."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        outside = _FROM_OUTSIDE.search(line[:_MAX_BANNER_CHARS])
        named = _BANNER_ORGANISATION.match(line, outside.end()) if outside else None
        if named is None or not _BANNER_WARNING.search(line):
            out.append(line)
            continue
        out.append(line[:named.start("organisation")] + placeholder
                   + line[named.end("organisation"):])
    return "".join(out)


# --------------------------------------------------------------------------- pseudonym


def drop_pseudonym_from_greetings(text: str, pseudonym: str) -> str:
    """ "Dag K7Q2MX," becomes "Dag,": a volunteer who greets the conversation's code would
    otherwise greet the help-seeker with a code they never saw (or, replaced like a name,
    with the helpline's name). Elsewhere the code stays as written."""
    if not pseudonym:
        return text
    greeting = re.compile(
        r"(?im)^([ \t>]*(?:dag|hoi|hallo|hey|hai|hi|hello|dear|beste|lieve|liefste|goeiedag|"
        r"goedemorgen|goedemiddag|goedenavond|bonjour|bonsoir|salut|coucou|cher|ch[èe]re)\b)"
        r"[ \t]+" + re.escape(pseudonym) + r"\b"
    )
    return greeting.sub(r"\1", text)


# --------------------------------------------------------------------------- sensitivity labels

# "Classification: Northwind Bank - Internal", "Classificatie: Intern – Stad Gent",
# "Sensitivity: General": the label an employer's mail tool (Microsoft Purview, Titus) stamps
# above or under the writer's words. Its level is one of a few fixed words; whatever else the
# label names, set apart by a dash or a bar, is the organisation that owns the mailbox: the
# writer's employer. A young person who pastes such a line would name a stranger's employer,
# which is no loss to replace either.
_LABEL_LINE = re.compile(
    r"(?i)(?P<key>[ \t]*(?:data[ \t]+)?(?:classification|classificatie|sensitivity|gevoeligheid"
    r"|sensibilit[ée]|confidentialit[ée]|vertrouwelijkheid)[ \t]*:[ \t]*)(?P<value>[^\r\n]{1,120})")
_LABEL_LEVEL = re.compile(
    r"(?i)(?:for[ \t]+)?(?:internal|intern|interne|public|publiek|openbaar|general|algemeen"
    r"|g[ée]n[ée]ral|confidential|vertrouwelijk|confidentiel(?:le)?|restricted|beperkt"
    r"|restreint|limited|personal|persoonlijk|personnel)(?:[ \t]+(?:use|only|gebruik|usage)){0,2}")
_LABEL_SEPARATOR = re.compile(r"([ \t]+[-–—][ \t]+|[ \t]*[|/][ \t]*)")


def replace_label_organisation(text: str, placeholder: str) -> str:
    """In a sensitivity label line ("Classification: Northwind Bank - Internal"), the
    organisation beside the level is replaced; the level and the label's key stay."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        label = _LABEL_LINE.fullmatch(body)
        if label is None:
            out.append(line)
            continue
        pieces = _LABEL_SEPARATOR.split(label["value"].rstrip())
        fields = pieces[::2]
        levels = [_LABEL_LEVEL.fullmatch(field.strip()) is not None for field in fields]
        if len(fields) < 2 or not any(levels) or all(levels):
            out.append(line)
            continue
        for i, is_level in enumerate(levels):
            if not is_level and fields[i].strip():
                pieces[2 * i] = placeholder
        out.append(label["key"] + "".join(pieces) + line[len(body):])
    return "".join(out)
