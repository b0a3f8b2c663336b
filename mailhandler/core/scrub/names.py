"""Learning the names the writer goes by from their text and from the subject.

`learn_names` and `learn_subject_names`: they gather what the names_* modules find. Separate
as the top of the name rules: nothing below imports it.
"""

from __future__ import annotations

import dataclasses
import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.addresses import (
    _AT_SPLIT,
    _MAIL_PROVIDER,
    _SPELLED_DOTS,
    _WRITTEN_ADDRESS,
)
from mailhandler.core.scrub.attributions import (
    _ANY_ADDRESS,
    _header_blocks,
)
from mailhandler.core.scrub.identity import (
    _MIN_PART_LETTERS,
    _NOT_NAME_PARTS,
    Identity,
    _clean_names,
    _matching_view,
    _name_parts,
    _split_into,
    local_part_words,
    with_word_names,
)
from mailhandler.core.scrub.lines import (
    _Line,
    _split_lines,
)
from mailhandler.core.scrub.name_variants import _without_accents
from mailhandler.core.scrub.names_answered import (
    _names_answered,
)
from mailhandler.core.scrub.names_called import (
    _names_of_written_addresses,
)
from mailhandler.core.scrub.names_full import (
    _bracketed_spellings,
    _capital_surname_first,
    _first_names_before_own_surname,
    _introduced_full_names,
    _names_beside_known,
    _names_in_a_known_run,
    _names_of_initials,
    _names_on_a_pupils_card,
    _own_account_names,
    _short_and_full_names,
    _star_corrected_names,
    _stated_surnames,
    _surnames_of_initials,
)
from mailhandler.core.scrub.names_introduced import (
    _called_you_short_forms,
    _introduced_handle_stems,
    _introduced_names,
    _one_word_lines_joined,
    _sibling_chat_author,
    _texted_and_friends_names,
    _written_for_names,
)
from mailhandler.core.scrub.names_labelled import (
    _NAME_FIELD,
)
from mailhandler.core.scrub.names_others import (
    _names_given_aside,
)
from mailhandler.core.scrub.names_pasted import (
    _received_message,
)
from mailhandler.core.scrub.names_scripts import (
    _fancy_first_names,
    _full_names_in_script,
    _latin_spellings_of_known,
    _other_script_spelling_of,
    _script_words,
    _spelled_in_latin,
)
from mailhandler.core.scrub.names_short_forms import (
    _is_short_form,
    short_forms_in_address,
)
from mailhandler.core.scrub.names_signed import (
    _ATTRIBUTION_OF_WORK,
    _INITIAL_AT_END,
    _KISSES_AT_END,
    _NAME_AGE_LINE,
    _NAME_AND_INITIAL,
    _NAME_LINE_TAIL,
    _RELATION_CLOSING,
    _SAME_LINE_SIGN_OFF,
    _TWO_LETTER_SIGN_OFF,
    _decorated_name,
    _device_owner_names,
    _first_name_under_delimiter,
    _is_two_letter_sign_off,
    _name_before_an_age,
    _only_a_first_name,
    _own_device_names,
    _signed_off_name,
    _signs_with_address_word,
    _signs_with_initials,
    _signs_with_title_and_initial,
    _word_under_signed_name,
)
from mailhandler.core.scrub.names_spelled import (
    _read_regional_letters,
    _spaced_letter_names,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _MAX_LEARNED_NAME_CHARS,
    _NOT_SIGNED_NAMES,
    _SURNAME_PARTICLES,
    _TRAILING_LINES,
    _is_known_word,
)
from mailhandler.core.scrub.signature_lines import (
    _CARD_SEPARATOR,
    _CLOSING,
    _MAX_SIGNED_NAME_WORDS,
    _SHORT_LINE_WORDS,
    _TEMPLATE_FIELD,
    _TITLE_PARTICLES,
    _WORD,
    _is_client_line,
    _signature_name_words,
)
from mailhandler.core.scrub.signatures import (
    _POSTSCRIPT,
    _is_delimiter,
    _long_rule_over_name,
)
from mailhandler.core.scrub.undelimited import (
    _own_stretch,
    _trailing_signature,
)


def learn_names(text: str, who: Identity, *, written_for: bool = False) -> Identity:
    """`who` with the names the writer signs with in `text`.

    Looked at: the last lines of the writer's own text (above any quoted history). After a
    closing greeting ("Groetjes," / "Sam Janssens"), a line of one to three words that
    start with a capital, or that are parts of the writer's own address ("sam" of
    sam.janssens@…), is a name: it is replaced wherever it appears, like a display name.
    A short form of a known first name used to sign ("Veer" for Veerle) counts too.
    With `written_for` (a help-seeker's mail), the name of the young person the writer
    writes for too (see names_introduced._written_for_names).
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    stretch = _own_stretch(lines, blocks)
    if stretch is None:
        return who
    first, end = stretch
    own = [line.content.strip() for line in lines[first:end]
           if not line.blank and not _is_client_line(line.content.strip())][-40:]
    known, local_words = _known_name_words(who)
    # "Beste Noor, … Vriendelijke groeten, / Mevr. Peeters" pasted from school: Noor is the
    # writer, the teacher signing is not.
    greeted, received = _received_message(lines[first:end])
    learned: list[str] = [name for name in greeted
                          if name.casefold() not in _NOT_SIGNED_NAMES
                          and name.casefold() not in _FUNCTION_WORDS]
    for position, content in enumerate(own):
        if content in received:
            continue  # a line of a message sent to the writer: its names are not theirs
        content = _read_regional_letters(content)  # "🇯 🇺 🇱 🇪" signs as "Jule"
        # "Ethan Murphy, Year 9", "Lotte (13)", "Wout De Backer 5B": the name ends where a
        # comma, a bracket or a number starts what the writer says of themselves.
        words = _WORD.findall(_NAME_LINE_TAIL.split(content, maxsplit=1)[0] or content)
        if not words or len(words) > _MAX_SIGNED_NAME_WORDS or (
                re.search(r"[.!?:]$", content) and not _INITIAL_AT_END.search(content)):
            continue
        if _CLOSING.match(content):
            continue  # "Love, Mia": the closing's words are not a name (the sign-off is)
        if _TEMPLATE_FIELD.fullmatch(content):
            continue  # "[Signature]", "[Uw naam]": a template's field left in, not a name
        if _NAME_FIELD.match(content):
            continue  # "Bedankt voor je antwoorden! / Naam: …": a form's field, its label no name
        if _CARD_SEPARATOR.search(content):
            continue  # "Karolien Bogaerts | CLB-medewerker": a card line, not one name
        if _ATTRIBUTION_OF_WORK.fullmatch(content):
            continue  # '— Ada Ferris, "Low Tide"': who wrote the lines quoted above
        # ("Amicalement, / Océane / et toute la classe a ri": a bare "Amicalement" with the
        # writer's story going on under the name closes a message they quote.)
        after_closing = position > 0 and bool(_CLOSING.match(own[position - 1])) \
            and not (_BARE_AMICALEMENT.fullmatch(own[position - 1])
                     and position < len(own) - 1 and not _POSTSCRIPT.match(own[position + 1])) \
            and len(own[position - 1].split()) <= _SHORT_LINE_WORDS \
            and not _word_under_signed_name(own[position - 1], words, known, local_words)
        # "Je zoon, / Wout" closing a letter: who the writer is to its reader, then the name.
        after_closing = after_closing or (
            position > 0 and _RELATION_CLOSING.fullmatch(own[position - 1]) is not None)
        last_line = position == len(own) - 1
        two_letters = _TWO_LETTER_SIGN_OFF.fullmatch(content)
        if two_letters and (last_line or after_closing) \
                and _is_two_letter_sign_off(content, known):
            learned.append(two_letters["name"])  # "Em", "Jo x"
            continue
        # "Kris de Vries": a particle inside a name is part of it, not a reason to doubt it.
        if any(word.casefold() in _NOT_SIGNED_NAMES
               and (place == 0 or word.casefold() not in _TITLE_PARTICLES)
               for place, word in enumerate(words)):
            continue
        names_like = all(
            word[0].isupper() or word.casefold() in local_words
            or (place > 0 and word.casefold() in _TITLE_PARTICLES)
            or any(part.startswith(word.casefold()) for part in known)
            for place, word in enumerate(words)
        )
        # "Chris (personne m'appelle Christelle)": what follows the bracket is said of the
        # name, so the name still stands alone on its line.
        bracketed = content.startswith(words[0]) and re.match(r"\s*\(", content[len(words[0]):])
        short_form = len(words) == 1 and _is_short_form(words[0] if bracketed else content, known)
        # "Andreea S." closing the text: a first name and an initial sign it, greeting or not.
        initial_signed = last_line and _NAME_AND_INITIAL.fullmatch(content) is not None \
            and words[0].casefold() not in gazetteer.load().ordinary
        # A short form ("Veer") only on a line of its own; a name after a closing line, or
        # the writer's own address words closing the text.
        if (after_closing and names_like) or short_form or initial_signed \
                or _first_name_under_delimiter(own, position, words, local_words) or (
            last_line and all(word.casefold() in local_words for word in words)
        ):
            learned.append(" ".join(words))
    # Another address of the writer's, written in their text ("mail me ook op
    # veerle.p@thuis.example"): its local part shares a name or address word with them.
    own_words = local_words | {part for part in known if len(part) >= _MIN_PART_LETTERS}
    own_words |= {word.casefold() for name in learned for word in name.split()
                  if len(word) >= _MIN_PART_LETTERS}
    more_addresses = [
        match.group()
        for line in lines[first:end]
        for match in _ANY_ADDRESS.finditer(line.content)
        if _local_part_is_named(match.group().partition("@")[0], own_words)
    ]
    learned.extend(_names_of_written_addresses(lines[first:end], own))
    # … also written out: "mail me op katrien punt w at telenet punt be".
    spelled_seen: set[str] = set()
    for content in own:
        for match in _WRITTEN_ADDRESS.finditer(_matching_view(content)[0]):
            if match.group() in spelled_seen or not re.search(r"[\s(\[{<]", match.group()):
                continue  # seen, or written plainly (found above already)
            spelled_seen.add(match.group())
            pieces = _AT_SPLIT.split(match.group(), maxsplit=1)
            if len(pieces) != 2:  # a local part and a domain
                continue
            local, domain = (re.sub(r"\s+", "", _SPELLED_DOTS.sub(".", piece)) for piece in pieces)
            if _local_part_is_named(local, own_words):
                more_addresses.append(f"{local}@{domain}")
    written_locals = {
        word.casefold()
        for content in own
        for match in _WRITTEN_ADDRESS.finditer(_matching_view(content)[0])
        for word in re.split(r"[^\w]+|\d+|_", _AT_SPLIT.split(match.group())[0])
        if len(word) >= _MIN_PART_LETTERS
    }
    # "groetjes Floor" above a parent's signature block: the last line of the writer's words.
    block = _trailing_signature(lines, first, end, _signature_name_words(who))
    above = [line.content.strip() for line in lines[first:block.start] if not line.blank] \
        if block else []

    def known_with_learned() -> list[str]:
        """The writer's name words and those of the names learned so far, casefolded: what
        the later rules check a name against, growing as the earlier ones learn."""
        return [*known, *(part.casefold() for name in learned for part in name.split())]

    # "Ik ben hoofdleiding van een Chiro" from hoofdleiding@chiro-….example: a function
    # mailbox's local part is the role the writer holds there, not what they are called.
    introduced_locals = (local_words | written_locals) - _function_mailbox_words(who, known)
    # "… we read every mail. Veer" above a "-- " signature: the writer's text ends there; also
    # above Outlook's long rule over a platform's card with their name ("C.O." / "____" /
    # "Chidi Okafor · Grade 9").
    delimiter = next((index for index in range(first + 1, end)
                      if _is_delimiter(lines[index], who)
                      or _long_rule_over_name(lines, blocks, index, who)), None)
    above_delimiter = [line.content.strip() for line in lines[first:delimiter]
                       if not line.blank and not _is_client_line(line.content.strip())] \
        if delimiter is not None else []
    # "Répondez sur cette adresse svp. / Rania / -- / <the account's card>": the line right
    # above the delimiter closes the writer's words as the last line of the text does.
    learned.extend(_introduced_names(own, introduced_locals, known,
                                     [*above[-1:], *above_delimiter[-1:]]))
    learned.extend(_introduced_names(_one_word_lines_joined(own), introduced_locals, known))
    learned.extend(_introduced_handle_stems(own))
    learned.extend(_names_answered(lines))
    learned.extend(_texted_and_friends_names(own))
    if written_for:
        learned.extend(_written_for_names(own, known, local_words))
    learned.extend(_sibling_chat_author(own, known))
    learned.extend(_called_you_short_forms(own, known_with_learned()))
    learned.extend(_introduced_full_names(
        own, {*known, *(name.casefold() for name in learned)}, local_words | written_locals))
    learned.extend(_bracketed_spellings(own, known_with_learned()))
    # "DUBOIS Manon" from manon.dbs@…: a first name of their address counts as one they are
    # known by, as it does for a name they sign with.
    learned.extend(_capital_surname_first(own, [*known_with_learned(), *local_words]))
    learned.extend(_names_in_a_known_run(own, known_with_learned()))
    # "Waiver received for: Valentina ROJAS GÓMEZ" over "Parent/guardian: Claudia Gómez": the
    # writer's own full name as their text gives it (its first word one of the display name's)
    # tells their surnames as the display name does.
    own_firsts = {word.casefold() for name in who.names for word in name.split()[:1]}
    # "Verantwoordelijke: Hendrik Goossens" on a pet's chip record pasted by "Hanne G."
    # <hanne.goossens…@…>: the surname the address spells beside the first name (see
    # _address_surnames) is the writer's as surely as a display name's, and so is the family
    # member named by a first name before it. (Given as a display name would be: one of the
    # writer's first names, then that surname.)
    learned.extend(_first_names_before_own_surname(own, [
        *who.names, *(name for name in learned if isinstance(name, str) and " " in name
                      and name.split()[0].casefold() in own_firsts),
        *(f"{first} {surname}" for surname in _address_surnames(who)
          for first in sorted(own_firsts)[:1])]))
    learned.extend(_names_on_a_pupils_card(own))
    learned.extend(_star_corrected_names(own, known_with_learned()))
    learned.extend(_own_account_names(own))
    # "Envoyé de l'iPhone de Enzo": the client line (left out of `own`) names the device's owner;
    # it closes the writer's text, so only its last lines are read.
    learned.extend(_device_owner_names([line.content.strip() for line in lines[first:end]
                                        if not line.blank and line.depth == 0][-_TRAILING_LINES:]))
    learned.extend(_own_device_names(own))  # 'mon téléphone s'affiche comme "iPhone de Lina"'
    # "> Bram (Bo)" in their own earlier mail, forwarded or quoted back: the bracket beside a
    # name they are known by says who they are wherever it stands.
    everywhere = [line.content.strip() for line in lines if not line.blank]
    learned.extend(_names_beside_known(everywhere, known_with_learned()))
    learned.extend(_names_given_aside(own, known_with_learned(), local_words))
    learned.extend(name for line in own for name in _fancy_first_names(line))
    learned.extend(_short_and_full_names(own))
    learned.extend(short_forms_in_address(known, local_words))
    learned.extend(_address_first_names(who))
    learned.extend(_stated_surnames(own, known_with_learned()))
    learned.extend(_surnames_of_initials(own, who.names, who.addresses))
    learned.extend(_names_of_initials(own, who.addresses, who.names))
    learned.extend(_spaced_letter_names(own))
    # "Mind yourself, / GNB" above a card: the last lines above a signature block close the
    # writer's words as the last lines of the text do.
    closing_lines = dict.fromkeys([*own[-_TRAILING_LINES:], *above_delimiter[-_TRAILING_LINES:],
                                   *above[-_TRAILING_LINES:]])
    # The line above each closing line: "vooral na / l.o." goes on, it does not sign.
    lines_above: dict[str, list[str]] = {}
    for rows in (own, above_delimiter, above):
        for index in range(max(1, len(rows) - _TRAILING_LINES), len(rows)):
            lines_above.setdefault(rows[index], []).append(rows[index - 1])
    # "groetjes van de jongste, Tibo" above the "-- " signature of the brother's account.
    learned.extend(name for line in above_delimiter[-1:] for name in _signed_off_name(line, known))
    going_on = _lines_going_on(lines[first:end])
    for closing_line in closing_lines:
        # "يوسف" signed by Youssef, "Дарина" by Daryna, "Nour / نور": the name in the other
        # script, alone or beside the Latin one on a short closing line.
        # "Massinissa" given in the text, "ⵎⴰⵙⵉⵏⵉⵙⴰ ⵣ" closing it: a name learned counts.
        words = closing_line.split()
        if len(words) <= _MAX_SIGNED_NAME_WORDS + 1:
            learned.extend(word for word in _script_words(closing_line)
                           if _other_script_spelling_of(word, known_with_learned()))
        if _signs_with_initials(closing_line, who, lines_above.get(closing_line, ())) \
                or _signs_with_title_and_initial(closing_line, who):
            learned.append(closing_line.strip())  # "JVdV" for Johan Van de Velde, "Ms. G"
        learned.extend(_decorated_name(closing_line, known))
        # "groetjes Zita" over "ps de begeleiders lezen dit niet", "Groetjes van Tiebe" over a
        # last thought: a line that is only a closing and a first name signs the text, with a
        # P.S. or a few more words of theirs under it (the last line: _introduced_names).
        # "love Amber xx" over a P.S.: the kisses after the name sign with it.
        if _SAME_LINE_SIGN_OFF.match(_KISSES_AT_END.sub("", closing_line) or closing_line) \
                and _closes_own_words(closing_line, own, lines):
            learned.extend(name for name in _signed_off_name(closing_line, known)
                           if _only_a_first_name(name) or _is_short_form(name, known)
                           or _capital_name_with_kisses(closing_line, name))
        # "Cam, 16 ans, Liège", "lot 14 uit Geel": a short form of their name opening a line
        # that gives only their age and town.
        name_age = _NAME_AGE_LINE.fullmatch(closing_line)
        if name_age and _name_before_an_age(name_age["name"]) \
                and (_is_short_form(name_age["name"], known)
                     or _only_a_first_name(name_age["name"])):
            learned.append(name_age["name"])
        # "… Je bent niet alleen hierin. Veer", "xx Soph", "Take care. J.", "Han x": a short
        # form closing a line near the end of the text, perhaps with kisses or a heart.
        # "… naar een dokter, die / dag zelf.": a line the next one goes on with is hard-
        # wrapped prose; the word it ends with is in the middle of a sentence, it signs nothing.
        if closing_line in going_on:
            continue
        closing_line = _KISSES_AT_END.sub("", closing_line) or closing_line
        trailing = re.search(
            r"(?:^[-–—~]?\s*|[.!?,;:]\s+|\s[-–—]\s*|\b(?:x+|xoxo|xo)\s+"
            r"|\s[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+\s+)"
            r"(?P<name>[^\W\d_][\w.'’-]*)\s*$",
            closing_line)
        if trailing and (_is_short_form(trailing["name"], known)
                         or _signs_with_address_word(trailing["name"], local_words) or (
                closing_line == _KISSES_AT_END.sub("", own[-1])
                and _is_two_letter_sign_off(trailing["name"], known))):
            learned.append(trailing["name"])
    # "Саша" under "ik ben Sasha", "Мене звати Софія" from Sofiia Melnyk: a Cyrillic word that
    # spells, letter for letter, a name they are known by is that name in their own script,
    # wherever it stands (the Latin one is replaced everywhere too). Consonants alone are too
    # few to tell a name by in running text; those are only looked for on closing lines above.
    # A word of their address alone ("kotyk2010@…", "mira.k@…") is often no name but a pet
    # word or a word of the language ("котик", kitty; "міра", measure): its Cyrillic spelling
    # counts only where it is written as a name is, with a capital ("Мене звати Софія" from
    # sofiia.m@…).
    spelled_names = known_with_learned()
    learned.extend(name for content in own
                   for name in _full_names_in_script(content, _clean_names(who.names)))
    learned.extend(_own_name_in_script_on_its_line(own, spelled_names))
    learned.extend(name for content in own
                   for name in _latin_spellings_of_known(content, _clean_names(who.names)))
    learned.extend(_address_words_of_initials(who))
    learned.extend(_address_surnames(who))
    learned.extend(word for content in own if not content.isascii()
                   for word in _script_words(content) if _spelled_in_latin(word, spelled_names)
                   or (word[:1].isupper() and _spelled_in_latin(word, local_words)))
    learned = [name for name in learned if len(name) <= _MAX_LEARNED_NAME_CHARS]
    if not learned and not more_addresses:
        return who
    return with_word_names(Identity(
        addresses=tuple(dict.fromkeys((*who.addresses, *more_addresses))),
        names=tuple(dict.fromkeys((*who.names, *learned))), word_names=who.word_names),
        learned, who.names)


def _lines_going_on(lines: list[_Line]) -> frozenset[str]:
    """The lines (stripped) of one sentence hard-wrapped over two: each ends in a letter, and
    the line right under it (no blank line between, the same quote depth) goes on in lower
    case and is no P.S. A client wraps prose so ("… naar een dokter, die" / "dag zelf."); a
    name signing a text ends it, or stands above a blank line, a P.S., a capital or a card."""
    going_on = set()
    for line, below in zip(lines, lines[1:], strict=False):
        content, next_content = line.content.strip(), below.content.strip()
        if content and content[-1].isalpha() and below.depth == line.depth \
                and next_content[:1].islower() and not _POSTSCRIPT.match(next_content):
            going_on.add(content)
    return frozenset(going_on)


# "ik ben Lamar, dit is mijn naam in het Arabisch: لـــمـــار", "my name is Yusuf (in Arabic
# يوسف)": a line that speaks of the writer's name.
_NAME_CUE = re.compile(
    r"(?i)(?<!\w)(?:(?:voor)?naam|name|(?:pr[ée])?nom|heet|heten|appelle|called|noem\w{0,3}"
    r"|spell|spelled|spelt|geschreven|schrijf|[ée]cri[st]?|written|write)(?!\w)")


def _own_name_in_script_on_its_line(own: list[str], known: list[str]) -> list[str]:
    """A word in another script with the consonants of a name the writer is known by, on a
    line that names them in Latin letters and speaks of their name: the same name in the
    family's script. Alone in running text its consonants are too few to tell ("بنت", girl,
    is Bente's); beside the name and "mijn naam", they are its spelling."""
    found: list[str] = []
    for content in own:
        if content.isascii() or _NAME_CUE.search(content) is None:
            continue
        latin = {word.casefold() for word in re.findall(r"[^\W\d_]+", _matching_view(content)[0])
                 if word.isascii()}
        named = [part for part in known if part in latin and len(part) >= _MIN_PART_LETTERS]
        if named:
            found.extend(word for word in _script_words(content)
                         if _other_script_spelling_of(word, named))
    return found


_BARE_AMICALEMENT = re.compile(r"(?i)[ \t]*amicalement[ \t]*,?[ \t]*")


def _closes_own_words(closing_line: str, own: list[str], lines: list[_Line]) -> bool:
    """ "groetjes Zita" that closes the writer's words: the last of them, or a P.S. under it,
    or a blank line under it before their last thought. "jij hoort er niet bij / groetjes
    Sofie / en iedereen heeft het geliket" goes straight on: a message they pasted."""
    if closing_line not in own or own.index(closing_line) == len(own) - 1:
        return True
    if _POSTSCRIPT.match(own[own.index(closing_line) + 1]):
        return True
    for index, line in enumerate(lines):
        if line.content.strip() == closing_line:
            # "groetjes Sofie / (blank) / en iedereen heeft het geliket": a sentence going on
            # in lower case after the blank line tells of the message, it is no last thought.
            after = [row.content.strip() for row in lines[index + 1:] if not row.blank][:1]
            return index + 1 >= len(lines) or lines[index + 1].blank and not (
                after and _GOES_ON.match(after[0]))
    return True


_GOES_ON = re.compile(r"(?:en|and|et|maar|but|mais)[ \t]")
# "thanks Grace xx": a word of thanks may greet the one who answered, by their name.
_THANKS_OPENING = re.compile(r"(?i)\s*(?:merci|thanks|thank\s+you|thx|thnx|ty|bedankt"
                             r"|dankjewel|dank\s+je|cheers)(?![\w'’])")


def _capital_name_with_kisses(closing_line: str, name: str) -> bool:
    """ "love Amber xx", "liefs Roos xxx": a capitalised first name that is also a word
    ("amber", "roos") signs a closing line with kisses after it; not after thanks."""
    return name[:1].isupper() and " " not in name \
        and name.casefold() in gazetteer.load().first_names \
        and _KISSES_AT_END.search(closing_line) is not None \
        and _THANKS_OPENING.match(closing_line) is None


# "w.h" <walid.h.2009@…>, "L. V." <lina.vermeulen@…>: a display name of initials only.
_INITIALS_ONLY = re.compile(r"(?:[^\W\d_][.\s_-]*){1,4}")


def _address_words_of_initials(who: Identity) -> list[str]:
    """The first name the writer's address spells out where their display name gives only
    its initials: "w.h" <walid.h.2009@…> is Walid. The initials must be, in order, those of the
    local part's words, and the word a first name that is no word of the language."""
    words = gazetteer.load()
    found: list[str] = []
    for name in who.names:
        initials = [char.casefold() for char in name if char.isalpha()]
        if not _INITIALS_ONLY.fullmatch(name.strip()) or not initials \
                or len(initials) != len(name.strip().replace(".", " ").split()):
            continue  # "Wh" or "Bo" is a name, not initials
        for address in who.addresses:
            local = local_part_words(address.casefold())
            if [word[0] for word in local] != initials:
                continue
            found.extend(word for word in local if len(word) >= _MIN_PART_LETTERS
                         and word in words.first_names and word not in words.ordinary)
    return found


def _address_first_names(who: Identity) -> list[str]:
    """The first name a bare address is built of: "xx.kobe.xx@…", "rocket.lowie@…" with no
    display name. The address is the writer's account (their own or the family's), so a first
    name in it is a name the account is known by, as a display name's would be, and "Boekentas
    van Kobe" in the text names them. Only with no display name (one names the account then),
    and only a word of the local part that is a first name and no word of the language
    ("rocket", "bloemetje", "sky" stay words), nor a little word of French or Dutch ("mon" of
    pas.mon.vrai.nom@…) nor a place (ioana.lille59@…: "Lille" is where they live)."""
    if _clean_names(who.names):
        return []
    places = gazetteer.load().places
    return [word.capitalize() for address in who.addresses
            for word in local_part_words(address.casefold())
            if len(word) >= _MIN_PART_LETTERS and _only_a_first_name(word)
            and word not in _FUNCTION_WORDS and word not in _NOT_SIGNED_NAMES
            and word not in gazetteer.NOT_PEOPLE and word not in places]


def _address_surnames(who: Identity) -> list[str]:
    """The surname the writer's address spells beside their first name: "Thibo"
    <thibo.mertens07@…> is Thibo Mertens, and "bel bij MERTENS" on the delivery note they paste
    names them. A word of the local part that is in the lists of surnames and is no word of the
    language and no first name, in a local part whose other word is the first word of their
    display name."""
    words = gazetteer.load()
    # "Chaïma" <chaima.ouali@…>: an address holds no accent, so the first name is compared
    # without its marks.
    firsts = {_without_accents(name.split()[0].casefold()) for name in _clean_names(who.names)
              if name.split()}
    # A surname the display name already gives ("Dirk Mertens") is known: nothing to add.
    named = {word.casefold() for name in _clean_names(who.names) for word in name.split()}
    found: list[str] = []
    for address in who.addresses:
        local = local_part_words(address.casefold())
        if not firsts & set(local):
            continue
        found.extend(word.capitalize() for word in local
                     if word not in firsts and word not in named and len(word) >= _MIN_PART_LETTERS
                     and word in words.surnames and word not in words.ordinary
                     and word not in words.first_names)
    return found


_ONE_WORD_LOCAL = re.compile(r"[^\W\d_]{4,40}")
_PROVIDER_DOMAIN = re.compile(rf"(?i)(?:[\w-]+\.)*{_MAIL_PROVIDER}\.[\w.-]+")


def _function_mailbox_words(who: Identity, known: list[str]) -> set[str]:
    """The local parts of the writer's addresses that name a function, not a person:
    "hoofdleiding@chiro-….example", "secretariaat@…", "leiding@…" under a person's display
    name. One word of letters at an organisation's own domain (not a mail provider's), no part
    of a name the writer is known by, no first name, and the domain holds none of their name
    words (a family's own domain, "lowie@peeters.example", may carry a nickname)."""
    first_names = gazetteer.load().first_names
    words: set[str] = set()
    for address in who.addresses:
        local, _, domain = address.casefold().partition("@")
        if not _ONE_WORD_LOCAL.fullmatch(local) or not domain \
                or _PROVIDER_DOMAIN.fullmatch(domain) or local in first_names:
            continue
        domain_words = set(re.split(r"[^\w]+|\d+|_", domain))
        if any(part in local or local in part or part in domain_words
               for part in known if len(part) >= _MIN_PART_LETTERS):
            continue
        words.add(local)
    return words | _trade_words_beside_name(who, known)


def _trade_words_beside_name(who: Identity, known: list[str]) -> set[str]:
    """The words of a local part written beside the writer's own name that are the trade or
    the role they mail as, not a name: "ik ben tolk" from voornaam.achternaam.tolk@…. A word of
    the language (not a first name or a surname too: "roos", "bakker") in a local part of
    several words of which one is a name word of theirs, or, with no display name to tell
    ("lien.tolk@…" alone), a first name that is no word of the language; "ik ben <it>" then
    says what they do."""
    gazetteer_words = gazetteer.load()
    names = {part for part in known if len(part) >= _MIN_PART_LETTERS}
    words: set[str] = set()
    for address in who.addresses:
        parts = [part for part in local_part_words(address.casefold())
                 if len(part) >= _MIN_PART_LETTERS]
        if len(parts) < 2 or not any(
                part in names or (not names and part in gazetteer_words.first_names
                                  and part not in gazetteer_words.ordinary) for part in parts):
            continue
        words.update(part for part in parts
                     if part not in names and part in gazetteer_words.ordinary
                     and part not in gazetteer_words.first_names
                     and part not in gazetteer_words.surnames)
    return words


_MAX_LOCAL_PART_CHARS = 64  # RFC 5321; longer is no address, and is not looked into


def _local_part_is_named(local: str, own_words: set[str]) -> bool:
    """An address's local part names the writer: one of its words is one of theirs
    ("sam" of sam.j@…), or one of its runs is two or more of their name words written
    together ("bertcools" of Bert Cools, "coolsbert85"), as in a second address they give in
    a sentence. A run that is a word of the language ("ananas") is a word, not a name."""
    pieces = {word.casefold() for word in re.split(r"[^\w]+|\d+|_", local)}
    if own_words & pieces:
        return True
    if len(local) > _MAX_LOCAL_PART_CHARS:
        return False
    words = frozenset(word for word in own_words if word.isalpha()
                      and len(word) >= _MIN_PART_LETTERS and word not in _NOT_NAME_PARTS)
    ordinary = gazetteer.load().ordinary
    return any(_split_into(run, words - {run}) and run not in ordinary
               for run in pieces if len(run) >= 2 * _MIN_PART_LETTERS)


# "vraag van Lotte (13)", "hulp - from Mia", "question de la part de Léa": a subject that
# says who writes.
_SUBJECT_FROM = re.compile(
    r"(?i)(?<!\w)(?:van|from|de\s+la\s+part\s+de|door|by)\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})"
    # "vraag (van Mitko)": the bracket's close ends the name as a comma does.
    r"(?=\s*(?:$|[,()\-–—!?.:]|\d|(?:en|and|et|uit|from|de|hier|here|ici)\b))"
)
# "van Noa niet van papa", "from Kai not mum", "de la part de Léa pas de maman": on a parent's
# phone the kid sets their name against the account's owner, a parent or another of the family.
# Only with "van/from/de la part de" (who writes, not "gepest door X niet door …") and only
# against a relative: "from Jake not sure what to do", "van Milan niet te geloven" name the
# one the mail is about.
_SUBJECT_FROM_NOT_HOLDER = re.compile(
    r"(?i)(?<!\w)(?:van|from|de\s+la\s+part\s+de)\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})"
    r"\s*,?\s*(?:niet|not|pas)\s+(?:(?:van|from|de\s+la\s+part\s+de|de|d['’])\s*)?"
    r"(?:(?:mijn|m['’]n|my|the|ma|mon|la|le|l['’])\s*)?"
    r"(?:mama|mams|mam|moeder|mami|mammie|papa|paps|pap|vader|papi|pappie|ouders|oma|opa|meme"
    r"|pepe|mum|mummy|mom|mommy|mother|dad|daddy|father|parents|grandma|grandpa|nan|nana"
    r"|granny|maman|m[èe]re|p[èe]re|mamie|papy|papi|grand-m[èe]re|grand-p[èe]re"
    r"|zus|broer|sister|brother|s[œo]eur|fr[èe]re)(?!\w)"
)


_DOTTED_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.[ \t]?){2,4}")


def _known_name_words(who: Identity) -> tuple[list[str], set[str]]:
    """The writer's name words (whole names and their parts) and the words of their
    addresses' local parts, casefolded: what a name they give themselves is checked
    against."""
    known = [part.casefold() for name in _clean_names(who.names)
             for part in [*_name_parts(name.split()), *name.split()]]
    # "T.J.", "A. S.": a display name of initials only; its letters are the name's words.
    known += [letter.casefold() for name in _clean_names(who.names)
              if _DOTTED_INITIALS.fullmatch(name) for letter in name if letter.isalpha()]
    local_words = {
        word.casefold()
        for address in who.addresses
        for word in local_part_words(address)
        if len(word) >= _MIN_PART_LETTERS
    }
    return known, local_words


# "Bericht van Elias Jacobs (4B)", "Message de Zoé Martin (5TQ2)": a platform's subject
# gives the writer's class in brackets right after their name; with the name replaced, the
# class would still point at them. A class starts with a year's number and a capital ("4B",
# "5TQ2", "3 HW", a British form "9C", "10B"), perhaps the year's ordinal mark between ("3e B",
# "5de A", "3de jaar B"); an age ("(13)", "(13j)", "(15 ans)") has none and stays. The same in a
# body, in what the writer quotes: a school's note pasted as « Awa Diallo (3e B) a encore été
# surprise … » names the class beside the name replaced. And where the writer signs with it
# (house policy): "Lena (4B)", "Lore Maes 3B", "Wout Peeters - 4TW", "Ward M. 3A nr. 17" on a
# line of their own, or "Klas: 3B" on the line right under "Naam: Lotte": with the name
# replaced, the class (and the pupil's number in it) would still point at one child; it is
# replaced in place and the line stays. "ik zit in 4B" in a sentence, or "Lotte, 15", stays.
# A British school names the year before the form ("Year 11 (11S)", "Year 10, 10RB", "year 7
# form 7W") or the set ("Y10 set 3"); a Belgian French one the year in words ("2e année C",
# "rhéto B", the last year). "Year 11" alone, like an age, says no more than how old.
# A Flemish school names a class by its year and its study field in short, joined by hyphens
# ("6 Wet-Wisk", "6 Latijn-Wiskunde", "5 Econ-Moderne"): a year alone beside a word is none.
# A year and a form apart ("3 HW", "4 LAT") are capitals after a Belgian year (1 to 7): "Lotte
# 13 Gent", "Amy 11 York", "Kai 12 FtM", "Sam 13 NB" are an age and a town or who they are.
_CLASS_ONE = (r"(?:(?:(?:1[0-3]|[1-9])(?:(?:e|[èe]me|de|ste|re|[èe]re)[ \t]?"
              r"(?:(?:jaar|leerjaar|ann[ée]e)[ \t])?)?|(?i:rh[ée]to)[ \t]?)[A-Z][A-Za-z]{0,3}\d?"
              r"|[1-7][ \t](?:(?:jaar|ann[ée]e)[ \t])?[A-Z]{1,4}\d?(?![\w'’-])"
              r"|[1-7][ \t][A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,}){1,2})")
_CLASS_CODE = (rf"(?:(?i:year|yr|y)[ \t]?\d{{1,2}}(?:[ \t]{{0,3}},[ \t]{{0,3}}{_CLASS_ONE}"
               rf"|[ \t]{{0,3}}\([ \t]{{0,3}}{_CLASS_ONE}[ \t]{{0,3}}\)"
               rf"|[ \t]{{1,3}}(?i:form)[ \t]{{1,3}}{_CLASS_ONE}"
               rf"|[ \t]{{1,3}}(?i:set)[ \t]{{1,3}}\d{{1,2}}"
               # "Y10 10RB": the year, then the form that opens with it, apart.
               rf"|[ \t]{{1,3}}(?:1[0-3]|[7-9])[A-Z]{{1,3}}\d?(?![\w'’-]))|{_CLASS_ONE})")
_CLASS_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<class>" + _CLASS_CODE + r")[ \t]*\)")
# "nr. 17", "n° 12" after the class: the pupil's number in it.
_PUPIL_NUMBER = r"(?:[ \t]+(?:nr|n°|no)\.?[ \t]*\d{1,3})?"
_CLASS_FIELD = r"(?i:klas|classe|class|form)[ \t]*:?[ \t]*"
# "Naam: Lotte" over "Klas: 3B": the same name labels a pasted form gives (names_labelled).
_NAME_LABEL = rf"(?:{_NAME_FIELD.pattern}[ \t]*)?"


# Between the name on a card and its class: an initial, then a comma, a bar or a dash (or a
# space before a glued class, "2A"), perhaps the word "klas".
_AFTER_CARD_NAME = (rf"(?:[ \t]+[^\W\d_]\.)?(?:[ \t]*[,|][ \t]*|[ \t]+[–—-][ \t]+"
                    rf"|[ \t]+(?=\d{{1,2}}[A-Z]))(?:{_CLASS_FIELD})?")


def _signed_class(name: str) -> re.Pattern[str]:
    """A line that is `name` (perhaps an initial after it) and a class code beside it, or a
    "Klas: 3B" line right under a line that is only `name` (perhaps after "Naam:")."""
    own = re.escape(name)
    # "Naam: Yasmina El Idrissi" over "Klas: 3B": a surname's particle ("El", "van", "de") is
    # no name and stays between the name's parts replaced one by one; the line is still the
    # name and nothing else.
    particle = "|".join(re.escape(word) for word in sorted(_SURNAME_PARTICLES, key=len,
                                                              reverse=True))
    full = rf"{own}(?:[ \t]+(?i:{particle})[ \t]+{own})?"
    return re.compile(
        rf"(?m)^(?P<lead>[ \t]*{_NAME_LABEL}{full}(?:[ \t]+[^\W\d_]\.?)?"
        rf"(?:[ \t]*[,–—-][ \t]*|[ \t]*\([ \t]*|[ \t]+)"
        # "Lotte, klas 4B", "Lotte uit 4B", "Sam from 9C": the word for the class between.
        rf"(?:(?i:klas|classe|class|form|uit|van|from|in)(?:[ \t]*:[ \t]*|[ \t]+))?)"
        # "lotte 4b": signed in lower case, the class too (a year of 1 to 7, one letter).
        rf"(?P<class>(?:{_CLASS_CODE}|[1-7][a-df-i]\d?(?![\w'’-])){_PUPIL_NUMBER})"
        rf"(?=[ \t]*\)?[ \t]*\r?$)"
        # "Naam: <name> / Leeftijd: 14 / Klas: 2B": a form's other short fields may stand
        # between the name's and the class's (the same form's, one pupil's).
        rf"|^(?P<field>[ \t]*{_NAME_LABEL}{full}[ \t]*\r?\n"
        rf"(?:[ \t]*[^\W\d_][\w'’ .]{{0,29}}:[^\n:]{{0,40}}\r?\n){{0,2}}[ \t]*{_CLASS_FIELD})"
        rf"(?P<code>{_CLASS_CODE})(?=[ \t]*\r?$)"
        # "Leerling: Robin – klas 3 MOWE", "Kluisje 118 – Jitse – 4 ECWI": on a pasted card's
        # field or list row the class is the last field, right after the name ...
        rf"|(?P<card>^[ \t]*(?:[^\W\d][\w'’ .]{{0,29}}:|[A-ZÀ-Ý][\w'’-]*[ \t]+\d{{1,4}}"
        rf"[ \t]*[–—-])[ \t]*{own}{_AFTER_CARD_NAME})"
        rf"(?P<card_class>{_CLASS_CODE}{_PUPIL_NUMBER})(?=[ \t]*\r?$)"
        # ... and beside a name a pasted letter is signed with by kin, or a name tag's ("Jullie
        # dochter Mila, 4de leerjaar B, VBS …", "naamlabel E. Yildiz 2A, met …"), the next
        # field or the sentence may follow. (A document's title, "Lessenrooster <name> – 4LA
        # – week 12", and a card's field with more fields after the class, "Élève : <name> –
        # 3ème B – Identifiant …", are labelled content in older sets: not read.)
        rf"|(?P<tag>(?<![\w'’-])(?i:(?:jullie|uw|your|votre)[ \t]+(?:dochter|zoon|kind"
        rf"|daughter|son|child|fille|fils)|naamlabel|naametiket|name[ \t]+tag)[ \t]+"
        rf"(?:[A-ZÀ-Ý]\.[ \t]*)?{own}{_AFTER_CARD_NAME})"
        rf"(?P<tag_class>{_CLASS_CODE}{_PUPIL_NUMBER})"
        rf"(?=[ \t]*(?:[,|–—]|[ \t]-[ \t]|\r?$))")


def without_class_beside_name(subject: str, name: str, placeholder: str | None = None) -> str:
    """`subject` without a bracketed class right after `name` (the pseudonym put in place of
    the writer's name); with a `placeholder` (a body), the class in a quote, or beside the
    name the writer signs with, is replaced by it, and the brackets stay."""
    if not name:
        return subject
    if placeholder is None:
        return re.sub("(" + re.escape(name) + ")" + _CLASS_IN_BRACKETS.pattern, r"\1", subject)

    def replaced(match: re.Match[str]) -> str:
        start, end = match.span("class")
        return match.group()[:start - match.start()] + placeholder \
            + match.group()[end - match.start():]

    def signed(match: re.Match[str]) -> str:
        lead = next(group for group in (match["lead"], match["field"], match["card"],
                                         match["tag"]) if group is not None)
        return lead + placeholder

    # A pasted letter names the class in brackets without quotes ("L'élève Loïc Dethier (3e C)
    # est convoqué", "Your appointments for Seun Ade (Year 10, 10RB)"): right after the name
    # replaced, a class is the pupil's wherever it stands.
    quoted = re.sub(rf"(?<![\w-]){re.escape(name)}" + _CLASS_IN_BRACKETS.pattern, replaced, subject)
    return _signed_class(name).sub(signed, quoted)


def learn_subject_names(subject: str, who: Identity) -> Identity:
    """`who` with the names the writer gives themselves in the subject ("vraag van Lotte (13)",
    "ik ben Lotte", "Cam, 16 ans"), which crosses as a header and is cleaned with the body's
    identity: a first name, or a short form of a name they are known by."""
    subject = subject.strip()
    if not subject:
        return who
    known, local_words = _known_name_words(who)
    # "lien", "vraag" as the whole subject: a lower-case word alone is a name only when it is
    # one they are known by (their address holds it), not because a first name is spelt so.
    names = [name for name in _introduced_names([subject], local_words, known)
             if name != subject or not name.islower()
             or _is_known_word(name, known, local_words)]
    candidates = [match["name"] for pattern in (_SUBJECT_FROM, _SUBJECT_FROM_NOT_HOLDER)
                  for match in pattern.finditer(subject)]
    if (name_age := _NAME_AGE_LINE.fullmatch(subject)) is not None:
        candidates.append(name_age["name"])
    words = gazetteer.load()
    for candidate in candidates:
        # "Mail van Kato Verlinden": the first name decides; the surname comes with it.
        word = candidate.split()[0]
        folded = word.casefold()
        if not _name_before_an_age(word):
            continue
        first_name = folded in words.first_names and (word[0].isupper()
                                                      or folded not in words.ordinary)
        if _is_known_word(word, known, local_words) or _is_short_form(word, known) or first_name:
            names.append(candidate)
    # "Noor ✨ hulp aub": a capitalised first name opening the subject, tagged with an emoji
    # like a label; one that is also a word ("Hoop 🙏 …") is not taken.
    if (tagged := _SUBJECT_NAME_EMOJI.match(subject)) is not None:
        word = tagged["name"]
        folded = word.casefold()
        if word[0].isupper() and folded in words.first_names and folded not in words.ordinary \
                and folded not in _NOT_SIGNED_NAMES and folded not in _FUNCTION_WORDS:
            names.append(word)
    learned = [name for name in dict.fromkeys(names) if len(name) <= _MAX_LEARNED_NAME_CHARS]
    if not learned:
        return who
    return dataclasses.replace(who, names=tuple(dict.fromkeys((*who.names, *learned))))


_SUBJECT_NAME_EMOJI = re.compile(
    r"(?P<name>[^\W\d_][\w'’-]{1,24})[ \t]{0,3}[\u2600-\u27bf\U0001f300-\U0001faff]")
