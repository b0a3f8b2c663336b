"""Phone numbers with a country code typed in text-speak, "to fool the bots".

`replace_text_speak_phones`: "plus32 vier7zes 12 34 56", "+33 six 12 trente4 56 78", "+44
77double0 9OO one2three": digits, number words and letter Os glued into groups. Separate
because it reads each group as a small word puzzle, which the phone patterns cannot.
"""

from __future__ import annotations

import re

# The country code opens it ("+32", "plus32", "plus 33"); then groups of letters and digits.
_CANDIDATE = re.compile(
    r"(?i)(?<![\w+])(?:\+|plus)[ \t]?\d{1,3}(?:[ \t.-]{1,3}[a-z0-9]{1,16}){3,8}")
# fmt: off
_UNIT_WORDS = (
    "nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
    "zéro", "zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "oh", "one", "two", "three", "four", "five", "seven", "eight", "nine",
)
_TWO_DIGIT_WORDS = (
    "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
    "negentien", "onze", "douze", "treize", "quatorze", "quinze", "seize", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "tien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
    "negentig", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "septante",
    "huitante", "octante", "nonante", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety",
)
# fmt: on
_REPEAT_WORDS = {"double": 1, "triple": 2}  # "double0": the next digit said twice
# One piece of a group: longest words first, so that "sixty" is not read as "six" + "ty".
_PIECE = re.compile("(?i)" + "|".join(
    sorted((*_UNIT_WORDS, *_TWO_DIGIT_WORDS, *_REPEAT_WORDS), key=len, reverse=True)) + r"|\d|O")
_MIN_DIGITS = 8
_MAX_DIGITS = 14


def _group_digits(group: str) -> tuple[int, bool] | None:
    """How many digits a group says and whether it holds a word or a letter O; None when
    it is not made of digits, number words and Os only ("bel", "me")."""
    digits = 0
    worded = False
    position = 0
    while position < len(group):
        piece = _PIECE.match(group, position)
        if piece is None:
            return None
        folded = piece.group().casefold()
        if folded.isdigit():
            digits += 1
        else:
            worded = True
            digits += _REPEAT_WORDS.get(folded, 2 if folded in _TWO_DIGIT_WORDS else 1) \
                if folded != "o" else 1
            if folded in _REPEAT_WORDS:
                digits -= 1  # counted with the digit it doubles
        position = piece.end()
    return digits, worded


_TOKEN = re.compile(r"[a-z0-9]+", re.IGNORECASE)


def _text_speak_phone(match: re.Match[str], placeholder: str) -> str:
    """The placeholder over the country code and the groups that read as digits, when at
    least one of them is written in words or Os and they add up to a phone number."""
    value = match.group()
    tokens = list(_TOKEN.finditer(value))
    if tokens[0].group().casefold() == "plus" and len(tokens) > 1:
        tokens = tokens[1:]  # "plus 33 …": the code is the next token
    code = re.sub(r"(?i)^plus", "", tokens[0].group())
    if not code.isdigit():
        return value
    digits, worded, end = len(code), False, tokens[0].end()
    for token in tokens[1:]:
        read = _group_digits(token.group())
        if read is None:
            break
        digits += read[0]
        worded = worded or read[1]
        end = token.end()
    if not worded or not _MIN_DIGITS <= digits <= _MAX_DIGITS:
        return value
    return placeholder + value[end:]


def replace_text_speak_phones(text: str, placeholder: str) -> str:
    """`text` with each phone number in text-speak replaced by `placeholder`."""
    return _CANDIDATE.sub(lambda match: _text_speak_phone(match, placeholder), text)
