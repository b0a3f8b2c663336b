"""Addresses written out in any form ("katrien punt w at telenet punt be").

Patterns for any address, spelled or spaced, and their replacement. Separate from identity
because these are anyone's addresses, found by their shape rather than by whose they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailhandler.core.scrub.identity import (
    _FOREIGN_AT,
    _FOREIGN_DOT,
    _sub_on_view,
)

# --------------------------------------------------------------------------- any address

# Bounded pieces: every start of a match looks at most a few hundred characters ahead, so
# a hostile "a punt a punt a punt …" of a megabyte costs linear time, not quadratic.
# No "/", "?", "&" or "=" in a local part, though RFC 5322 allows them: no one's address has
# them (bounce addresses of mail servers aside), and in a link they separate its parts
# ("…/edit?usp=sharing&authuser=sam%40x.be"), so the address a link carries starts after the
# last of them, and the link's path stays.
_LOCAL_WORD = r"[\w!#$%'*+^`{|}~-]{1,64}"
_DOMAIN_WORD = r"(?:[^\W_]|-){1,63}"  # no "_": "insta @maya_rose.xo" is a handle
_MAX_ADDRESS_PIECES = "{0,5}"
# "@" and "." in the writer's family language ("dasha_vl собака proton точка example"): see
# identity._FOREIGN_AT.
_FOREIGN_AT_WORDS = "|".join(_FOREIGN_AT)
_FOREIGN_DOT_WORDS = "|".join(_FOREIGN_DOT)
_SPELLED_DOT = (
    rf"(?:[ \t]{{1,3}}(?:punt|point|dot|{_FOREIGN_DOT_WORDS})[ \t]{{1,3}}"
    r"|[ \t]{0,3}[(\[{<][ \t]{0,3}(?:dot|punt|point|\.)[ \t]{0,3}[)\]}>][ \t]{0,3})"
)
_SPELLED_AT = (r"(?:[ \t]{1,3}(?:at|apenstaartje|aapje|arobase|arrobase"
               rf"|{_FOREIGN_AT_WORDS})[ \t]{{1,3}})")
_AT_SYMBOL = r"(?:@|%(?:25)?40|&#0{0,3}64;|&#x0{0,3}40;|&commat;)"
# "sam@y.be", "sam @ y . be", "sam@ y.be"; a space before "@" and none after is how a handle
# is offered ("mijn account is @tibo.vdc"), so that is an address only at a mail provider's
# usual top-level domain ("mail me op sam @gezin.be").
_MAIL_TOP_LEVEL = (r"(?:com|net|org|be|nl|fr|lu|de|eu|uk|ch|ca|us|io|me|info|email|example"
                   r"|test)(?![\w.])")
_SYMBOL_AT = (
    rf"(?:{_AT_SYMBOL}[ \t]?|[ \t]{_AT_SYMBOL}[ \t]"
    rf"|[ \t]{_AT_SYMBOL}(?=[\w.-]{{1,200}}?\.{_MAIL_TOP_LEVEL})"
    r"|[ \t]{0,3}[(\[{<][ \t]{0,3}(?:at|@|apenstaartje|arobase)[ \t]{0,3}[)\]}>][ \t]{0,3})"
)
_TOP_LEVEL = r"[^\W\d_]{2,24}(?!\w)"
_LOOSE_DOT = rf"(?:\.|[ \t]\.[ \t]|{_SPELLED_DOT})"  # "x.be", "x . be"; not "x. Thank"
_SPELLED_DOTS = re.compile(rf"{_SPELLED_DOT}|[ \t]\.[ \t]", re.IGNORECASE)
_AT_SPLIT = re.compile(rf"{_SYMBOL_AT}|{_SPELLED_AT}", re.IGNORECASE)
# An address in any form a writer uses: "sam.x@y.be", "sam @ y . be", "sam (at) y (dot) be",
# "sam punt x apenstaartje y punt be", "lea arobase y point fr", "lowie.2009 at gmail dot com".
# With a spelled "at" the dots must be written tight or spelled too, so that "meet me at
# school. Then" is not an address.
_WRITTEN_ADDRESS = re.compile(
    rf"(?<![\w.+-]){_LOCAL_WORD}(?:(?:\.|{_SPELLED_DOT}){_LOCAL_WORD}){_MAX_ADDRESS_PIECES}"
    rf"(?:{_SYMBOL_AT}{_DOMAIN_WORD}(?:{_LOOSE_DOT}{_DOMAIN_WORD}){_MAX_ADDRESS_PIECES}"
    rf"{_LOOSE_DOT}{_TOP_LEVEL}"
    rf"|{_SPELLED_AT}{_DOMAIN_WORD}(?:(?:\.|{_SPELLED_DOT}){_DOMAIN_WORD}){_MAX_ADDRESS_PIECES}"
    rf"(?:\.|{_SPELLED_DOT}){_TOP_LEVEL})",
    re.IGNORECASE,
)


# "n e l e d w 0 9 @ g m a i l . c o m": an address typed letter by letter, so no filter
# (and no other pattern here) sees it as one.
_SPACED_ADDRESS = re.compile(
    r"(?<!\S)(?:[\w+-][ \t]){2,64}@(?:[ \t][\w-]){1,63}(?:[ \t]\.(?:[ \t][\w-]){1,63}){1,5}(?!\S)"
)


# "stilwater14 (bij gmail.com)", "mika_09 (on hotmail)", "lou.v (chez outlook.fr)": the part
# before "@" given alone (a letter first, a digit, "." or "_" in it, as accounts have), its
# mail provider named after it in brackets. The account is replaced; the provider, nobody's
# name, stays as the writer wrote it.
_MAIL_PROVIDER = (r"(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|proton(?:mail)?"
                  r"|gmx|telenet|skynet|proximus|scarlet|orange|free|laposte|aol)")
_LOCAL_PART_BEFORE_PROVIDER = re.compile(
    r"(?i)(?<![\w.+@-])(?=[\w.+-]{0,62}[\d_.+-])(?P<local>[^\W\d_][\w.+-]{0,62}[^\W_])"
    r"(?=[ \t]{0,3}\([ \t]{0,3}(?:bij|op|van|at|on|chez|sur|de)[ \t]{1,3}@?"
    rf"{_MAIL_PROVIDER}(?:\.[^\W\d_]{{2,24}}){{0,2}}[ \t]{{0,3}}\))")


def is_at_domains(address: str, domains: Iterable[str]) -> bool:
    """Whether `address` (written plainly, with "@") is at one of `domains`: the helpline's
    own addresses, which the relay keeps wherever a writer gives them."""
    folded = address.casefold()
    return "@" in folded and any(folded.endswith("@" + domain.casefold())
                                 for domain in domains if domain)


def replace_written_addresses(text: str, replacement: str, keep_domains: Iterable[str] = ()) -> str:
    """Every mail address in `text`, in whatever form it is written, replaced.

    For a help-seeker's text: any address they write is one they can be reached at (their
    own, a second one, a friend's), and volunteers answer through the helpline only.
    Addresses at `keep_domains` (the helpline's own) stay. Matched on the folded view of
    the text, so invisible characters and fullwidth "＠" hide nothing.
    """
    def replace(match: re.Match[str]) -> str:
        found = match.group()
        return found if is_at_domains(found, keep_domains) else replacement

    text = _sub_on_view(_SPACED_ADDRESS, text, lambda match: replacement)
    text = _LOCAL_PART_BEFORE_PROVIDER.sub(replacement, text)
    return _sub_on_view(_WRITTEN_ADDRESS, text, replace)
