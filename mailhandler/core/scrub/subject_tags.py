"""Tags a volunteer's work mailbox writes into the Subject of everything it sends.

A helpdesk tool's ticket number or a secure mail gateway's banner names the volunteer's
employer, not a word of their answer; the answer's Subject reaches the help-seeker without
them. Pure: a function of the Subject alone, so the handler stays a thin edge and the rule is
tested without a mail.
"""

from __future__ import annotations

import re

# "[#ABC-10234]", "[Ticket#40712]", "[Case: 5521]", "[SD-9921]", "[Ref: 40712]": the tag a work
# mailbox's helpdesk tool (Freshdesk, Zendesk, TOPdesk, Jira, ServiceNow) writes into the
# Subject of every mail it sends: its number names the volunteer's employer's ticket, not a
# word of their answer. A tag is told by a "#" or "nr"/"no"/"n°", a ticket word, or a key of
# capitals before its number; "[2]" or "[deel 2]" is no ticket.
_TICKET_TAG = re.compile(
    r"\s?(?:(?P<open>[\[(])[ \t]?)?(?P<word>(?i:ticket|case|request|incident|melding|dossier"
    r"|demande|zaak|ref|reference|référence|referentie|call)[ \t]?)?"
    r"(?P<mark>#|:|(?i:nr|no|n°)\.?)?[ \t]?"
    # "SD-9921", "SR-2026-00417", ServiceNow's "INC0012345" (capitals joined to the digits).
    r"(?P<key>[A-Z]{2,10}(?:-|(?=\d{5}))(?P<year>(?:19|20)\d\d-)?)?"
    r"(?P<number>\d{3,12})[ \t]?(?(open)[\])]|(?![\w#-]))")
# "[call 1712]", "[No. 116123]", "[#100]": a number to dial (a helpline's short number, the
# European 116 numbers) or to count is the volunteer's word, not a ticket's; so is a key before
# a year ("[WK-2026]").
_SHORT_NUMBER = re.compile(r"\d{3,4}|116\d{3}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_ticket_tag(match: re.Match[str]) -> bool:
    word = (match["word"] or "").strip().casefold()
    if not match["open"]:
        # "Ticket#40712" written without brackets: only a ticket word with its "#".
        return bool(word) and word != "call" and match["mark"] == "#"
    if match["key"]:
        return bool(match["year"]) or not _YEAR.fullmatch(match["number"])
    # "[melding 1712]", "[dossier 116111]": a word of the language and a number to dial, no
    # tool's mark between, are the volunteer's own.
    if word in {"melding", "dossier", "demande", "zaak"} and not match["mark"] \
            and _SHORT_NUMBER.fullmatch(match["number"]):
        return False
    if word and word != "call":
        return True
    return bool(word or (match["mark"] and match["mark"] != ":")) \
        and not _SHORT_NUMBER.fullmatch(match["number"])


def _without_ticket_tags(subject: str) -> str:
    """`subject` without a helpdesk tool's ticket tags (_TICKET_TAG, _is_ticket_tag)."""
    return _TICKET_TAG.sub(lambda m: "" if _is_ticket_tag(m) else m.group(), subject)


# "[Verzonden via beveiligde mail AZ Sint-Remi]", "[Sent via Secure Mail – Northwind Bank]",
# "[Envoyé par messagerie sécurisée CHU Liège]", "[Encrypted]", "(Verstuurd met encryptie –
# OCMW Lebbeke)": the tag a work mailbox's secure mail gateway writes into the Subject of every
# mail it lets out, naming the volunteer's employer more often than not; no word of their
# answer. Told by how a gateway says it: sent securely or sent via a secure mail ("verzonden
# via", "sent securely by", "envoyé par"), a secured mail or message ("beveiligde mail",
# "message chiffré"), or the securing word alone. A volunteer's own tag that only holds such a
# word ("[tip: maak je account beveiligd]", "[encrypted apps]") stays.
_SECURING = (r"(?:beveiligde?|versleutelde?|secured?|securely|encrypted|encryptie|encryption"
             r"|versleuteling|s[ée]curis[ée]e?|chiffr[ée]e?|chiffrement)")
_MAIL_WORD = r"(?:e-?mail|mail|bericht|message|messagerie|courriel)"
_SECURE_MAIL_TAG = re.compile(
    r"(?i)[ \t]?(?:\[|\((?=[ \t]*(?:verzonden|verstuurd|sent|envoy)))[ \t]*(?:"
    r"(?:verzonden|verstuurd|sent|envoy[ée]e?|transmis)[ \t]+(?:(?:via|by|met|par|through"
    rf"|using|with|avec)[ \t]+(?:(?:een|a|an|la|le|une?|de)[ \t]+)?(?:{_MAIL_WORD}[ \t]+)?)?"
    rf"{_SECURING}"
    rf"|{_SECURING}[ \t]+{_MAIL_WORD}|{_MAIL_WORD}[ \t]+{_SECURING}"
    rf"|{_SECURING}[ \t]*(?=\]))(?![\w'’])"
    # "[beveiligde mail: zo stel je het in]": a tip to the reader ("je", "tu") is the volunteer's.
    r"(?![^\[\]()\n]{0,80}?(?<![\w'’])(?i:je|jij|jouw|tu|toi)(?![\w'’]))[^\[\]()\n]{0,80}[\])]")


# "[Vertrouwelijk – AZ Sint-Remi]", "[Confidentiel – CSH Ciney]", "[Zivver – OCMW Lebbeke]":
# a work mailbox's marking (confidential) or its gateway's product, a dash, and the employer
# after it. The marking alone ("[vertrouwelijk]") names no one and stays, as does a tip to the
# reader ("[vertrouwelijk – alleen voor jou]": a lower-case word after the dash).
_MARKED_ORGANISATION_TAG = re.compile(
    r"(?i)[ \t]?\[[ \t]*(?:vertrouwelijk|strikt[ \t]+vertrouwelijk|confidentiel(?:le)?"
    r"|confidential|strictly[ \t]+confidential|private[ \t]+(?:&|and)[ \t]+confidential"
    r"|zivver|egress|virtru|mimecast|proofpoint|tresorit|echoworx|paubox)"
    r"[ \t]*[–—|:-][ \t]*(?-i:[A-ZÀ-Ý])[^\[\]\n]{1,60}\]")
# "[OCMW Lebbeke #40712]": a helpdesk's ticket number after the employer's name.
_ORGANISATION_TICKET_TAG = re.compile(
    r"[ \t]?\[[ \t]*[A-ZÀ-Ý][\w'’.&-]*(?:[ \t]+[\w'’.&-]+){0,4}[ \t]+#[ \t]?"
    r"(?!(?:19|20)\d\d[ \t]*\])\d{4,12}[ \t]*\]")


def without_tool_tags(subject: str) -> str:
    """`subject` without a helpdesk tool's ticket tags (_TICKET_TAG, _is_ticket_tag,
    _ORGANISATION_TICKET_TAG), a secure mail gateway's tag (_SECURE_MAIL_TAG) and a marking
    naming the employer (_MARKED_ORGANISATION_TAG)."""
    subject = _ORGANISATION_TICKET_TAG.sub("", _without_ticket_tags(subject))
    return _MARKED_ORGANISATION_TAG.sub("", _SECURE_MAIL_TAG.sub("", subject))


def without_forward_tags(subject: str, pseudonym: str) -> str:
    """`subject` without what our own forward put in front of it: the conversation's code
    ("[K7Q2MX]") and the tags the forward template sets before it ("[DRINGEND] [K7Q2MX]").

    The young person never saw the code, and "URGENT" in the Subject of an answer is read by
    whoever shares their mailbox, often a parent. Whatever the template's language, its tags
    stand right before the code, in brackets; a volunteer's own bracketed words elsewhere stay.
    The code written bare (a client that dropped the brackets) goes too: it is ours, not theirs.
    """
    if not pseudonym:
        return subject
    code = re.escape(pseudonym)
    subject = re.sub(r"(?:\[[^\[\]\r\n]{1,30}\][ \t]*)*\[" + code + r"\][ \t]?", "", subject)
    subject = re.sub(r"\b" + code + r"\b[ \t]?", "", subject)
    return re.sub(r"[ \t]{2,}", " ", subject).strip()
