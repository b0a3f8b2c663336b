"""Replacing a sign-off where it stands: one initial, a name after the wishes on the last line,
a volunteer's chat-word, and learned names that are ordinary words.

Separate from the names_* modules, which learn names; these replace them in one place only.
"""

from __future__ import annotations

import dataclasses
import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.attributions import (
    _header_blocks,
)
from mailhandler.core.scrub.identity import (
    Identity,
    _clean_names,
    _without_accents,
)
from mailhandler.core.scrub.lines import (
    _join,
    _split_lines,
)
from mailhandler.core.scrub.names import (
    _known_name_words,
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
    _SLURS,
)
from mailhandler.core.scrub.signature_lines import (
    _CLOSING,
    _PRONOUN_WORDS,
    _TITLE_PARTICLES,
    _is_client_line,
)
from mailhandler.core.scrub.signatures import (
    _RULE_DELIMITER,
    _SIGNATURE_DELIMITER,
    _history_start,
)
from mailhandler.core.scrub.undelimited import (
    _is_history_stretch,
    _own_stretch,
    _stretches,
)

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
                 if not lines[index].blank and not _is_client_line(lines[index].content.strip())
                 and not _SIGNATURE_DELIMITER.fullmatch(lines[index].body)),
                None)
    if last is None:
        return text
    content = lines[last].content
    tail_at = max(0, len(content) - _INITIAL_AFTER_MARK_TAIL)
    closing = _INITIAL_AFTER_MARK.search(content, tail_at)
    if closing is not None and _without_accents(closing["initial"]).casefold() in initials \
            and any(char.isalnum() for char in content[:closing.start()]) \
            and not _letter_belongs_before(content[:closing.start()]):
        # "Dag, ik denk aan je ❤️ M": signed on the line of the text itself, after a heart,
        # kisses or a dash; the mark sets the letter apart from the words ("plan B" is none).
        start, end = closing.start("initial"), closing.end("initial")
        lines[last] = lines[last]._replace(content=content[:start] + replacement + content[end:])
        return _join(lines)
    if last == first:
        return text  # a text of one letter is what they wrote, not a signature
    match = _ONE_INITIAL_LINE.fullmatch(content)
    if match is None or _without_accents(match["initial"]).casefold() not in initials:
        return text
    lines[last] = lines[last]._replace(content=match["lead"] + replacement)
    return _join(lines)


# A capital letter closing the writer's last line right after a heart, kisses or a dash:
# "ik denk aan je ❤️ M", "hou je goed xx M", "tot morgen — M".
# Looked for in the line's last few characters only: a line of thousands of words is read
# once, not tried at every place it could be split.
_INITIAL_AFTER_MARK = re.compile(
    r"(?<=\S)[ \t]{1,3}"
    r"(?:(?i:x{1,4}|(?:xo){1,3}x?)|<3{1,3}|[-–—~]{1,2}"
    r"|[\u2600-\u27bf\U0001f300-\U0001faff][\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{0,5})"
    r"[ \t]{1,3}(?P<initial>[A-ZÀ-Ý])\.?[ \t]*\Z")
_INITIAL_AFTER_MARK_TAIL = 24
# "een A - B", "klas 4 - B", "plan — B", "vitamin 💊 D": the letter after the mark goes with
# the word before it (a range of grades, a class, a plan, a vitamin), not with the writer.
_TAKES_A_LETTER = frozenset((
    "plan", "type", "vitamine", "vitamin", "vitamines", "vitamins", "klas", "class", "classe",
    "groep", "group", "groupe", "optie", "option", "blok", "bloc", "block", "niveau", "level",
    "graad", "grade", "categorie", "category", "catégorie", "hepatitis", "hépatite", "stap",
    "step", "étape", "deel", "part", "partie", "bijlage", "annexe", "rij", "row", "rang",
    "lokaal", "gebouw", "building", "bâtiment", "afdeling", "zone", "kant", "side", "face",
))


def _letter_belongs_before(before: str) -> bool:
    """Whether the word before a heart, kisses or a dash takes the capital after them as
    its own (_TAKES_A_LETTER): a letter or a number of its own ("A - B", "4 – B") or a word
    that is followed by a letter."""
    words = before.split()
    word = words[-1].strip(".,;:!?()'\"’") if words else ""
    return len(word) == 1 or any(char.isdigit() for char in word) \
        or word.casefold() in _TAKES_A_LETTER
_RULE_ABOVE_SIGNATURE = re.compile(f"{_SIGNATURE_DELIMITER.pattern}|{_RULE_DELIMITER.pattern}")
# "xx KD 💜", "— J.V.", "AB x": a line of its own holding only the initials of the writer's
# full name (two to four capitals, dotted or not), perhaps after a dash or kisses and before
# kisses or a heart.
_KISSES_OR_HEARTS = (r"(?i:x{1,4}|(?:xo){1,3}x?|<3{1,3})"
                     r"|[\u2600-\u27bf\U0001f300-\U0001faff][\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{0,5}")
_INITIALS_SIGN_OFF_LINE = re.compile(
    rf"(?P<lead>(?:[-–—~]{{1,3}}|{_KISSES_OR_HEARTS})?[ \t]{{0,3}})"
    # "M.-A." of Marie-Aude: a double first name's initials keep its hyphen.
    r"(?P<initials>[A-ZÀ-Ý](?:\.?[ \t]?[A-ZÀ-Ý]|\.-[A-ZÀ-Ý]){1,3}\.?)"
    rf"(?:[ \t]{{0,3}}(?:{_KISSES_OR_HEARTS})){{0,2}}"
    # "KDB 07/12": initials and a date, as one initials a page or a checklist (a paraph).
    r"(?P<date>[ \t]{1,3}\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{4}|\d{2}))?)?"
    # "PJ · student psychologie", "KD – vrijwilliger": a card line headed by the initials,
    # a few words of role after a card's separator; the role is the writer's to tell.
    r"(?:[ \t]{1,3}[·•|–—][ \t]{1,3}[^\W\d_][^.!?\n]{0,50})?[ \t]*")
# "Hou moed,", "Sterkte gewenst,", "Veel liefs en moed,": a wish of one to four words that ends
# in a comma, as a closing does (only read above dotted initials that end the text).
_COMMA_WISH = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:[ \t][^\W\d_]+){0,3},")
# "B.V.", "J.-P.": every letter dotted, as no word is written ("bv" is "bijvoorbeeld").
_DOTTED_SIGN_OFF_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.[ \t-]?){2,4}")


def replace_initials_sign_off(text: str, who: Identity, replacement: str) -> str:
    """The writer's own text with a line that signs it with the initials of their full name
    ("xx KD 💜" by Kim D'Hondt) replaced on that line: a paragraph of its own (or the line
    under a closing), wherever it stands, also above a P.S. or a list of steps that follow
    it. Two capitals are too short to look for everywhere ("KD" may be a word of the text);
    alone on a line between blank lines and matching the letters of their name, they sign."""
    forms = _initials_forms(who)
    if not forms:
        return text
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    replaced = False
    for first, end in _stretches(lines, blocks):
        if _is_history_stretch(lines, blocks, first, end):
            continue
        own = [index for index in range(first, end)
               if not lines[index].blank and lines[index].depth == 0]
        for index in own[1:]:  # the first line of their text is their text
            above, below = lines[index - 1], lines[index + 1] if index + 1 < end else None
            # (Under a closing, or a rule drawn above a self-made signature: "---" / "PJ".)
            under_closing = above.blank or _CLOSING.match(above.content.strip()) is not None \
                or _RULE_ABOVE_SIGNATURE.fullmatch(above.content.strip()) is not None
            line = lines[index]
            match = _INITIALS_SIGN_OFF_LINE.fullmatch(line.content.strip())
            if match is None:
                continue
            # (Initials dated as a paraph may stand right above the next item of a list.)
            if below is not None and not below.blank and not match["date"]:
                continue
            letters = _without_accents(re.sub(r"[.\s-]", "", match["initials"])).casefold()
            dotted = _DOTTED_SIGN_OFF_INITIALS.fullmatch(match["initials"]) is not None
            # "Hou moed, / B.C.": a wish of a few words ending in a comma closes the text as a
            # closing does; dotted initials as the last line under it sign it.
            if not under_closing and not (dotted and index == own[-1]
                                          and _COMMA_WISH.fullmatch(above.content.strip())):
                continue
            if letters not in forms or letters in _CAPITALS_NOT_INITIALS \
                    or ((letters in _FUNCTION_WORDS or letters in gazetteer.load().ordinary)
                        and not dotted):
                continue
            lead = len(line.content) - len(line.content.lstrip())
            start, stop = lead + match.start("initials"), lead + match.end("initials")
            lines[index] = line._replace(
                content=line.content[:start] + replacement + line.content[stop:])
            replaced = True
    return _join(lines) if replaced else text


_MIN_FULL_NAME_WORDS = 2


# "…geen afwijzing.[LVH2]" and "Opmerking [LVH2]: zin van Griet …": Word's comment markers,
# the commenter's initials and the comment's number in square brackets, left in when a text
# typed in Word with comments is pasted into a mail. The initials are the writer's (Word takes
# them from the user's name): they go, the number stays, so each note still points at its line.
_COMMENT_MARKER = re.compile(r"\[(?P<initials>[A-ZÀ-Ý]{2,4})(?P<number>\d{1,3})\]")


def replace_comment_markers(text: str, who: Identity) -> str:
    """`text` with each Word comment marker "[LVH1]" that holds the initials of one of the
    writer's full names written as "[1]". Other bracketed codes ("[AB12]", "[Q3]") stay."""
    if "[" not in text or _COMMENT_MARKER.search(text) is None:
        return text
    forms = _initials_forms(who) | _initials_forms(who, without_particles=True)

    def replace(match: re.Match[str]) -> str:
        if _without_accents(match["initials"]).casefold() not in forms:
            return match.group()
        return f"[{match['number']}]"

    return _COMMENT_MARKER.sub(replace, text)


def _initials_forms(who: Identity, *, without_particles: bool = False) -> set[str]:
    """The initials of each of the writer's full names, folded: every word's ("jvdb"), and
    either only the capitalised words' ("jvb" of Jan van den Berg; a hyphenated surname as
    one word or two), or, `without_particles`, those of the words that are no particle or
    title ("jb"; a hyphenated surname as two words). A sign-off is typed as the name looks;
    a label of initials is typed as one's initials are known at work, particles left out."""
    forms: set[str] = set()
    for name in _clean_names(who.names):
        # "PJ" for Pieter-Jan, "JP" for Jean-Pierre: a double first name goes by its
        # initials, as a full name does.
        first = _without_accents(name).split()[0] if name.split() else ""
        if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+){1,2}", first):
            forms.add("".join(part[0] for part in first.split("-")).casefold())
        for pattern in ((r"[\s-]+",) if without_particles else (r"\s+", r"[\s-]+")):
            words = [word for word in re.split(pattern, _without_accents(name).strip())
                     if word[:1].isalpha()]
            if len(words) < _MIN_FULL_NAME_WORDS:
                continue
            forms.add("".join(word[0] for word in words).casefold())
            forms.add("".join(word[0] for word in words
                              if (word.casefold() not in _TITLE_PARTICLES if without_particles
                                  else word[0].isupper())).casefold())
    forms |= _address_initials(who)
    return {form for form in forms if len(form) >= _MIN_FULL_NAME_WORDS}


_ADDRESS_INITIALS = re.compile(r"[a-z]{2,3}")


def _address_initials(who: Identity) -> set[str]:
    """ "bv" of bv-lumi@…, "pj" of pj.wyffels@…, "fz" of fz.elidrissi@…: a part of two or
    three letters of the writer's own address, opening with the first letter of a name of
    theirs, is the initials they go by (a mail without a display name, signed "B.V."). The
    first letter must match: "nl" of info-nl@… is a country, not Nathalie's initials."""
    openings = {_without_accents(name)[:1].casefold() for name in _clean_names(who.names)}
    forms: set[str] = set()
    for address in who.addresses:
        local = _without_accents(address.partition("@")[0]).casefold()
        forms.update(part for part in re.split(r"[.\-_+]", local)
                     if _ADDRESS_INITIALS.fullmatch(part) and part[0] in openings)
    return forms


# "… you deserve to feel safe. / Bob", "Je reste là, / So", "write back anytime / liz": one
# word alone on the last line of the writer's own text, perhaps after a dash, kisses ("xoxo
# Eef") or a flower or two ("🌼 Mo"), or before kisses.
_LAST_LINE_SIGN_OFF = re.compile(
    r"(?:[-–—~]|(?i:x{1,4}|(?:xo){1,3}x?)[ \t]"
    r"|[\u2600-\u27bf\U0001f300-\U0001faff][\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{0,5})?"
    r"[ \t]{0,3}"
    # "Mevrouw Kat", "Juf Lien", "Mr Tom": the name a teacher or a coach goes by, after the
    # title the young people call them by; the title is the writer's word and stays.
    r"(?P<title>(?i:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|juf|juffrouw|meester|madame|mme\.?"
    r"|mademoiselle|mlle\.?|monsieur|mr\.?|mrs\.?|ms\.?|miss|coach)[ \t]{1,3})?"
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
    wrote_above = False
    for first, end in _stretches(lines, blocks):
        if _is_history_stretch(lines, blocks, first, end):
            continue
        own = [index for index in range(first, end)
               if not lines[index].blank and lines[index].depth == 0
               and lines[index].content.strip() != marker
               and not _is_client_line(lines[index].content.strip())]
        signs_under_quote = len(own) == 1 and wrote_above and own[0] == first \
            and first > 0 and lines[first - 1].depth > 0
        wrote_above = wrote_above or bool(own)
        if len(own) < 2 and not signs_under_quote:
            # The writer's only line is their text, whatever it is; but a line right under a
            # line they quote, below their own answer, signs it ("> …" / "Jas").
            continue
        last = lines[own[-1]]
        span = _sign_off_span(last.content, known)
        if span is not None and _an_answer(last.content[span[0]:span[1]],
                                           [lines[index].content for index in own[:-1]]):
            span = None  # "Mag je boos zijn? // Ja x" by Jana: her answer, not her name
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
    if not (short_form or first_name) or (match["title"] and not short_form):
        return None  # ("meneer Jan" closing a sentence: a teacher named, not the writer)
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
    return who if kept == who.names else dataclasses.replace(who, names=kept)


def _is_ordinary_word(folded: str, ordinary: frozenset[str]) -> bool:
    return folded in ordinary or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED


# "c'est Léa de Lumi", "Lotte van Lumi", "Jules from Lumi": where a volunteer introduces
# themselves, the helpline they answer for after "de"/"van"/"from" is no surname.
_HELPLINE_ORIGIN = frozenset(("de", "van", "from", "bij", "chez", "of"))


def without_helpline_origin(who: Identity, known: Identity, helpline_name: str) -> Identity:
    """`who` with the names learned from the text (not in `known`) that end in an origin word
    and the helpline's own name cut before it: replaced as they stand, they would take the
    helpline's name (the writer's own word) out of "c'est Léa de Lumi !"."""
    own = {name.casefold() for name in known.names}
    helpline = helpline_name.strip().casefold()
    if not helpline:
        return who
    kept: list[str] = []
    for name in who.names:
        words = name.split()
        if name.casefold() not in own and len(words) >= 3 \
                and " ".join(words[-len(helpline.split()):]).casefold() == helpline \
                and words[-len(helpline.split()) - 1] in _HELPLINE_ORIGIN:
            name = " ".join(words[:-len(helpline.split()) - 1])
        if name not in kept:
            kept.append(name)
    return who if tuple(kept) == who.names else dataclasses.replace(who, names=tuple(kept))


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
    known, _ = _known_name_words(who)
    match = _TWO_LETTER_SIGN_OFF.fullmatch(last.content.strip())
    words = last.content.split()
    if words and _an_answer(words[0], [lines[index].content for index in own[:-1]]):
        return text  # "Nee x", "Ok x": the writer's answer, in the language they write in
    if match is None:
        match = _KISSED_CHAT_WORD.fullmatch(last.content.strip())
        if match is None or not _kissed_name(match["name"], known):
            return text
    else:
        folded = match["name"].casefold()
        if folded not in gazetteer.CHAT_WORDS \
                or not any(len(part) > len(folded) and part.startswith(folded) for part in known):
            return text
    lead = len(last.content) - len(last.content.lstrip())
    start, end = lead + match.start("name"), lead + match.end("name")
    lines[own[-1]] = last._replace(
        content=last.content[:start] + name_replacement + last.content[end:])
    return _join(lines)


def replace_bare_initials_sign_off(text: str, who: Identity, name_replacement: str) -> str:
    """ "dm" from Dries Maes, the last line of a quick answer typed on a phone: lower-case
    initials without dots, replaced on that line only. Two letters are often a chat word too
    ("dm", a direct message), so they are not learned as a name to replace everywhere (see
    without_learned_words); where they sign, under the writer's last words, they are theirs."""
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return text
    own = [index for index in range(*stretch)
           if not lines[index].blank and not _is_client_line(lines[index].content.strip())]
    if len(own) < 2:
        return text
    last = lines[own[-1]]
    if not _signs_with_bare_lower_initials(last.content.strip(), who,
                                           [lines[index].content for index in own[:-1]]):
        return text
    lead = len(last.content) - len(last.content.lstrip())
    lines[own[-1]] = last._replace(content=last.content[:lead] + name_replacement)
    return _join(lines)


# "dm", "jvd": initials typed in lower case without dots, as quick answers from a phone are.
_LOWER_BARE_INITIALS = re.compile(r"[a-zà-ÿ]{2,3}")


def _signs_with_bare_lower_initials(line: str, who: Identity, above: list[str]) -> bool:
    """Lower-case initials of one of the writer's full names, without dots, on the last line
    under their own lines `above`; not when the same letters stand in those lines as a word
    (then the last line is that word too: "stuur me een dm … / dm")."""
    if _LOWER_BARE_INITIALS.fullmatch(line) is None \
            or _without_accents(line).casefold() not in _initials_forms(who):
        return False
    word = re.compile(rf"(?<!\w){re.escape(line)}(?!\w)", re.IGNORECASE)
    return not any(word.search(row) for row in above)


# Words that answer: alone on the last line, kissed or not, they are the writer's "no", "yes"
# or "ok" ("Moet je je schamen omdat je huilt? // Nee ❤️"), in the language they write in;
# only under a text in another language can they be a name ("Nee x" by Niamh, under English).
# Some are a word in every language the helpline is written to in.
_ANSWER_WORDS = {
    "nee": "nl", "neen": "nl", "ja": "nl", "jep": "nl", "jawel": "nl", "nope": "en", "no": "en",
    "yep": "en", "yeah": "en", "non": "fr", "oui": "fr", "ouais": "fr", "si": "fr",
}
_ANSWER_WORDS_EVERYWHERE = frozenset((
    "ok", "oké", "oke", "okay", "okee", "oki", "okido", "yes", "top", "sos", "super", "cool",
))
# A few words that mark a text's language; "je" and "en" are both Dutch and French, and left out.
_LANGUAGE_MARKERS = {
    "nl": frozenset((
        "ik", "jij", "jou", "jouw", "het", "een", "niet", "dat", "wat", "van", "met", "voor",
        "mag", "kan", "heb", "hebt", "ben", "bent", "ook", "maar", "zijn", "wel", "naar", "dan",
        "er", "mijn", "wil", "moet", "zo", "zullen", "omdat", "hoe", "waarom", "jezelf", "of",
        "schreef", "denk", "vraagt", "wie", "zeggen", "als", "nog", "altijd", "dit", "deze",
    )),
    "en": frozenset((
        "the", "you", "your", "and", "it's", "i'm", "is", "to", "of", "that", "with", "not",
        "are", "my", "what", "it", "for", "have", "can", "do", "did", "if", "so", "be", "this",
        "asked", "wrote", "was", "how", "why", "who", "will", "would", "anything",
    )),
    "fr": frozenset((
        "tu", "te", "toi", "ton", "ta", "tes", "est", "les", "des", "une", "pas", "que",
        "qui", "avec", "pour", "mais", "vous", "c'est", "j'ai", "suis", "si", "demandes", "peux",
        "il", "elle", "on", "dans", "sur", "moi", "m'écrire", "encore",
    )),
}


_ASKED = re.compile(r"(?i)\?|(?<!\w)(?:vraag|vraagt|vroeg|vroeg\w*|asked?|asks|asking"
                    r"|demandes?|demandais|demand[ée])(?!\w)")


def _an_answer(word: str, above: list[str]) -> bool:
    """Whether `word`, alone (or kissed) on the last line under the lines `above`, is the
    writer's answer to a question (_ANSWER_WORDS): one asked or told in the paragraph right
    above it ("Moet je je schamen omdat je huilt? // Nee ❤️", "Je vraagt of het jouw schuld
    is. // Nee x"), in the language the text is written in. "Nee x" under an English text,
    or under no question, is the name the writer signs with."""
    folded = word.strip(".,!?").casefold()
    if folded in _ANSWER_WORDS_EVERYWHERE:
        return True
    language = _ANSWER_WORDS.get(folded)
    if language is None:
        return False
    paragraph: list[str] = []
    for line in reversed(above):
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line)
    if not any(_ASKED.search(line) for line in paragraph):
        return False
    text = " ".join(above).casefold().replace("’", "'")
    tokens = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text)
    scores = {lang: sum(token in markers for token in tokens)
              for lang, markers in _LANGUAGE_MARKERS.items()}
    return scores[language] >= max(scores.values())


# "Nee x" by Niamh, "Ke xx" by Kezia: a capitalised word and kisses (or a heart) alone on the
# last line of a volunteer's answer, the word a first name that is also a chat word (which
# is why replace_sign_off_name leaves it: a young person's "nee x" is "no").
_KISSED_CHAT_WORD = re.compile(
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{1,7})[ \t]{1,3}"
    r"(?:(?i:x{1,4}|(?:xo){1,3}x?)|<3{1,3}"
    r"|[\u2600-\u27bf\U0001f300-\U0001faff][\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{0,5})"
    r"[ \t]*")


def _kissed_name(word: str, known: list[str]) -> bool:
    """Whether `word`, kissed on the answer's last line, is the volunteer's signing name: a
    first name (also a chat word), no closing, no function word, opening with the first
    letter of one of their names (a short form or pet form of it: "Nee" for Niamh)."""
    folded = word.casefold()
    return folded in gazetteer.CHAT_WORDS and folded in gazetteer.load().first_names \
        and not _CLOSING.match(word) and folded not in _FUNCTION_WORDS \
        and folded not in _NOT_SIGNED_NAMES \
        and any(part[:1] == folded[:1] and part != folded for part in known)


# --------------------------------------------------------- a help-seeker's sign-off line

# "🦋 ly 🦋", "mats 13", "J.D.V.", "EH": the line a young person signs their own text with,
# perhaps framed by emoji or dashes, perhaps with their age after it. The name is a word, a
# run of dotted initials, or two or three capitals.
_EMOJI_FRAME = r"(?:[-–—~*]|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]){0,6}"
_SEEKER_SIGN_OFF_LINE = re.compile(
    _EMOJI_FRAME + r"[ \t]{0,3}(?P<name>(?:[A-Z]\.){2,4}|[A-Z]{2,3}|[^\W\d_][\w'’-]{1,24})"
    r"(?:[ \t]{1,3}\d{1,2})?[ \t]{0,3}" + _EMOJI_FRAME
    + r"(?:[ \t]{0,3}\((?P<aside>[^()\n]{0,120})\))?")
# "bean (that's what my friends call me)", "pluim (bijnaam, niet mijn echte naam)": the aside
# says the word is a name friends give them, whatever word it is. Not what bullies call them
# ("they call me …" alone): that is the substance of the mail.
_CALLED_ASIDE = re.compile(
    r"(?i)\b(?:(?:my\s+)?friends\s+call\s+me|mijn\s+vrienden\s+noemen\s+(?:me|mij)"
    r"|noemen\s+mijn\s+vrienden\s+(?:me|mij)|(?:mes\s+)?(?:amis|potes)\s+m['’]appellent"
    r"|nick\s?name|bijnaam|surnom|not\s+my\s+real\s+name|niet\s+mijn\s+echte\s+naam"
    r"|pas\s+mon\s+vrai\s+nom)")
# Capitals that say something, not someone: "OK", "XD", "PS", "SOS".
_CAPITALS_NOT_INITIALS = frozenset((
    "ok", "xd", "ps", "sos", "omg", "wtf", "idk", "lol", "nb", "pls", "plz", "thx", "ty", "tks",
    "btw", "hey", "bye", "aub", "svp", "stp",
))


_MAX_INITIALS = 3


def closed_by_client_line(text: str) -> bool:
    """Whether the writer's own text ends, under a blank line, with a client's line ("ey / …
    / Adam / (blank) / Verstuurd vanaf mijn iPad"): the client line closes the mail as a
    signature does, and goes without a marker (remove_delimited_signature), so the line above
    it is read as the line above a removed signature (replace_seeker_sign_off)."""
    last = text.rstrip().rpartition("\n")[2].strip()
    if not _is_client_line(last.lstrip("> ").strip()) and not last.startswith(">"):
        return False  # the text does not end with one (or ends with a quote): most mails
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return False
    first, end = stretch
    filled = [index for index in range(first, end)
              if not lines[index].blank and lines[index].depth == 0]
    return len(filled) >= 2 and _is_client_line(lines[filled[-1]].content.strip()) \
        and filled[-2] < filled[-1] - 1 \
        and not _is_client_line(lines[filled[-2]].content.strip())


def replace_seeker_sign_off(text: str, marker: str, name_replacement: str, *,
                            closed_by_client: bool = False) -> str:
    """A help-seeker's sign-off replaced on its own line, where the shape of the mail shows
    it signs: right under a closing ("bisous" / "🦋 ly 🦋", "Gr," / "J.D.V."), or as the last
    line of their own text right above the account holder's signature (removed, `marker`), the
    client line that closed the mail (`closed_by_client`) or
    closing ("wout" / "Met vriendelijke groeten" / …, "mats 13" / "-- Jonas Maes …"). On a
    parent's or sibling's account the name is not in any header, and a first name that is
    also a word ("mats", "wout") or a pair of capitals ("EH") is not learned for everywhere;
    on that line it names only the writer. The word must be a first name or initials."""
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return text
    first, end = stretch
    own = [index for index in range(first, end)
           if not lines[index].blank and lines[index].depth == 0
           and not _is_client_line(lines[index].content.strip())
           and not _SIGNATURE_DELIMITER.fullmatch(lines[index].body)]
    # What follows the sign-off: the marker of a removed signature, or closing lines.
    tail = len(own)
    while tail > 0 and (lines[own[tail - 1]].content.strip() == marker and marker
                        or _CLOSING.match(lines[own[tail - 1]].content.strip())):
        tail -= 1
    for position in {tail - 1, len(own) - 1}:
        if position < 2:
            continue  # their first lines are their text, whatever they are
        below = position < len(own) - 1 and position == tail - 1 \
            and own[position + 1] > own[position] + 1  # a blank line, then the signature
        # … or then the client line that closed the mail (closed_by_client_line), gone now.
        # Only a capitalised word there ("Adam"): one word a line ("what / do / i / do") is a
        # sentence, its last word no name.
        below = below or (closed_by_client and position == len(own) - 1
                          and lines[own[position]].content.strip()[:1].isupper())
        above = _CLOSING.match(lines[own[position - 1]].content.strip()) is not None \
            and own[position - 1] == own[position] - 1
        if not (below or above):
            continue
        line = lines[own[position]]
        match = _SEEKER_SIGN_OFF_LINE.fullmatch(line.content.strip())
        if match is None or not (_signs_as_name(match["name"]) or match["aside"] is not None
                                 and _CALLED_ASIDE.search(match["aside"]) is not None
                                 and match["name"].casefold() not in _SLURS):
            continue
        lead = len(line.content) - len(line.content.lstrip())
        start, stop = lead + match.start("name"), lead + match.end("name")
        lines[own[position]] = line._replace(
            content=line.content[:start] + name_replacement + line.content[stop:])
        return _join(lines)
    return text


def _signs_as_name(word: str) -> bool:
    """`word` can sign a mail: initials, or a first name that is no closing or chat word."""
    folded = word.casefold()
    if folded in _CAPITALS_NOT_INITIALS:
        return False
    if "." in word or (word.isupper() and len(word) <= _MAX_INITIALS):
        return True  # capitals alone on a signing line are initials, even "EH" (not "eh")
    if folded in gazetteer.CHAT_WORDS or folded in _NOT_SIGNED_NAMES or folded in _SLURS \
            or folded in _FUNCTION_WORDS or folded in _WISHES or folded in gazetteer.NOT_PEOPLE \
            or _CLOSING.match(word):
        return False
    return folded in gazetteer.load().first_names


# ------------------------------------------------------------ initials labelling answers

# "EG: Dat doet pijn …", "[EG] Ja.", "> JVdV: klopt": a writer answering between the lines
# of the mail they reply to marks each of their answers with their initials. Two or three
# capitals (a particle's small letter between them) opening a line, before a colon or in
# brackets. Bounded: no part can take more than its few characters.
_INITIALS_LABEL = re.compile(
    r"^(?P<lead>[ \t>]{0,12})(?:\[(?P<bracketed>[A-ZÀ-Ý](?:[a-z]{0,2}[A-ZÀ-Ý]){1,3})\]"
    r"|(?P<plain>[A-ZÀ-Ý](?:[a-z]{0,2}[A-ZÀ-Ý]){1,3})[ \t]?:)(?=[ \t]|$)",
    re.MULTILINE)
# Capitals that label a line of advice, not a person: "PS:", "NB:", "TIP:", "CLB:".
_LABEL_ABBREVIATIONS = frozenset((
    "ps", "pps", "nb", "re", "fw", "fwd", "cc", "bcc", "vb", "bv", "bijv", "tip", "tel", "gsm",
    "sms", "tv", "wc", "qa", "faq", "fyi", "ex", "obs", "nota", "info", "url", "www",
))
_MIN_INITIALS = 2
# Any capitals labelling a line ("NL:", "CLB:", "[OCMW]"): beside a label of other capitals the
# writer's initials are one more item of a list (languages, services), not their signature.
_CAPITALS_LABEL = re.compile(
    r"[ \t>]{0,12}(?:\[(?P<bracketed>[A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,5})\]"
    r"|(?P<plain>[A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,5})[ \t]?:)(?=[ \t]|$)")


def _other_capitals_label(line: str, forms: set[str]) -> bool:
    match = _CAPITALS_LABEL.match(line)
    if match is None:
        return False
    label = match["bracketed"] or match["plain"]
    return sum(c.isupper() for c in label) >= _MIN_INITIALS \
        and _without_accents(label).casefold() not in forms


def _initials_label_spans(text: str, who: Identity) -> list[tuple[int, int, str]]:
    """(row, start, initials as written) of each line of `text` the writer's initials label
    between the quoted lines they answer: see replace_initials_labels."""
    forms = {form for form in _initials_forms(who, without_particles=True)
             if form not in _LABEL_ABBREVIATIONS and form not in _CAPITALS_NOT_INITIALS
             and form not in gazetteer.NOT_PEOPLE}
    if not forms:
        return []
    split = _split_lines(text)
    answered = _history_start(split, _header_blocks(split), 0)
    if answered == len(split):
        return []  # no mail answered between its lines: no inline answers to label
    rows = text.split("\n")  # the same lines as `split`, which splits on "\n" only
    filled = [index for index, row in enumerate(rows) if row.strip()]
    place = {index: position for position, index in enumerate(filled)}

    def neighbours(index: int) -> list[str]:
        position = place[index]
        return [rows[filled[near]] for near in (position - 1, position + 1)
                if 0 <= near < len(filled)]

    spans = []
    for index in range(answered, len(rows)):
        match = _INITIALS_LABEL.match(rows[index])
        if match is None:
            continue
        initials = match["bracketed"] or match["plain"]
        if _without_accents(initials).casefold() not in forms \
                or any(_other_capitals_label(row, forms) for row in neighbours(index)):
            continue
        spans.append((index, match.start("bracketed" if match["bracketed"] else "plain"),
                      initials))
    return spans


def replace_initials_labels(text: str, who: Identity,
                            replacement: str) -> tuple[str, tuple[str, ...]]:
    """`text` with the writer's initials replaced where they label a line ("EG: …" of Ellen
    Goris, "[JVdV] …" of Johan Van de Velde) between the quoted lines they answer, and those
    initials as written. Only the initials of one of the writer's full names, written in
    capitals, and no abbreviation that labels advice ("PS:", "NB:"): "EG" elsewhere in a
    sentence is left, as are a friend's initials. An inline answer's label stands below the
    start of the mail answered (a quoted line, a header block, an attribution) and is no item
    of a list: "NL: … / FR: …" or "CLB: … / VK: …" above it, or a label of other capitals on
    the line above or below, are abbreviations that happen to be the initials, and stay.

    The initials are returned because, once a mail shows them as the writer's mark, they are
    the writer's wherever else the mail gives them ("wat ik schrijf staat achter EG", a
    Subject's "[EG]"), and are replaced as a name is; initials no label proves stay where
    they stand."""
    spans = _initials_label_spans(text, who)
    if not spans:
        return text, ()
    rows = text.split("\n")
    for index, start, initials in spans:
        rows[index] = rows[index][:start] + replacement + rows[index][start + len(initials):]
    return "\n".join(rows), tuple(dict.fromkeys(initials for _, _, initials in spans))


# ------------------------------------------------------- a volunteer's pronouns by their name

# "Lumi (she/her)", "Dr Lumi (iel)", "Lumi x (he/him)", "*  \\ | /  *  Lumi (they/them)": the
# pronouns a volunteer writes beside the name that signs their answer (now the helpline's name,
# put in its place) are a line of their signature (the corpus README's label policy P5), and
# so is a line of only pronouns right under that name ("Lumi" / "she/her"). A help-seeker's
# pronouns are content wherever they stand: this runs on answers only.
_PRONOUN_SET = rf"(?i:{_PRONOUN_WORDS}(?:[ \t]*/[ \t]*{_PRONOUN_WORDS}){{0,2}})"
_PRONOUN_PAIR = rf"(?i:{_PRONOUN_WORDS}(?:[ \t]*/[ \t]*{_PRONOUN_WORDS}){{1,2}})"
_BRACKETED_PRONOUNS = rf"[(\[][ \t]*{_PRONOUN_SET}[ \t]*[)\]]"
_NAME_LEAD = r"[^\w\n]*(?:(?i:dr|prof|ms|mr|mrs|mx)\.?[ \t]+)?"
_NAME_KISSES = r"(?:[ \t]+x{1,3})?"
_PRONOUN_ONLY_LINE = re.compile(
    rf"[ \t]*(?:{_BRACKETED_PRONOUNS}|{_PRONOUN_PAIR})[ \t]*\r?")


def without_pronouns_by_sign_off(text: str, name_replacement: str) -> str:
    """A volunteer's answer with the pronouns beside or right under the replaced name that
    signs it taken out; their other words, and pronouns anywhere else, stay."""
    if not name_replacement or name_replacement not in text:
        return text
    name = re.escape(name_replacement)
    beside = re.compile(
        rf"(?P<keep>{_NAME_LEAD}{name}{_NAME_KISSES})"
        rf"(?:[ \t]*{_BRACKETED_PRONOUNS}|[ \t]*[-–|·,][ \t]*{_PRONOUN_PAIR}"
        rf"|[ \t]+{_PRONOUN_PAIR})(?P<end>[ \t]*\r?)")
    alone = re.compile(rf"{_NAME_LEAD}{name}{_NAME_KISSES}[ \t]*\r?")
    lines = text.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            kept.append(line)
            continue
        if index and alone.fullmatch(lines[index - 1]) and _PRONOUN_ONLY_LINE.fullmatch(line):
            continue
        match = beside.fullmatch(line)
        kept.append(match["keep"] + match["end"] if match else line)
    return "\n".join(kept)
