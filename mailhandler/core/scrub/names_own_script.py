"""The writer's name in their own script, given right after they named themselves.

`replace_own_script_names`. Separate because nothing links the characters to the Latin name
but the sentence: "my name is Xiaoyu, in characters 王小雨", "ik ben Selam, in onze letters
ሰላም". Only a word in a script other than Latin is taken, and only when the writer's name (its
replacement by now) stands shortly before on the same line.
"""

from __future__ import annotations

import re

# A letter of a script other than Latin: Han, Ethiopic, Arabic, Cyrillic, Greek, Hangul, …
_OTHER_LETTER = r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]"
_OWN_SCRIPT = re.compile(
    r"(?i)\b(?:in|en|on|op)[ \t]{1,3}(?:(?:onze|ons|our|my|mijn|nos|mes|notre|ma|het|the|de)"
    r"[ \t]{1,3})?(?:[\w-]{2,20}[ \t]{1,3})?"
    r"(?:characters|letters|lettres|caract[èe]res|script|schrift|alfabet|alphabet|writing"
    r"|[ée]criture)\b[ \t:(«\"'“]{0,4}"
    rf"(?P<name>{_OTHER_LETTER}{{1,12}}(?:[ \t]{_OTHER_LETTER}{{1,12}}){{0,2}})")
_NAME_REACH = 160
# The script must be the spelling of the writer's own name: right after it ("ik heet X, in
# het Georgisch schrift", "my name is X (in Korean letters") or after "mijn naam" / "my name";
# "ik ben X, ik leer Japans en mijn lievelingswoord in Japanse letters: 猫" spells a word.
# An aside in brackets between them is skipped ("my name is X (surname first), in
# characters"); "mijn (volle) naam" anywhere between them also says whose name it is.
_RIGHT_AFTER_NAME = re.compile(r"[ \t,;:(–—-]*")
_BRACKETED_ASIDE = re.compile(r"\([^()\n]{0,60}\)")
_OWN_NAME_CUE = re.compile(
    r"(?i)(?<!\w)(?:mijn|my|mon|ma)[ \t]{1,3}(?:[^\W\d_]{2,12}[ \t]{1,3})?(?:voor)?"
    r"(?:naam|name|nom|pr[ée]nom)(?!\w)")


# "Texte à graver : آدم (Adam)", "Sasha (Саша)": the name in another script with its Latin
# reading in brackets, or the other way round. Once the Latin name is replaced (the
# replacement is what stands there), the word beside it is the same name.
_OTHER_WORDS = rf"{_OTHER_LETTER}{{1,12}}(?:[ \t]{_OTHER_LETTER}{{1,12}}){{0,2}}"


def _beside_in_brackets(text: str, name_replacement: str) -> str:
    replacement = re.escape(name_replacement)
    text = re.sub(rf"(?<!\w){_OTHER_WORDS}(?=[ \t]*\([ \t]*{replacement}[ \t]*\))",
                  name_replacement, text)
    return re.sub(rf"(?<={replacement})(?P<gap>[ \t]*\([ \t]*){_OTHER_WORDS}(?=[ \t]*\))",
                  lambda match: match["gap"] + name_replacement, text)


def replace_own_script_names(text: str, name_replacement: str) -> str:
    """Each name in another script given as the spelling of the writer's own, replaced."""
    if not name_replacement or text.isascii():
        return text
    if name_replacement in text:
        text = _beside_in_brackets(text, name_replacement)

    def replace(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - _NAME_REACH):match.start()]
        if name_replacement not in before:
            return match.group()
        after_name = before[before.rfind(name_replacement) + len(name_replacement):]
        between = _BRACKETED_ASIDE.sub("", after_name)
        if not _RIGHT_AFTER_NAME.fullmatch(between) and not _OWN_NAME_CUE.search(between):
            return match.group()
        return match.group()[:match.start("name") - match.start()] + name_replacement

    return _OWN_SCRIPT.sub(replace, text)
