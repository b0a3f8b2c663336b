"""Does a mail really come from the domain in its From? The pure half of the answer.

The DNS work (SPF, DKIM signatures, DMARC records) happens at the edge
(inbound/authenticate.py) or at a trusted MX; what it found is an `AuthResults`.
Here those results are judged: DMARC's rule (RFC 7489 §3.1, §4.2) is that a mail
passes when SPF passes for an envelope domain, or a DKIM signature verifies for a
signing domain, that is *aligned* with the From domain: the same organisational
domain (relaxed, the default) or exactly the same domain (strict, when the
domain's DMARC record asks for it with aspf=s / adkim=s).

Authentication-Results headers are only believed from the one MX the admin named
(RFC 8601 §5): anyone can write such a header into a mail, so every other one is
ignored, including a forged one claiming our trusted id further down the header block.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from functools import lru_cache

import authres
from publicsuffixlist import PublicSuffixList

SPF_RESULTS = ("pass", "fail", "softfail", "neutral", "none", "temperror", "permerror")


@dataclass(frozen=True)
class AuthResults:
    """What SPF and DKIM said about one mail, and how strict the From domain wants alignment.

    `spf` is the SPF result for `spf_domain` (the envelope sender's domain, or the
    HELO name for the null sender); `dkim_domains` are the d= of signatures that verified;
    `dmarc` is the result a trusted MX reported ("" when we evaluated it ourselves).
    """

    spf: str = "none"
    spf_domain: str = ""
    dkim_domains: tuple[str, ...] = ()
    strict_spf: bool = False
    strict_dkim: bool = False
    dmarc: str = ""
    source: str = "verify"  # verify | trusted-mx | none


NOT_EVALUATED = AuthResults(source="none")


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the list shipped with the package: no network


def organisational_domain(domain: str) -> str:
    """The registrable domain (RFC 7489 §3.2), via the Public Suffix List."""
    domain = domain.lower().strip().rstrip(".")
    return _psl().privatesuffix(domain) or domain


def aligned(domain: str, from_domain: str, strict: bool) -> bool:
    domain, from_domain = domain.lower().rstrip("."), from_domain.lower().rstrip(".")
    if not domain or not from_domain:
        return False
    if strict:
        return domain == from_domain
    return organisational_domain(domain) == organisational_domain(from_domain)


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower().strip().rstrip(">").rstrip(".")


def dmarc_pass(results: AuthResults, from_domain: str) -> bool:
    """SPF or DKIM passed for a domain aligned with the From domain (DMARC's test)."""
    if results.source == "trusted-mx" and results.dmarc == "pass":
        return True
    if results.spf == "pass" and aligned(results.spf_domain, from_domain, results.strict_spf):
        return True
    return any(aligned(d, from_domain, results.strict_dkim) for d in results.dkim_domains)


def authenticated_unaligned(results: AuthResults) -> bool:
    """Something was authenticated, though perhaps not the From domain: the weaker test a
    coordinator may allow, on record, for a volunteer whose provider does not align."""
    return results.spf == "pass" or bool(results.dkim_domains)


def volunteer_verdict(results: AuthResults, from_domain: str,
                      allow_unaligned: bool) -> str | None:
    """None when an answer in this volunteer's name may be relayed, else why not (a code)."""
    if results.source == "none":
        return "not-evaluated"
    if dmarc_pass(results, from_domain):
        return None
    if allow_unaligned and authenticated_unaligned(results):
        return None
    if results.spf == "temperror":
        return "dns-error"
    return "unauthenticated"


def sender_unverified(results: AuthResults, from_domain: str) -> bool:
    """A help-seeker's envelope sender is forged as far as we can tell: SPF says fail or
    softfail and no DKIM signature of the From domain vouches for the mail. Such a sender
    gets no confirmation (it would go to whoever was impersonated), and the volunteer is
    warned. Softfail counts: the big providers publish "~all" and sign all their mail, so
    their real users pass DKIM; a forger of their addresses does not."""
    if results.source == "none":
        return False
    aligned_dkim = any(aligned(d, from_domain, results.strict_dkim)
                       for d in results.dkim_domains)
    return results.spf in ("fail", "softfail") and not aligned_dkim


def trusted_results(message: Message, authserv_id: str) -> AuthResults:
    """The results of the topmost Authentication-Results header of `authserv_id`.

    The trusted MX adds its header on top (after removing any that claimed its id,
    RFC 8601 §5), so only the first one with that id is its own; everything else,
    a header of another id or one further down, may have been written by anyone.
    """
    for value in _raw_values(message, "Authentication-Results"):
        try:
            header = authres.AuthenticationResultsHeader.parse_value(value)
        except Exception:  # unparsable: not the header our MX writes
            continue
        if str(header.authserv_id or "").lower() != authserv_id.lower():
            continue
        return _from_header(header)
    return AuthResults(spf="none", source="trusted-mx")


def _from_header(header: authres.AuthenticationResultsHeader) -> AuthResults:
    spf, spf_domain, dmarc = "none", "", ""
    dkim: list[str] = []
    for result in header.results:
        method, outcome = str(result.method).lower(), str(result.result).lower()
        props = {f"{p.type}.{p.name}".lower(): str(p.value) for p in result.properties}
        if method == "spf" and spf == "none":
            spf = outcome if outcome in SPF_RESULTS else "permerror"
            identity = props.get("smtp.mailfrom") or props.get("smtp.helo") or ""
            spf_domain = domain_of(identity) if "@" in identity else identity.lower()
        elif method == "dkim" and outcome == "pass":
            signer = props.get("header.d") or domain_of(props.get("header.i", ""))
            if signer:
                dkim.append(signer.lower())
        elif method == "dmarc" and not dmarc:
            dmarc = outcome
    return AuthResults(spf=spf, spf_domain=spf_domain, dkim_domains=tuple(dkim), dmarc=dmarc,
                       source="trusted-mx")


def parse_dmarc_record(record: str) -> dict[str, str]:
    """The tags of a DMARC TXT record ("v=DMARC1; p=reject; adkim=s"), keys lower-case."""
    tags: dict[str, str] = {}
    for part in record.split(";"):
        key, sep, value = part.partition("=")
        if sep:
            tags[key.strip().lower()] = value.strip()
    return tags if tags.get("v", "").upper() == "DMARC1" else {}


def _raw_values(message: Message, name: str) -> list[str]:
    values: list[str] = []
    try:
        items = list(message.raw_items())
    except Exception:
        return values
    for key, value in items:
        if str(key).lower() == name.lower():
            values.append(str(value).replace("\r", "").replace("\n", " "))
    return values
