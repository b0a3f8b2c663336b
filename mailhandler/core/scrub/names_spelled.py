"""Names spelled out so that no one finds them: with a spelling alphabet or letter by letter.

`replace_spelling_alphabet` (run on the whole text) and `_spaced_letter_names` (learned by
learn_names). Separate because they read a name from its letters, not from its words.
"""

from __future__ import annotations

import re

from mailhandler.core.redact import gazetteer

# "N comme Nicolas, O comme Oscar, A comme Anatole", "S zoals Sofie, E zoals Emiel", "J as in
# Juliet": the way a name is spelled on the phone. Three such letters in a row spell a name
# (the writer's, as a rule: no one spells a friend's name to a helpline), so the whole run is
# replaced; one "A comme Anatole" alone is a word about a letter and stays.
_SPELLING_WORD = r"(?i:comme|zoals|as\s+in|van)"
_SPELLED_LETTER = (rf"(?<![\w'’])[A-Za-zÀ-ÿ]\s{{1,3}}{_SPELLING_WORD}\s{{1,3}}"
                   r"[A-ZÀ-Ý][\w'’-]{1,24}")
_SPELLING_RUN = re.compile(
    rf"{_SPELLED_LETTER}(?:[ \t]{{0,3}}[,;/–-]?\s{{0,3}}(?:(?:et|en|and)\s{{1,3}})?"
    rf"{_SPELLED_LETTER}){{2,24}}")


# A run is a name only when its letters spell a name the writer is known by, or when the line
# before it says it is a name ("mijn naam schrijf je", "je m'appelle", "spell my name"):
# "elle apprend: A comme Avion, B comme Ballon" and "A van Ali, B van Els en C van Sara"
# (groups, not letters) are the writer's words and stay.
_NAMING_CUE = re.compile(
    r"(?i)(?<!\w)(?:naam|namen|heet|heten|noem\w*|schrijf\w*|spel\w*|nom|noms|appell?e\w*|"
    r"écri\w*|ecri\w*|name[sd]?|call(?:ed|s)?|spell\w*)(?![\w'’])")
_LETTER_OF = re.compile(rf"(?<![\w'’])([A-Za-zÀ-ÿ])\s{{1,3}}{_SPELLING_WORD}\s")


# "vraag naar juliet oscar romeo november, zo spellen we dat thuis": the name in the NATO
# alphabet's code words alone, without "as in". Three code words in a row at least; a run is a
# name when its letters spell a known name or a first name, or a naming cue stands on its line
# before it or just after it. "we leerden alfa bravo charlie" spells no name, and stays.
_NATO_WORD = (r"(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo"
              r"|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor"
              r"|whiskey|whisky|x-?ray|yankee|zulu)")
_NATO_RUN = re.compile(
    rf"(?i)(?<![\w'’-]){_NATO_WORD}(?:[ \t]{{1,3}}[,/–-]?[ \t]{{0,3}}{_NATO_WORD}){{2,24}}"
    r"(?![\w'’-])")
_NATO_LETTER = re.compile(rf"(?i)(?<![\w'’-]){_NATO_WORD}(?![\w'’-])")
_CUE_AFTER_REACH = 40  # "… zo spellen we dat": the cue in the few words after the run


def replace_spelling_alphabet(text: str, name_replacement: str,
                              known: tuple[str, ...] = ()) -> str:
    """`text` with each run of three or more spelled letters replaced by `name_replacement`,
    when the letters spell one of the `known` names or a naming cue stands before the run
    on its line; and each run of NATO code words that spells a name or stands by a cue."""
    folded_known = {name.casefold() for name in known}

    def one(match: re.Match[str]) -> str:
        spelled = "".join(m.group(1) for m in _LETTER_OF.finditer(match.group()))
        line_before = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if spelled.casefold() in folded_known or _NAMING_CUE.search(line_before):
            return name_replacement
        return match.group()

    def nato(match: re.Match[str]) -> str:
        spelled = "".join(word.group()[0] for word in _NATO_LETTER.finditer(match.group()))
        # The cue on the run's line, in a few words either side only: a megabyte of code
        # words on one line costs each run the same.
        before = text[max(0, match.start() - _CUE_REACH):match.start()].rsplit("\n", 1)[-1]
        after = text[match.end():match.end() + _CUE_AFTER_REACH].split("\n", 1)[0]
        folded = spelled.casefold()
        if folded in folded_known or folded in gazetteer.load().first_names \
                or _NAMING_CUE.search(before) or _NAMING_CUE.search(after):
            return name_replacement
        return match.group()

    return _NATO_RUN.sub(nato, _SPELLING_RUN.sub(one, text))


# "ik ben m i l a n (zo geschreven zodat mijn zus het niet vindt)": a first name typed one
# letter at a time. Learned as the name it spells, so that both forms are replaced wherever
# they stand; "a b c" or "i k b e n" spell no first name and stay. Likewise "ik ben
# d-a-n-i-k-a", "je suis m.i.l.a": the letters joined by one dash or one dot each (one kind all
# through), learned as typed as well, since no word boundary splits them.
_SPACED_LETTERS = re.compile(r"(?<![\w'’.-])(?:(?:[^\W\d_][ \t]){3,11}|(?:[^\W\d_]-){3,11}"
                             r"|(?:[^\W\d_]\.){3,11})[^\W\d_](?![\w'’-])")


# Only right after the writer names themselves: "mijn lievelingsband is a b b a", "mijn code is
# a n n a", a bully's "e m m a is een hoer" and "ik ben niet e m m a" name no writer.
_SPACED_NAME_CUE = re.compile(
    r"(?i)(?<![\w'’])(?:ik\s+ben|ik\s+heet|mijn\s+naam\s+is|naam\s*:|je\s+m['’]appelle"
    r"|je\s+suis|moi\s+c['’]est|mon\s+nom\s+est|my\s+name\s+is|name\s*:|i\s+am|i['’]m"
    r"|call\s+me|noem\s+me)\s*[:,]?[ \t]*$")


_CUE_REACH = 60  # the longest cue, "mijn naam is" or "je m'appelle", with room for blanks


def _spaced_letter_names(own: list[str]) -> list[str]:
    first_names = gazetteer.load().first_names
    names: list[str] = []
    for content in own:
        for match in _SPACED_LETTERS.finditer(content):
            joined = re.sub(r"[ \t.-]", "", match.group())
            # The cue ends where the letters start: looked for in the few characters
            # before them only, or a line of "A A A …" costs the square of its length.
            if not _SPACED_NAME_CUE.search(content, max(0, match.start() - _CUE_REACH),
                                           match.start()):
                continue
            if joined.casefold() in first_names:
                names.append(joined)
                if not re.search(r"[ \t]", match.group()):
                    names.append(match.group())
    return list(dict.fromkeys(names))


# "groetjes van / 🇯 🇺 🇱 🇪": a name typed in regional-indicator letters, spaced so that no two
# make a flag. The line reads as the word its letters spell ("Jule"), so that the rules that
# learn a name signing the text see it as written; the identity's matching view reads the
# letters the same way (identity._regional_letter) wherever else they stand. Only a line of
# nothing but such letters: an emoji flag ("🇧🇪") or a letter inside a sentence is not read.
_REGIONAL_LETTERS_LINE = re.compile(r"[\U0001F1E6-\U0001F1FF](?:[ \t\u00a0][\U0001F1E6-\U0001F1FF])"
                                    r"{1,15}")


def _read_regional_letters(content: str) -> str:
    """`content` as the capitalised word its spaced regional-indicator letters spell, when it
    is only such letters; else `content` unchanged."""
    if not _REGIONAL_LETTERS_LINE.fullmatch(content):
        return content
    letters = "".join(chr(ord("a") + ord(char) - 0x1F1E6) for char in content[::2])
    return letters.capitalize()
