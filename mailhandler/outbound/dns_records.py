"""The DNS records that make the helpline's mail deliverable, and whether they are out there.

Receivers believe mail from `helpline.domain` when SPF allows our smarthost to send
for it, our DKIM key is published under the configured selector, and a DMARC
record says what to do with mail that fails both. `check-config` prints what to
publish and compares it with what DNS answers (through authentication.nameservers).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import dns.exception
import dns.resolver

from mailhandler.config import Config
from mailhandler.inbound.authenticate import make_resolver
from mailhandler.outbound.signing import public_key_der, read_key


@dataclass(frozen=True)
class Record:
    kind: str  # SPF | DKIM | DMARC
    name: str
    value: str  # what to publish
    published: str | None  # what DNS has ("" none, None when it could not be asked)
    ok: bool


def dkim_record(cfg: Config, public_der: bytes) -> tuple[str, str]:
    assert cfg.dkim is not None
    name = f"{cfg.dkim.selector}._domainkey.{cfg.helpline.domain}"
    return name, f"v=DKIM1; k=rsa; p={base64.b64encode(public_der).decode('ascii')}"


def _txt(resolver: dns.resolver.Resolver, name: str) -> list[str] | None:
    try:
        answer = resolver.resolve(name, "TXT", search=False)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except (dns.exception.Timeout, dns.resolver.NoNameservers):
        return None
    return [b"".join(r.strings).decode("utf-8", "replace") for r in answer]


def _tags(value: str) -> dict[str, str]:
    tags = {}
    for part in value.split(";"):
        key, sep, val = part.partition("=")
        if sep:
            tags[key.strip().lower()] = "".join(val.split())
    return tags


def expected_records(cfg: Config) -> list[Record]:
    resolver = make_resolver(cfg.authentication.nameservers)
    domain = cfg.helpline.domain
    records: list[Record] = []

    def found(name: str, prefix: str) -> tuple[str | None, list[str]]:
        values = _txt(resolver, name)
        if values is None:
            return None, []
        matching = [v for v in values if v.lower().startswith(prefix)]
        return (matching[0] if matching else ""), matching

    # SPF: the smarthost's addresses are the admin's to fill in; we check there is one
    # record, and that it ends in a hard or soft fail rather than allowing everyone.
    spf_names = dict.fromkeys([domain, cfg.smtp.hostname.lower()])
    for name in spf_names:
        published, matching = found(name, "v=spf1")
        ok = len(matching) == 1 and matching[0].rstrip().endswith(("-all", "~all"))
        records.append(Record("SPF", name, "v=spf1 a:<your smarthost> -all", published, ok))
    if cfg.dkim is not None:
        try:
            name, value = dkim_record(cfg, public_key_der(read_key(cfg)))
        except Exception:
            name = f"{cfg.dkim.selector}._domainkey.{domain}"
            value = "(no key yet: run `mailhandler dkim-key`)"
        published, _ = found(name, "v=dkim1")
        ok = bool(published) and _tags(published or "").get("p") == _tags(value).get("p")
        records.append(Record("DKIM", name, value, published, ok))
    name = f"_dmarc.{domain}"
    published, _ = found(name, "v=dmarc1")
    ok = bool(published) and _tags(published or "").get("p") in ("quarantine", "reject")
    suggestion = f"v=DMARC1; p=quarantine; adkim=r; aspf=r; rua=mailto:postmaster@{domain}"
    records.append(Record("DMARC", name, suggestion, published, ok))
    return records
