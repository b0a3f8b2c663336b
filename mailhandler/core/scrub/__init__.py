"""Make the text of a relayed mail name nobody but the helpline.

The relay promises that a help-seeker and a volunteer never learn each other's address or
name. Headers are rebuilt from an allowlist elsewhere; what leaks in practice is the body:
the quoted "On …, Jan <jan@…> wrote:" line, Outlook's quoted From:/To: block, a signature
with a phone number, a name typed by hand. These functions remove all of that from plain
text (and from the text nodes of HTML, once entities are decoded). They are pure: no I/O,
no logging, nothing that could copy a body somewhere.

Line endings are preserved: every function splits on "\\n" only and puts back exactly the
"\\r\\n" or "\\n" each line had, so a signed or quoted-printable re-encoding downstream sees
the same shape it would have seen without us.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.addresses import (
    replace_written_addresses as replace_written_addresses,
)
from mailhandler.core.scrub.attributions import (
    _ANY_ADDRESS,
    _header_blocks,
    _header_key,
    rewrite_attributions,
)
from mailhandler.core.scrub.identity import (
    _MIN_NAME_CHARS,
    _MIN_PART_LETTERS,
    Identity,
    _clean_names,
    _without_accents,
    replace_identity,
)
from mailhandler.core.scrub.lines import (
    _FROM_KEYS,
    _join,
    _Line,
    _split_lines,
)
from mailhandler.core.scrub.names import (
    _known_name_words,
    learn_names,
    learn_subject_names,
)
from mailhandler.core.scrub.names import (
    without_class_beside_name as without_class_beside_name,
)
from mailhandler.core.scrub.names_more import (
    _is_own_sender,
    learn_more_names,
)
from mailhandler.core.scrub.names_short_forms import (
    _is_short_form,
)
from mailhandler.core.scrub.names_signed import (
    _KISSES_AT_END,
    _MAX_SIGN_OFF_LINE_CHARS,
    _TWO_LETTER_SIGN_OFF,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _NOT_INTRODUCED,
    _NOT_SIGNED_NAMES,
)
from mailhandler.core.scrub.signature_lines import (
    _BRACKETED_AREA_PHONE,
    _CLOSING,
    _DATE_FIRST,
    _LOWER_FOREIGN_STREET,
    _LOWER_STREET_IN_TEXT,
    _MIN_PHONE_DIGITS,
    _MIN_TAIL_DIGITS,
    _NOT_STREETS,
    _PHONE,
    _ROLE_WORD,
    _STREET_IN_TEXT,
    _is_client_line,
    _is_service_number,
    _signature_name_words,
)
from mailhandler.core.scrub.signatures import (
    SignatureCut,
    remove_delimited_signature,
    strip_signature,
)
from mailhandler.core.scrub.undelimited import (
    _is_contact_paragraph,
    _is_disclaimer,
    _is_history_stretch,
    _own_stretch,
    _stretches,
    _title_case,
    remove_signature_blocks,
    strip_signature_block,
)

__all__ = [
    "Identity",
    "SignatureCut",
    "drop_external_banner",
    "drop_pseudonym_from_greetings",
    "learn_more_names",
    "learn_names",
    "learn_subject_names",
    "remove_delimited_signature",
    "remove_signature_blocks",
    "replace_contact_details",
    "replace_handles",
    "replace_employer_after_name",
    "extract_themes",
    "replace_identity",
    "rewrite_attributions",
    "scrub_text",
    "strip_signature",
    "strip_signature_block",
]


# --------------------------------------------------------------------------- contact details

# "mijn insta is @blauwe_vlinder.11", "snap warreeh", "discord maxou_lry", "tiktok: @x": the
# account a writer names after its app reaches them as surely as their address, whether or
# not it holds their name.
_APPS = (r"insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|discord|twitter|threads|bereal|twitch"
         r"|telegram|steam|psn|xbox|roblox|fortnite|minecraft|gamertag|pseudo|username"
         r"|gebruikersnaam")
_APP_HANDLE = re.compile(
    rf"(?i)(?<![\w@.#-])(?:{_APPS})(?:\s+(?:naam|name|account|username|handle|id|tag|pseudo))?"
    r"(?P<link>[ \t]*[:=][ \t]*|[ \t]+(?:is|c['’]est|est|heet|=)[ \t]*:?[ \t]*"
    r"|[ \t]*[?!][ \t]+|[ \t]+)"
    r"(?P<handle>@?(?:(?<=@)_+)?[^\W_](?:[\w.#-]*\w)?)"  # "@_mae.lle__": after "@", "_" too
)
# Discord's "name#1234", and an "@" account with a digit, "_" or "." in it, wherever written.
_TAGGED_HANDLE = re.compile(
    r"(?<![\w@.#-])(?:[^\W_][\w.]{1,31}#\d{4}|@_*[^\W_][\w.]*[\d_.][\w.]*)(?<![.])(?![\w@#-])")
_HANDLE_MARKS = re.compile(r"[\d_.#]")
_COUNT = re.compile(r"\d+[^\W\d_]{0,3}")  # "2", "3x", "10min": how often or how long
_WHAT_FOLLOWS_AN_ACCOUNT = re.compile(r"[ \t]*(?:$|[,.!?;)\]]|(?:of|or|ou|en|and|et)\b)",
                                      re.IGNORECASE | re.MULTILINE)
# French words that follow an app's name ("sur insta aussi"); the word lists know no French.
# fmt: off
_FRENCH_AFTER_AN_APP = frozenset((
    "aussi", "mieux", "plutôt", "plutot", "souvent", "encore", "surtout", "seulement",
    "toujours", "jamais", "maintenant", "depuis", "avec", "sans", "mais", "donc", "alors",
    "puis", "ensuite", "parce", "pour", "sur", "dans", "chez", "tous", "tout", "toute", "rien",
    "quand", "comme", "très", "trop", "moins", "beaucoup", "ça", "cela", "là", "svp", "stp",
    "non", "oui", "ouais", "merci", "hier", "demain", "ce", "cette", "ces", "mes", "tes", "ses",
))
# fmt: on


# What may stand before an app's name when a bare word after it is taken for an account:
# nothing (a contact line, "snap warreeh"), "mijn"/"my"/"mon", or "volg me op"/"add me on".
# After any other word ("sur snap wesh", "op snap ofso", "via insta khebbe") the word is
# the writer's own slang far more often than an account, and a lost word is as bad as a
# leaked one.
_CONTACT_CUE = re.compile(
    r"(?i)(?:^|(?<![\w'’])(?:mijn|m['’]n|mn|my|mon|ma|add\s+me\s+on|follow\s+me\s+on"
    r"|volg\s+me\s+op|voeg\s+me\s+toe\s+op|ajoute[- ]moi\s+sur|suis[- ]moi\s+sur)[ \t]+)$")


def _after_a_contact_cue(match: re.Match[str]) -> bool:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    return _CONTACT_CUE.search(match.string[line_start:match.start()]) is not None


def _is_app_handle(match: re.Match[str]) -> bool:
    handle = match["handle"]
    folded = handle.casefold()
    if handle.startswith("@"):
        return len(handle) > _MIN_NAME_CHARS
    if _HANDLE_MARKS.search(handle):
        return not _COUNT.fullmatch(handle) and sum(char.isalpha() for char in handle) >= 2
    if len(folded) < _MIN_PART_LETTERS or folded in gazetteer.load().ordinary \
            or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED \
            or folded in _FRENCH_AFTER_AN_APP or folded in gazetteer.ACCOUNT_WORDS:
        return False
    # "snap: warreeh", "mijn snap is warreeh"; after a bare space only where the word ends
    # the phrase ("snap warreeh", not "snap streaks met haar") and the app opens a contact
    # line or follows "mijn"/"add me on" (_CONTACT_CUE).
    link = match["link"].strip()
    if link in ("?", "!"):
        return False  # "on parle sur snap ? adm.chrk" only with an account's marks (above)
    if link:
        return True
    return _after_a_contact_cue(match) and _WHAT_FOLLOWS_AN_ACCOUNT.match(
        match.string, match.end()) is not None


def replace_handles(text: str, placeholder: str) -> str:
    """Accounts the writer names (after the app they belong to, or a Discord tag, or an "@"
    account with a digit or "_" in it), replaced by `placeholder`; the app's name stays."""

    def app(match: re.Match[str]) -> str:
        if not _is_app_handle(match):
            return match.group()
        return match.group()[: match.start("handle") - match.start()] + placeholder

    def tagged(match: re.Match[str]) -> str:
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        if match.group().startswith("@") and _ANOTHER_ACCOUNT_CUE.search(
                match.string[line_start:match.start()]):
            return match.group()
        return placeholder

    return _TAGGED_HANDLE.sub(tagged, _APP_HANDLE.sub(app, text))


# "a mod called @nova_exe", "a message from @tomshater2010", "een account genaamd @x_y": an
# account the text gives someone else is the writer's story (an account holding the writer's
# name is replaced with their name wherever it stands).
_ANOTHER_ACCOUNT_CUE = re.compile(
    r"(?i)(?<![\w'’])(?:called|named|genaamd|genoemd|nomm[ée]e?|appel[ée]e?|s['’]appelle"
    # "a message on insta from @x", "een dm van @x": not "love from @x" under the text.
    r"|(?:message|dm|text|comment|request|reply|threat|bericht|reactie|commentaire)s?"
    r"(?![\w'’])[^\n]{0,30}?(?<![\w'’])(?:from|van|de))[ \t]+$")



# "wa.me/32478123456", "tel:+32…", "t.me/+32…": a phone number inside a link.
_PHONE_LINK = re.compile(
    r"(?i)(?P<lead>\b(?:wa\.me/|t\.me/|tel:|sms:|signal\.me/#p/)|[?&]phone=)\+?\d[\d\s.-]{6,16}\d")


# "mijn leerling-ID is 20231187", "studentennummer: r0123456", "matricule 2023-118": the number a
# school or university knows them by.
_NUMBER_AFTER_ID = re.compile(
    r"(?i)(?P<lead>\b(?:leerling(?:en)?[\s-]?(?:id|nummer|nr)|studenten?[\s-]?(?:id|nummer|number|nr|no)"
    r"|stamnummer|rijksregisternummer|matricule|num[ée]ro\s+d['’][ée]l[èe]ve|student\s+id"
    r"|pupil\s+number)\W{0,3}(?:is|est|:|=)?\s*[:#]?\s*)[a-z]?\d[\d\s./-]{3,14}\d")
# "0 4 9 1 2 3 4 5 6 7": a phone number typed a digit at a time.
# One separator all through: "0-2 3-1 2-2 1-0 4-1" (scores) mixes them and is no number.
_SPACED_PHONE = re.compile(
    r"(?<![\w+])(?:\+\s?\d|0)(?:(?:\s\d){8,11}|(?:\.\d){8,11}|(?:-\d){8,11})(?![\w])")
# "O486/7O.11.22": the letter O typed for a zero in a phone number.
_PHONE_WITH_LETTER_OS = re.compile(r"(?<![\w+])[0O](?=[\dO]*\d)[\dO](?:[\s./-]?[\dO]){7,12}(?!\w)")
_MIN_REAL_DIGITS = 6
# "nul vier negen zeven twaalf vierendertig …", "zéro quatre septante-deux, onze …", "plus
# three two four …": a number said the way one reads it out, starting as a phone number starts.
_UNITS = (r"nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
          r"|vijftien|zestien|zeventien|achttien|negentien"
          r"|z[ée]ro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
          r"|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf"
          r"|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = (r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
         r"|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante"
         r"|quatre-vingts?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
# Tens and units joined only by a hyphen ("vingt-deux"): with a space too, "vingt deux" could
# be read as one word or two, and a long hostile run of them every way before failing.
_NUMBER_WORD = (rf"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:{_TENS})"
                rf"|(?:{_TENS})(?:-(?:et-)?(?:{_UNITS}))?|{_UNITS})")
_SPOKEN_PHONE = re.compile(
    rf"(?i)(?<!\w)(?:nul|z[ée]ro|zero|oh|plus|\+)(?:[\s,.-]+{_NUMBER_WORD}){{5,14}}(?!\w)"
    # "zero quatre sept six / 12 34 56": the prefix said in words, the rest in digits.
    rf"|(?<!\w)(?:nul|z[ée]ro|zero)(?:[\s,.-]+{_NUMBER_WORD}){{2,5}}(?:[\s,./-]+\d{{2,4}}){{2,4}}"
    r"(?![\w/.-]?\d)")


# "nul vier zeven negen / 23 . 81 . 06", "0 4 9 2 14 55 83": a number partly said and partly
# typed, or typed in groups of one to four digits, starting as a phone number starts.
# Separators and elements never share a character, so a long run is read once.
_MIXED_PHONE = re.compile(
    rf"(?i)(?<![\w+])(?:nul|z[ée]ro|zero|0(?=[\s,./-]))"
    rf"(?:[\s./-]+(?:{_NUMBER_WORD}|\d{{1,4}})(?!\w)){{4,14}}")
_ONE_DIGIT_WORDS = frozenset((
    "nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "zéro",
    "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "oh",
    "one", "two", "three", "four", "five", "seven", "eight", "nine",
))
_MAX_PHONE_DIGITS = 11
_MIN_SINGLE_DIGIT_GROUPS = 3


def _mixed_phone(match: re.Match[str], placeholder: str) -> str:
    """The placeholder when the match holds as many digits as a phone number and is one
    written in an odd way: words and digits mixed, or digits typed in small groups."""
    elements = [element for element in re.split(r"[\s./-]+", match.group()) if element]
    digit_groups = [element for element in elements if element.isdigit()]
    words = len(elements) - len(digit_groups)
    digits = sum(len(group) for group in digit_groups) + sum(
        1 if element.casefold() in _ONE_DIGIT_WORDS else 2
        for element in elements if not element.isdigit())
    # Typed in small groups: spaces only ("0-2 3-1 2-2 1-0 4-1" is a list of scores).
    odd = (words and digit_groups) or (
        not words and re.fullmatch(r"[\d\s]+", match.group()) is not None
        and sum(len(group) == 1 for group in digit_groups) >= _MIN_SINGLE_DIGIT_GROUPS)
    if odd and _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS \
            and not _is_service_number("".join(digit_groups) if not words else ""):
        return placeholder
    return match.group()


def _phone_with_letter_os(match: re.Match[str], placeholder: str) -> str:
    """The placeholder when the match is a phone number once its letter Os are read as 0s."""
    value = match.group()
    digits = "".join("0" if char == "O" else char for char in value
                     if char.isdigit() or char == "O")
    if "O" not in value or sum(c.isdigit() for c in value) < _MIN_REAL_DIGITS \
            or len(digits) < _MIN_PHONE_DIGITS or _is_service_number(digits):
        return value
    return placeholder


# "bestelnummer 0478 2231 90", "(code 4471 9921)", "order #0499 123 456": a number named as an
# order, a parcel or a code is no phone number, whatever its digits.
_NUMBER_NAMED = re.compile(
    r"(?i)(?:\b(?:bestel|order|tracking|track|verzend|zending|pakket|colis|suivi|commande|referentie"
    r"|r[ée]f[ée]rence)[\s-]?(?:nummer|nr|number|no|num[ée]ro|n°|code|id)?"
    r"|\b(?:n°|num[ée]ro)\s+de\s+(?:commande|suivi|colis)|\b(?:locker|pin|pak|kluis)?code)"
    r"\s*[:#.]?\s*$")
_NUMBER_NAMED_REACH = 40


def _named_number(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - _NUMBER_NAMED_REACH):match.start()]
    return _NUMBER_NAMED.search(before) is not None


# "een liedje dat Kerkstraat 12 heet", "my song called Mill Road 4": a title, not an address.
_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:liedje|lied|song|nummer|titel|title|titre|chanson|album|film|boek|book|gedicht|poem"
    r"|po[èe]me)\b[^.!?\n]{0,30}$")
_TITLE_AFTER = re.compile(
    r"(?i)\s*[\"'”»]?\s*(?:heet|heette|hete|noemt|called|s['’]appelle|is\s+called)\b")
_TITLE_REACH = 40


def _a_title(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - _TITLE_REACH):match.start()]
    return _TITLE_BEFORE.search(before) is not None and _TITLE_AFTER.match(
        match.string, match.end()) is not None


def replace_contact_details(text: str, placeholder: str) -> str:
    """Phone numbers and street addresses in running text, replaced by `placeholder`.

    Whoever writes them, they identify someone; the sentence around them stays. Service
    numbers (1712, 112) and dates are too short to be taken for phone numbers.
    """

    def phone(match: re.Match[str]) -> str:
        digits = "".join(char for char in match.group() if char.isdigit())
        if len(digits) < _MIN_PHONE_DIGITS or _is_service_number(digits) or _named_number(match):
            return match.group()
        date = _DATE_FIRST.match(match.group())
        if date and sum(char.isdigit() for char in match.group()[date.end():]) < _MIN_TAIL_DIGITS:
            return match.group()  # "[02/12/2026 21:14]": a chat's date and hour
        return placeholder

    def lower_street(match: re.Match[str]) -> str:
        street = match["street"].casefold()
        if street in gazetteer.GENERIC_STREETS or street in _NOT_STREETS:
            return match.group()
        return placeholder

    text = _PHONE_LINK.sub(lambda match: match["lead"] + placeholder, text)
    text = _NUMBER_AFTER_ID.sub(lambda match: match["lead"] + placeholder, text)
    text = _MIXED_PHONE.sub(lambda match: _mixed_phone(match, placeholder), text)
    text = _SPOKEN_PHONE.sub(placeholder, _SPACED_PHONE.sub(placeholder, text))
    text = _PHONE_WITH_LETTER_OS.sub(lambda match: _phone_with_letter_os(match, placeholder), text)
    text = _BRACKETED_AREA_PHONE.sub(phone, text)
    text = _STREET_IN_TEXT.sub(lambda match: match.group() if _a_title(match) else placeholder,
                               _PHONE.sub(phone, replace_handles(text, placeholder)))
    text = _LOWER_FOREIGN_STREET.sub(placeholder, text)
    return _LOWER_STREET_IN_TEXT.sub(lower_street, text)


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


# --------------------------------------------------------------------------- themes

_THEME_LINE = re.compile(r"#\s*(?:thema|theme|th[èé]me)s?\s*:(?P<keys>.*)", re.IGNORECASE)
# "Je mag altijd opnieuw mailen. #thema: pesten": the tag closing a sentence of the answer.
_THEME_AT_END = re.compile(
    r"(?P<before>.*?\S)[ \t]*#\s*(?:thema|theme|th[èé]me)s?\s*:(?P<keys>[^#:]*)", re.IGNORECASE
)
_THEME_SEPARATOR = re.compile(r"[,;\s]+")
_THEME_KEY_PUNCTUATION = ".!?\"'()[]"


def extract_themes(text: str) -> tuple[str, list[str]]:
    """Take the volunteer's "#thema: pesten, welzijn" tags out of a reply.

    The theme keys feed the anonymous annual report; the tag itself must not reach the
    help-seeker. A line that is only the tag goes; a tag closing a line of text is cut off
    and the text before it stays. Lines inside ">" quotes are left alone and not counted:
    they were counted when that earlier mail was relayed. Keys come back lowercased,
    de-duplicated, in the order written; whether they are known themes is decided elsewhere.
    """
    kept: list[_Line] = []
    keys: list[str] = []
    for line in _split_lines(text):
        content = line.content.rstrip()
        match = None if line.quoted else _THEME_LINE.fullmatch(content)
        before = None
        if match is None and not line.quoted and "#" in content:
            match = _THEME_AT_END.fullmatch(content)
            before = match["before"] if match else None
        if match is None:
            kept.append(line)
            continue
        if before is not None:
            kept.append(line._replace(content=before))
        for key in _THEME_SEPARATOR.split(match["keys"]):
            key = key.strip(_THEME_KEY_PUNCTUATION).lower()
            if key and key not in keys:
                keys.append(key)
    return _join(kept), keys


# --------------------------------------------------------------------------- one initial

# "B.", "— A.", "-j", "xx M" closing the writer's text: one letter, the initial of the name
# they are known by. Too short to look for everywhere ("plan B", "5B"), so it is replaced
# only where it signs.
_ONE_INITIAL_LINE = re.compile(r"(?P<lead>(?:[-–—~]+|x{1,3}|xo+)?\s*)(?P<initial>[^\W\d_])\.?\s*")


def replace_initial_sign_off(text: str, who: Identity, replacement: str) -> str:
    """The writer's own text with a one-letter sign-off that is their initial replaced."""
    initials = {_without_accents(word)[:1].casefold()
                for name in _clean_names(who.names) for word in name.split()[:1]
                if word[:1].isalpha()}
    if not initials:
        return text
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return text
    first, end = stretch
    last = next((index for index in range(end - 1, first - 1, -1)
                 if not lines[index].blank and not _is_client_line(lines[index].content.strip())),
                None)
    if last is None or last == first:
        return text  # a text of one letter is what they wrote, not a signature
    match = _ONE_INITIAL_LINE.fullmatch(lines[last].content)
    if match is None or _without_accents(match["initial"]).casefold() not in initials:
        return text
    lines[last] = lines[last]._replace(content=match["lead"] + replacement)
    return _join(lines)


# --------------------------------------------------------------------------- all of it


def scrub_text(
    text: str, who: Identity, address_replacement: str, name_replacement: str,
    placeholder: str | None = None,
) -> str:
    """The relay's one call for a body: attribution lines and header blocks first (they
    name people `who` does not list), then `who`'s addresses and names everywhere else,
    and, with a `placeholder`, phone numbers and street addresses."""
    rewritten = rewrite_attributions(text, who, address_replacement, name_replacement)
    rewritten = replace_initial_sign_off(rewritten, who, name_replacement)
    replaced = replace_identity(rewritten, who, address_replacement, name_replacement)
    if placeholder is not None:
        replaced = replace_contact_details(replaced, placeholder)
    return replaced


# "(vrijwilliger bij CAW Kempen)", "(youth worker at Brightside Trust)": where someone works,
# in brackets after their name; the role stays, the organisation goes.
_ROLE_AT_ORGANISATION = re.compile(
    r"[ \t]{0,3}\((?P<role>[^()\n]{0,60}?)\s(?:bij|at|chez|au|à|aux|voor|for|with|van|de|in|op)\s"
    r"(?P<organisation>(?-i:[A-ZÀ-Ý0-9])[^()\n]{1,80})\)", re.IGNORECASE
)


_TEAM_IN_BRACKETS = re.compile(r"[ \t]{0,3}\((?P<organisation>[^()\r\n\d]{2,60})\)[ \t]*\r?$",
                               re.MULTILINE)


def replace_employer_after_name(text: str, who: Identity, placeholder: str) -> str:
    """ "Groetjes van Veerle (vrijwilliger bij CAW Kempen)" becomes "Groetjes van Veerle
    (vrijwilliger bij […])": a closing the writer wrote stays, but not their employer. Only
    right after one of `who`'s names, and only when the bracket names a role. For volunteers'
    answers: a young person's school after their name is theirs to tell."""
    name_words = _signature_name_words(who)
    if name_words is None or "(" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        if _ROLE_WORD.search(match["role"]) is None:
            return match.group()
        start, end = match.span("organisation")
        return match.group()[: start - match.start()] + placeholder \
            + match.group()[end - match.start() :]

    out: list[str] = []
    last = 0
    for name in name_words.finditer(text):
        bracket = _ROLE_AT_ORGANISATION.match(text, name.end())
        if bracket is not None and bracket.start() >= last:
            out.append(text[last : bracket.start()])
            out.append(replace(bracket))
            last = bracket.end()
            continue
        team = _TEAM_IN_BRACKETS.match(text, name.end())
        if team is not None and team.start() >= last and _title_case(team["organisation"]):
            # "Bieke (Jeugdwerk Gentbrugge)": a team or employer, named as organisations are.
            start, end = team.span("organisation")
            out.append(text[last:start])
            out.append(placeholder)
            last = end
    out.append(text[last:])
    return "".join(out)


# "… you deserve to feel safe. / Bob", "Je reste là, / So", "write back anytime / liz": one
# word alone on the last line of the writer's own text, perhaps after a dash or kisses
# ("xoxo Eef") or before kisses.
_LAST_LINE_SIGN_OFF = re.compile(
    r"(?:[-–—~]|(?i:x{1,4}|(?:xo){1,3}x?)[ \t])?[ \t]{0,3}"
    r"(?P<name>[^\W\d_][\w'’-]{0,30})[ \t]{0,3}(?P<stop>[.!]?)")

# Wishes that are first names too: a last line "Hope" or "Amour" is a word of the writer's.
# fmt: off
_WISHES = frozenset((
    "hope", "joy", "grace", "faith", "peace", "chance", "patience", "mercy", "charity", "harmony",
    "serenity", "destiny", "liberty", "justice", "bless", "espoir", "amour", "paix", "confiance",
    "fierté", "liberté", "lumière", "soleil", "ciel", "bonne", "hoop", "liefde", "vrede", "moed",
    "kracht", "geluk", "trots", "zen", "respect", "salam", "salaam", "shalom", "namaste", "salut",
    "amen", "welcome", "buddy", "ons",
))
# fmt: on


def replace_sign_off_name(text: str, who: Identity, name_replacement: str,
                          marker: str = "") -> str:
    """A name the writer signs with on the last line of their own text, replaced on that
    line only: a nickname of theirs ("Bob" for Robert, "liz" for Elizabeth) or a short form
    too short or too common to be learned as a name ("So" for Sophie). Replacing such a word
    everywhere would take "so" and "bob" out of the writer's sentences; on the line that
    signs the text it names only them. Each stretch of the writer's own text (above quoted
    history, or below it when they answer at the bottom) is looked at; history is not."""
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    known, _ = _known_name_words(who)
    replaced = False
    for first, end in _stretches(lines, blocks):
        if _is_history_stretch(lines, blocks, first, end):
            continue
        own = [index for index in range(first, end)
               if not lines[index].blank and lines[index].depth == 0
               and lines[index].content.strip() != marker
               and not _is_client_line(lines[index].content.strip())]
        if len(own) < 2:
            continue  # the writer's only line is their text, whatever it is
        last = lines[own[-1]]
        span = _sign_off_span(last.content, known)
        if span is not None:
            content = last.content[: span[0]] + name_replacement + last.content[span[1] :]
            lines[own[-1]] = last._replace(content=content)
            replaced = True
    return _join(lines) if replaced else text


def _sign_off_span(content: str, known: list[str]) -> tuple[int, int] | None:
    """Where the signing name stands in `content`, when the line is only that name."""
    line = content.strip()
    if not line or len(line) > _MAX_SIGN_OFF_LINE_CHARS:
        return None  # a signing line is short (and a long one is not searched for kisses)
    lead = len(content) - len(content.lstrip())
    bare = _KISSES_AT_END.sub("", line).rstrip() or line
    match = _LAST_LINE_SIGN_OFF.fullmatch(bare)
    if match is None or match["stop"] == "!" or _CLOSING.match(match["name"]):
        return None  # "So!", "Ted!": an exclamation, not a signature
    word = match["name"]
    folded = word.casefold()
    if folded in _NOT_SIGNED_NAMES or folded in gazetteer.CHAT_WORDS \
            or folded in gazetteer.NOT_PEOPLE:
        return None
    # The start of their own first name, written as a name: "So" signs for Sophie, even
    # though "so" is a word (alone on the last line it says nothing else).
    short_form = _is_short_form(word, known) or (
        _TWO_LETTER_SIGN_OFF.fullmatch(word) is not None
        and any(len(part) > len(folded) and part.startswith(folded) for part in known))
    names = gazetteer.load()
    # Another first name, written as a name ("Bob"), or one that is no ordinary word ("liz").
    first_name = folded in names.first_names and not match["stop"] \
        and folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
        and folded not in _WISHES \
        and (word[:1].isupper() and word[1:].islower() or folded not in names.ordinary)
    if not (short_form or first_name):
        return None
    start = lead + bare.rfind(word)  # the last word before any kisses
    return start, start + len(word)


_MAX_WORD_LIKE_NAME_CHARS = 2


def without_learned_words(who: Identity, known: Identity) -> Identity:
    """`who` without the two-letter names learned from the text (not in `known`) that are
    also ordinary words ("So" signed by Sophie, "To" by Tobias, "Bo"): replaced everywhere,
    they would take "so" and "to" out of the writer's sentences. replace_sign_off_name
    replaces them where they sign instead. Longer short forms ("Veer", "Kat") are rarer as
    words and stay learned."""
    own = {name.casefold() for name in known.names}
    names = gazetteer.load()
    kept = tuple(name for name in who.names
                 if name.casefold() in own or len(name.strip()) > _MAX_WORD_LIKE_NAME_CHARS
                 or not _is_ordinary_word(name.strip().casefold(), names.ordinary))
    return who if kept == who.names else Identity(addresses=who.addresses, names=kept)


def _is_ordinary_word(folded: str, ordinary: frozenset[str]) -> bool:
    return folded in ordinary or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED


# --------------------------------------------------------------------------- family forwards

_DISPLAY_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def forwarded_family_names(text: str, who: Identity) -> list[str]:
    """The first names of the senders of mails forwarded by a member of their family: a
    sister passing on "Van: Omid Ahmadzai <…>" as Sara Ahmadzai, a brother "Van: Rania
    <rania.haddad…>" as Bilal Haddad. The forwarded mail is the young person's own, so the
    name its sender gives is theirs; a family name shared with the writer (in the name or
    the address) tells a sibling or child from a friend or a bully."""
    lines = _split_lines(text)
    known, local_words = _known_name_words(who)
    family = {word for word in [*known, *local_words] if len(word) >= _MIN_PART_LETTERS}
    names: list[str] = []
    for roles in _header_blocks(lines).values():
        for role in roles:
            if role.match is None or _header_key(role.match) not in _FROM_KEYS:
                continue
            value = role.match["value"]
            if _is_own_sender(value, who):
                continue
            address = _ANY_ADDRESS.search(value)
            display = (value[:address.start()] if address else value).strip(" \t<>\"'")
            words = _DISPLAY_WORD.findall(display)
            locals_ = [word.casefold() for word in re.split(
                r"[^\w]+|\d+|_", address.group().partition("@")[0] if address else "")
                if len(word) >= _MIN_PART_LETTERS]
            if not words or len(words[0]) < _MIN_PART_LETTERS:
                continue
            first = words[0].casefold()
            shared = ({word.casefold() for word in words[1:]} | set(locals_)) - {first}
            if first not in family and shared & family:
                names.append(words[0])
    return list(dict.fromkeys(names))


def replace_in_forwarded_part(text: str, names: Iterable[str], replacement: str) -> str:
    """`names` replaced as whole words, in any case, below the first quoted header block
    only: what the sibling wrote above it is theirs, and a kid they name is their word."""
    names = [name for name in names if name]
    if not names:
        return text
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    if not blocks:
        return text
    start = min(blocks)
    end = start + len(blocks[start])
    pattern = re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(
        re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?![\w'’])")
    rest = [line._replace(content=pattern.sub(replacement, line.content)) for line in lines[end:]]
    return _join([*lines[:end], *rest])


# ------------------------------------------------------------ volunteers' chat-word sign-offs

def replace_chat_word_sign_off(text: str, who: Identity, name_replacement: str) -> str:
    """The two letters a volunteer signs with when they are also a chat word, replaced on
    that line: "Ty" by Tyler, alone under a blank line as the last line of the answer. A young
    person's "ty" is thanks (see _is_two_letter_sign_off); a volunteer closing an answer with
    the start of the name they go by signs it. Elsewhere in the text "ty" stays a word."""
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return text
    own = [index for index in range(*stretch)
           if not _is_client_line(lines[index].content.strip())]
    while own and lines[own[-1]].blank:
        own.pop()
    if len(own) < 2 or not lines[own[-2]].blank:
        return text
    last = lines[own[-1]]
    match = _TWO_LETTER_SIGN_OFF.fullmatch(last.content.strip())
    if match is None or match["name"].casefold() not in gazetteer.CHAT_WORDS:
        return text
    known, _ = _known_name_words(who)
    folded = match["name"].casefold()
    if not any(len(part) > len(folded) and part.startswith(folded) for part in known):
        return text
    lead = len(last.content) - len(last.content.lstrip())
    start, end = lead + match.start("name"), lead + match.end("name")
    lines[own[-1]] = last._replace(
        content=last.content[:start] + name_replacement + last.content[end:])
    return _join(lines)
