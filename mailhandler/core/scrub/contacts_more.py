"""Where the writer is and what a file or a platform knows them by, in shapes the phone and
street patterns of `contacts` do not read.

`replace_coordinates` ("50.46012, 4.85537" copied from a map app), `replace_what3words`
("///lamp.orbit.crane"), `replace_file_numbers` (an asylum file's "SP 8.723.451", a number the
Office des Étrangers or a register knows them by), `replace_logins` ("mon identifiant pronote
c yasmine.ouali7") and `replace_other_digit_phones` (a phone number typed in Arabic-Indic or
Persian digits, "٠٤٨٧ ٣٢ ٥٦ ٧١"). Each replaces only the identifying value: the words around
it are the writer's and stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# --------------------------------------------------------------------------- map positions

# "je l'ai pris sur maps : 50.46012, 4.85537", "51.0543N 3.7174E", "lat 50.8467 lon 4.3525":
# a position copied from a map app points at one house, as a street and number do. Both
# numbers with four decimals or more (a map gives five to seven; prices, marks and times have
# two), the first a latitude (at most 90), the second a longitude (at most 180).
_DECIMAL_DEGREES = r"-?\d{1,3}\.\d{4,10}"
_COORDINATES = re.compile(
    rf"(?<![\w.,-])(?P<lat>{_DECIMAL_DEGREES})[ \t]?°?[ \t]?(?P<ns>[NSns](?![\w]))?"
    r"(?:[ \t]{0,3}[,;/][ \t]{0,3}|[ \t]{1,3})"
    rf"(?:(?i:lon|lng|long)[ \t]*[:=]?[ \t]*)?"
    rf"(?P<lon>{_DECIMAL_DEGREES})[ \t]?°?[ \t]?(?P<ew>[EeWwOo](?![\w]))?(?![\w]|[.,]\d)")
# "50°27'36.4"N 4°51'19.3"E": degrees, minutes and seconds, as a map app also shares them.
_DMS = r"\d{1,3}°[ \t]?\d{1,2}['’′][ \t]?\d{1,2}(?:[.,]\d{1,4})?(?:\"|''|”|″)?[ \t]?"
_DMS_COORDINATES = re.compile(
    rf"(?<![\w.])(?:{_DMS}[NSns])[ \t]{{0,3}}[,;/]?[ \t]{{0,3}}(?:{_DMS}[EeWwOo])(?!\w)")
_MAX_LATITUDE = 90
_MAX_LONGITUDE = 180


def _coordinates(match: re.Match[str], placeholder: str) -> str:
    if abs(float(match["lat"])) > _MAX_LATITUDE or abs(float(match["lon"])) > _MAX_LONGITUDE:
        return match.group()
    return placeholder


def replace_coordinates(text: str, placeholder: str) -> str:
    """A map position (decimal degrees or degrees, minutes and seconds), replaced."""
    text = _COORDINATES.sub(lambda match: _coordinates(match, placeholder), text)
    return _DMS_COORDINATES.sub(placeholder, text)


# "the house is at ///lamp.orbit.crane", "w3w: lamp.orbit.crane", "what3words.com/lamp.orbit.crane":
# three words joined by dots name a square of three metres, a door as surely as a street and
# number. After the app's own "///" mark, or right after its name; the mark and the name stay
# (they tell the reader what was there).
_W3W_WORD = r"[^\W\d_]{1,24}"
_WHAT3WORDS = re.compile(
    rf"(?P<lead>(?<![:/\w])///|(?i:(?<![\w.])(?:what[ \t]?3[ \t]?words|w3w)(?:\.com|\.co)?"
    r"(?:/|[ \t]{0,3}(?:[:=]|(?:is|c['’]est|est|=)(?![\w'’]))?[ \t]{0,3})(?:///)?))"
    rf"(?P<words>{_W3W_WORD}\.{_W3W_WORD}\.{_W3W_WORD})(?![\w]|\.\w)")


def replace_what3words(text: str, placeholder: str) -> str:
    """A what3words address, replaced; its "///" or the app's name before it stays."""
    return _WHAT3WORDS.sub(lambda match: match["lead"] + placeholder, text)


# --------------------------------------------------------------------------- file numbers

# "mon numéro office des étrangers est SP 8.723.451", "mijn dossiernummer bij DVZ: 8723451",
# "my asylum case number is OE 1234567": the number of the writer's file with the Office des
# Étrangers / Dienst Vreemdelingenzaken, Fedasil, the CGRA or a register finds them as surely
# as their name. The cue names the file (a word for "number" and, within a few words, the
# office or the file), then "est"/"is"/":", then the number with up to three letters before it.
_OFFICE = (r"office\s+des\s+[ée]trangers|(?-i:OE|DVZ|CGRA|CGVS)|dienst\s+vreemdelingenzaken"
           r"|vreemdelingenzaken|immigration\s+office|fedasil|registre\s+national|rijksregister"
           r"|national\s+register|asile|asiel|asylum")
_NUMBER_WORD = r"num[ée]ro|n°|no|nummer|nr|number"
_FILE_NUMBER = re.compile(
    # "numéro office des étrangers", "numéro de dossier", "nummer bij DVZ", "number at the
    # immigration office": the word for a number, at most three words, the office or file.
    rf"(?i)(?P<lead>(?<!\w)(?:(?:{_NUMBER_WORD})\.?(?!\w)(?:[^\S\n]{{1,3}}[^\W\d][\w'’]*){{0,3}}?"
    rf"[^\S\n]{{0,3}}(?:[ld]['’])?(?:{_OFFICE}|dossier)"
    # "dossiernummer", "case number", "asylum number", "DVZ-nummer", "OE n°".
    rf"|(?:{_OFFICE}|dossier|case|file)[\s-]?(?:{_NUMBER_WORD})\.?)(?!\w)"
    # "dossiernummer bij DVZ", "numéro de dossier à l'OE", "case number with the immigration
    # office": the office the file is kept at, named after it.
    rf"(?:[^\S\n]{{1,3}}(?:bij|van|voor|at|with|of|from|for|[àa]|de|du|aupr[èe]s\s+de|chez)"
    rf"[^\S\n]{{1,3}}(?:(?:de|het|the|la|le)[^\S\n]{{1,3}}|[ld]['’])?(?:{_OFFICE})(?!\w))?"
    r"[^\S\n]{0,3}(?:(?:is|est|c['’]est|=|:)(?!\w)[^\S\n]{0,3}:?[^\S\n]{0,3})?)"
    r"(?P<number>(?:[A-Z]{1,3}[ \t]?[:.]?[ \t]?)?\d(?:[ \t./-]?\d){4,11})(?![\w]|[./-]\d)")
# "SP 8.723.451", "SP: 8723451": the Office des Étrangers' own file reference, whatever stands
# before it. Written with a capital SP only (its letters are the office's abbreviation).
_SP_NUMBER = re.compile(r"(?<![\w.])SP[ \t]?[:.]?[ \t]?\d(?:\.?\d{3}){2}(?![\w]|[./-]\d)")


# "chave: 123.456.789-09 (CPF)", "CPF 12345678909": a Brazilian's national number (the CPF),
# which Brazilians give as their Pix key to be paid. Written with its dots and dash it has a
# shape no other number has; eleven digits in a row only beside the word "CPF". Either way its
# two check digits must be right: "123.456.789-10" is a reference of some other kind.
_CPF = re.compile(r"(?:(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d{2}"
                  r"|(?<=CPF)[ \t]?[:=]?[ \t]?\d{11}"
                  r"|(?<![\w.-])\d{11}(?=[ \t]?\(?CPF\b))(?![\w]|[.-]\d)")
_CPF_DIGITS = 11


def _cpf_check_digits_right(value: str) -> bool:
    digits = [int(char) for char in value if char.isdigit()]
    if len(digits) != _CPF_DIGITS or len(set(digits)) == 1:
        return False
    for count in (9, 10):
        weights = range(count + 1, 1, -1)
        total = sum(digit * weight for digit, weight in zip(digits[:count], weights, strict=True))
        if (total * 10) % 11 % 10 != digits[count]:
            return False
    return True


def _cpf(match: re.Match[str], placeholder: str) -> str:
    value = match.group()
    if not _cpf_check_digits_right(value):
        return value
    lead = value[:len(value) - len(value.lstrip(" \t:="))]
    return lead + placeholder


def replace_file_numbers(text: str, placeholder: str) -> str:
    """An immigration or register file's number, or a national number by its shape
    (the CPF), replaced; the words naming it stay."""
    text = _FILE_NUMBER.sub(lambda match: match["lead"] + placeholder, text)
    if "-" in text or "CPF" in text:
        text = _CPF.sub(lambda match: _cpf(match, placeholder), text)
    return _SP_NUMBER.sub(placeholder, text)


# --------------------------------------------------------------------------- logins

# "sinon mon identifiant pronote c yasmine.ouali7", "mijn smartschool login is jan.peeters7",
# "my school username: j_peeters12": the account a platform knows them by (often their name,
# always a way to find them). The word for a login, perhaps a platform's name beside it, a
# link ("est", "c", "is", ":"), then a value with an account's marks (a dot, "_" or a digit
# between letters): "mon identifiant est bloqué" names no account, and stays.
_LOGIN_WORD = (r"identifiant|login|log-in|loginnaam|gebruikersnaam|username|user\s?name"
               r"|user\s?id|nom\s+d['’]utilisateur")
_LOGIN = re.compile(
    rf"(?i)(?P<lead>(?<![\w@.])(?:{_LOGIN_WORD})(?![\w'’])"
    r"(?:[ \t]{1,3}(?!(?:is|est|c|cest|c['’]est)(?![\w'’]))[^\W\d][\w'’-]{0,24}){0,2}?"
    r"[ \t]{0,3}(?:[:=]|(?:is|est|c['’]est|cest|c|heet)(?![\w'’]))[ \t]{0,3}:?[ \t]{0,3})"
    r"(?P<handle>[^\W_][\w.-]{0,40}[^\W_])(?![\w@-]|\.\w)")
_ACCOUNT_MARK = re.compile(r"[^\W_][._\d-]|[._\d-][^\W_]")


def _login(match: re.Match[str], placeholder: str) -> str:
    handle = match["handle"]
    if not (_ACCOUNT_MARK.search(handle) and re.search(r"[._\d]", handle)) \
            or sum(char.isalpha() for char in handle) < 2 or handle.isdigit():
        return match.group()
    return match["lead"] + placeholder


def replace_logins(text: str, placeholder: str) -> str:
    """An account named after the word for a login, replaced; the words stay."""
    return _LOGIN.sub(lambda match: _login(match, placeholder), text)


# --------------------------------------------------------------------------- other digits

# "son numéro c le mien : ٠٤٨٧ ٣٢ ٥٦ ٧١", "Mijn telefoon: ۰۴۸۴ ۵۵ ۶۰ ۱۲": a number typed on a
# keyboard of Arabic, Persian, Devanagari or any other script's digits is the same number.
# A run of digits holding one of another script, read as ASCII digits (one for one, so every
# position stays), is put to the same rules as one typed in ASCII, with the words before it
# on its line for the cues ("bestelnummer …"); when they replace it, it is replaced. Runs of
# ASCII digits alone were seen by those rules already.
_DIGIT_RUN = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ \t./()-]{0,3}\d){3,19}(?!\w)")
_CUE_REACH = 40


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii()
                   else char for char in text)


def replace_other_digit_phones(text: str, replace: Callable[[str], str]) -> str:
    """Each run of digits of another script that `replace` (the rules for ASCII digits)
    changes once read as ASCII, changed as `replace` changes it; any other stays as typed."""
    if text.isascii():
        return text

    def run(match: re.Match[str]) -> str:
        value = match.group()
        if value.isascii():
            return value
        ascii_value = _ascii_digits(value)
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = _ascii_digits(text[max(line_start, match.start() - _CUE_REACH):match.start()])
        replaced = replace(before + ascii_value)
        if not replaced.startswith(before):
            # The words before changed with it ("+32" cut off at the reach): read it alone.
            before, replaced = "", replace(ascii_value)
        return value if replaced[len(before):] == ascii_value else replaced[len(before):]

    return _DIGIT_RUN.sub(run, text)
