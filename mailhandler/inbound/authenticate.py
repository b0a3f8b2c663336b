"""SPF, DKIM and DMARC, evaluated by mailhandler itself (authentication.mode "verify").

The DNS edge of core/authentication: pyspf checks the connecting client's IP
against the envelope sender's SPF record, dkimpy verifies every DKIM signature,
dnspython finds the From domain's DMARC record (for its aspf/adkim strictness).
All lookups go to `authentication.nameservers`, or the system's resolver when that
is empty, with short time limits: a DNS outage makes a volunteer's answer wait in
the held list, never a worker hang.

Nothing here logs: the names looked up are the senders' domains.
"""

from __future__ import annotations

import base64
import contextvars
import ipaddress
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from typing import Any

import dkim
import dns.exception
import dns.name
import dns.nameserver
import dns.resolver
import spf
from dkim.canonicalization import CanonicalizationPolicy

from mailhandler.config import Config
from mailhandler.core.authentication import (
    NOT_EVALUATED,
    AuthResults,
    domain_of,
    organisational_domain,
    parse_dmarc_record,
    trusted_results,
)
from mailhandler.core.dkim_body import body_hash, split_message
from mailhandler.core.message import addresses
from mailhandler.store.repository import Envelope

QUERY_SECONDS = 3.0  # one DNS question
MAX_HEADER_BYTES = 1024 * 1024  # a header past this is not checked for a DKIM signature
SPF_SECONDS = 10.0  # a whole SPF evaluation (RFC 7208 §4.6.4 allows at most 10 lookups)

# pyspf looks names up through a module-level function; ours takes the resolver of
# the evaluation in progress from here, so two configurations never mix.
_resolver: contextvars.ContextVar[dns.resolver.Resolver] = contextvars.ContextVar("resolver")


def make_resolver(nameservers: tuple[tuple[str, int], ...]) -> dns.resolver.Resolver:
    if not nameservers:
        resolver = dns.resolver.Resolver()
    else:
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = [dns.nameserver.Do53Nameserver(address, port)
                                for address, port in nameservers]
    resolver.timeout = QUERY_SECONDS
    resolver.lifetime = QUERY_SECONDS
    return resolver


def _spf_lookup(name: str, qtype: str, strict: Any = True,
                timeout: float = QUERY_SECONDS) -> list[tuple[tuple[str, str], Any]]:
    """pyspf's DNSLookup interface, through the resolver of this evaluation."""
    resolver = _resolver.get()
    found: list[tuple[tuple[str, str], Any]] = []
    try:
        answers = resolver.resolve(name, qtype, lifetime=min(timeout, QUERY_SECONDS),
                                   search=False)
    except (dns.resolver.NoAnswer, dns.resolver.NXDOMAIN):
        return found
    except (dns.exception.Timeout, dns.resolver.NoNameservers) as exc:
        raise spf.TempError(f"DNS {type(exc).__name__}") from None
    for rdata in answers:
        if qtype in ("A", "AAAA"):
            found.append(((name, qtype), rdata.address))
        elif qtype == "MX":
            found.append(((name, qtype), (rdata.preference, rdata.exchange)))
        elif qtype == "PTR":
            found.append(((name, qtype), rdata.target.to_text(True)))
        elif qtype in ("TXT", "SPF"):
            found.append(((name, qtype), rdata.strings))
    return found


spf.DNSLookup = _spf_lookup

# dkimpy logs what it verifies, domain names and selectors of senders included.
_SILENT = logging.getLogger("mailhandler.authenticate.dkim")
_SILENT.setLevel(logging.CRITICAL + 1)
_SILENT.propagate = False
logging.getLogger("dkimpy").setLevel(logging.CRITICAL + 1)


def _txt(resolver: dns.resolver.Resolver, name: str | bytes) -> bytes | None:
    if isinstance(name, bytes):
        name = name.decode("ascii", errors="replace")
    try:
        answer = resolver.resolve(name, "TXT", lifetime=QUERY_SECONDS, search=False)
    except (dns.resolver.NoAnswer, dns.resolver.NXDOMAIN, dns.name.EmptyLabel,
            dns.name.LabelTooLong):
        return None
    except (dns.exception.Timeout, dns.resolver.NoNameservers) as exc:
        raise dkim.DnsTimeoutError(type(exc).__name__) from None
    for rdata in answer:
        return b"".join(rdata.strings)
    return None


@contextmanager
def _using(resolver: dns.resolver.Resolver) -> Iterator[None]:
    token = _resolver.set(resolver)
    try:
        yield
    finally:
        _resolver.reset(token)


def _from_this_host(client_ip: str | None) -> bool:
    """Fetched by IMAP (no SMTP client) or handed over by an MTA on this host."""
    if client_ip is None:
        return True
    try:
        return ipaddress.ip_address(client_ip.split("%")[0]).is_loopback
    except ValueError:
        return False


class Authenticator:
    """Evaluates one mail at a time; made once per worker from the configuration."""

    def __init__(self, cfg: Config) -> None:
        self.mode = cfg.authentication.mode
        self.authserv_id = cfg.authentication.trusted_authserv_id or ""
        self.resolver = make_resolver(cfg.authentication.nameservers)

    def evaluate(self, raw: bytes, message: EmailMessage, envelope: Envelope) -> AuthResults:
        if self.mode == "trusted-mx":
            if not _from_this_host(envelope.client_ip):
                # Only the MX in front of us (on this host) or the mailbox we fetch from
                # writes a header we may believe; anyone reaching the listener directly
                # could write one claiming our MX's id.
                return NOT_EVALUATED
            return trusted_results(message, self.authserv_id)
        if envelope.client_ip is None and not _has_signature(raw):
            return NOT_EVALUATED  # fetched by IMAP, say, and unsigned: nothing to go on
        with _using(self.resolver):
            spf_result, spf_domain = self._spf(envelope)
            signers = self._dkim(raw)
            from_domains = {domain_of(a) for _, a in addresses(message, "From")}
            strict_spf, strict_dkim = self._strictness(next(iter(from_domains), "")
                                                       if len(from_domains) == 1 else "")
        return AuthResults(spf=spf_result, spf_domain=spf_domain, dkim_domains=signers,
                           strict_spf=strict_spf, strict_dkim=strict_dkim)

    def _spf(self, envelope: Envelope) -> tuple[str, str]:
        if not envelope.client_ip:
            return "none", ""
        helo = envelope.helo or ""
        sender = envelope.mail_from or (f"postmaster@{helo}" if helo else "")
        if not sender:
            return "none", ""
        try:
            query = spf.query(i=envelope.client_ip, s=sender, h=helo or "unknown",
                              timeout=SPF_SECONDS, querytime=SPF_SECONDS)
            result, _, _ = query.check()
        except Exception:  # anything pyspf trips over is an error, never a pass
            result = "temperror"
        result = str(result).lower()
        return (result if result in ("pass", "fail", "softfail", "neutral", "none",
                                     "temperror", "permerror") else "permerror",
                domain_of(sender))

    def _dkim(self, raw: bytes) -> tuple[str, ...]:
        """The d= of every signature that verifies (up to five are tried)."""
        def dnsfunc(name: bytes | str, timeout: float = QUERY_SECONDS) -> bytes | None:
            return _txt(self.resolver, name)

        return verify_dkim(raw, dnsfunc)

    def _strictness(self, from_domain: str) -> tuple[bool, bool]:
        """aspf=s / adkim=s from the From domain's DMARC record, else its organisation's."""
        if not from_domain:
            return False, False
        for name in dict.fromkeys((from_domain, organisational_domain(from_domain))):
            try:
                record = _txt(self.resolver, f"_dmarc.{name}")
            except dkim.DnsTimeoutError:
                return False, False
            tags = parse_dmarc_record(record.decode("utf-8", "replace")) if record else {}
            if tags:
                return tags.get("aspf", "r") == "s", tags.get("adkim", "r") == "s"
        return False, False


def verify_dkim(raw: bytes, dnsfunc: Callable[..., bytes | None]) -> tuple[str, ...]:
    """The d= of every DKIM signature of `raw` that verifies (up to five are tried),
    as dkimpy's `DKIM(raw).verify(idx)` finds them, in bounded memory.

    dkimpy reads the header and does all of a signature but its body hash: the tags,
    the key from DNS, the header hash and the RSA (or Ed25519) check. The body hash is
    computed here in chunks (core/dkim_body) and compared first; dkimpy itself splits
    the whole mail into lines, joins its body again and canonicalizes a copy, some 5
    bytes per byte of a big mail, which anyone can make us verify by adding a
    DKIM-Signature header. dkimpy checks bh= only when the tag is there
    (`verify_sig_process`), so it is given the signature's tags without bh= once ours
    matched; its header hash is over the DKIM-Signature field as written, bh= included.
    """
    if not _has_signature(raw):
        # Nothing to verify: not even the header is handed to dkimpy.
        return ()
    header_end, body_start = split_message(raw)
    try:
        verifier = dkim.DKIM(bytes(memoryview(raw)[:header_end]), logger=_SILENT,
                             minkey=1024, timeout=int(QUERY_SECONDS))
        count = len([h for h in verifier.headers if h[0].lower() == b"dkim-signature"])
    except Exception:
        return ()
    body = memoryview(raw)[body_start:]
    hashes: dict[tuple[bytes, str, int | None], bytes] = {}
    signers: list[str] = []
    for index in range(min(count, 5)):
        try:
            prepared = verifier.verify_headerprep(idx=index)
            if not prepared:
                continue
            tags, include_headers, fields = prepared
            canon = CanonicalizationPolicy.from_c_value(tags.get(b"c", b"simple/simple"))
            algorithm = dkim.HASH_ALGORITHMS[tags[b"a"]]().name
            length = int(tags[b"l"]) if b"l" in tags else None
            key = (canon.body_algorithm.name, algorithm, length)
            if key not in hashes:
                hashes[key] = body_hash(body, *key)
            if hashes[key] != base64.b64decode(re.sub(rb"\s+", b"", tags[b"bh"])):
                continue  # the body is not what was signed
            without_bh = {tag: value for tag, value in tags.items() if tag != b"bh"}
            if verifier.verify_sig(without_bh, include_headers, fields[index], dnsfunc):
                domain = verifier.domain
                if domain:
                    signers.append(domain.decode("ascii", errors="replace").lower())
        except Exception:  # a broken or unverifiable signature counts for nothing
            continue
    return tuple(dict.fromkeys(signers))


def _has_signature(raw: bytes) -> bool:
    """Whether the header holds a DKIM-Signature field (its name as dkimpy matches it:
    any case, at a line start; the header ends at the first empty line, CRLF or LF)."""
    header_end = split_message(raw)[0]
    if header_end > MAX_HEADER_BYTES:
        # No mail anyone signs has a megabyte of header, and dkimpy's header parse grows
        # with the square of a folded field's length: such a header is not looked at.
        return False
    head = bytes(memoryview(raw)[:header_end]).lower()
    return head.startswith(b"dkim-signature") or b"\ndkim-signature" in head
