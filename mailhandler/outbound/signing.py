"""What every mail gets as it leaves: our loop marker and, with a key, a DKIM signature.

Done at the last moment, around the transport, so no mail the helpline sends can
miss either, whichever part of the daemon composed it. The signature is made as
`helpline.domain` (d=), which is also the domain of every From and of every envelope
sender we use (VERP bounce addresses; the HELO name for the null sender), so DMARC
aligns on both SPF and DKIM.

The signature is what dkimpy's `dkim.sign()` writes, byte for byte (tests/test_signing
compares them), and made with dkimpy's own header parsing, canonicalization, header
selection and folding; only the key is read once, the RSA step done by OpenSSL
(cryptography), and the body hash computed in chunks (core/dkim_body): dkimpy splits
the whole mail into lines and joins and canonicalizes copies of its body, some 4 bytes
per byte of a big forward.
dkimpy reads the PEM again for every mail and does the RSA arithmetic in pure Python:
about 7 ms of CPU per signature with a 2048-bit key, more than composing the mail.
"""

from __future__ import annotations

import base64
import hashlib
import os
import time
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from dkim import RE_BTAG, fold, hash_headers, rfc822_parse
from dkim.canonicalization import CanonicalizationPolicy

from mailhandler.config import Config, ConfigError
from mailhandler.core.dkim_body import body_hash as body_hash_of
from mailhandler.core.dkim_body import split_message
from mailhandler.outbound.transport import DeliveryError, SmtpTransport, Transport

# The headers the signature covers; h= may list a header that is absent (then it is
# signed as empty), and listing From twice would forbid adding a second one later.
SIGNED_HEADERS = (b"from", b"to", b"subject", b"date", b"message-id", b"in-reply-to",
                  b"references", b"reply-to", b"mime-version", b"content-type",
                  b"content-transfer-encoding", b"auto-submitted", b"x-loop", b"from")
_RELAXED = CanonicalizationPolicy.from_c_value(b"relaxed/relaxed")
_NAME = b"DKIM-Signature"


class DkimSigner:
    """rsa-sha256, relaxed/relaxed, i=@domain, the headers of SIGNED_HEADERS: what
    `dkim.sign(data, selector, domain, key, canonicalize=(b"relaxed", b"relaxed"),
    include_headers=SIGNED_HEADERS)` returns, with the key parsed once."""

    def __init__(self, selector: bytes, domain: bytes, private_pem: bytes) -> None:
        key = serialization.load_pem_private_key(private_pem, password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError("not an RSA private key")
        self._key = key
        self._domain = domain
        self._selector = selector

    def header(self, message: bytes | memoryview, before: bytes = b"") -> bytes:
        """The DKIM-Signature header line (CRLF-terminated) for `before + message`
        (`before`: header lines, CRLF-terminated), without joining the two: dkimpy
        parses the header alone, the body is hashed in chunks (core/dkim_body)."""
        header_end, body_start = split_message(message)
        headers, _ = rfc822_parse(before + bytes(memoryview(message)[:header_end]))
        body_hash = base64.b64encode(body_hash_of(memoryview(message)[body_start:],
                                                  b"relaxed", "sha256"))
        fields = [(b"v", b"1"), (b"a", b"rsa-sha256"), (b"c", _RELAXED.to_c_value()),
                  (b"d", self._domain), (b"i", b"@" + self._domain), (b"q", b"dns/txt"),
                  (b"s", self._selector), (b"t", str(int(time.time())).encode("ascii")),
                  (b"h", b" : ".join(SIGNED_HEADERS)), (b"bh", body_hash),
                  # As dkimpy: a long placeholder puts b= on a line of its own when folded.
                  (b"b", b"0" * 60)]
        # dkimpy's gen_header(): the header as signed has an empty b=.
        unsigned = fold(b"; ".join(b"=".join(f) for f in fields), namelen=len(_NAME),
                        linesep=b"\r\n")
        unsigned = RE_BTAG.sub(b"\\1", unsigned)
        digest = hashlib.sha256()
        hash_headers(digest, _RELAXED, _RELAXED.canonicalize_headers(headers),
                     SIGNED_HEADERS, (_NAME, b" " + unsigned), dict(fields))
        signature = self._key.sign(digest.digest(), padding.PKCS1v15(),
                                   utils.Prehashed(hashes.SHA256()))
        fields[-1] = (b"b", base64.b64encode(signature))
        value = fold(b"; ".join(b"=".join(f) for f in fields) + b"\r\n", namelen=len(_NAME),
                     linesep=b"\r\n")
        return _NAME + b": " + value


class SigningTransport:
    """A Transport that marks (X-Loop) and signs (DKIM) before handing on."""

    def __init__(self, inner: Transport, loop_marker: str, domain: str,
                 selector: str | None = None, key: bytes | None = None) -> None:
        self.inner = inner
        self.marker = f"X-Loop: {loop_marker}\r\n".encode("ascii")
        self.domain = domain.encode("ascii")
        self.signer = (DkimSigner(selector.encode("ascii"), self.domain, key)
                       if key is not None and selector else None)

    def head(self, message: bytes) -> bytes:
        """What goes before `message`: the DKIM signature (with a key), the loop marker."""
        if self.signer is None:
            return self.marker
        try:
            signature = self.signer.header(message, before=self.marker)
        except Exception as exc:  # a key that does not sign is an admin's problem
            raise DeliveryError(f"dkim signing failed ({type(exc).__name__})",
                                permanent=False) from None
        return signature + self.marker

    def prepare(self, message: bytes) -> bytes:
        return self.head(message) + bytes(message)

    def deliver(self, mail_from: str, rcpt: str, message: bytes) -> None:
        if isinstance(self.inner, SmtpTransport):
            # Sent after the head as it is: no whole copy of a 25 MiB mail to join them.
            self.inner.deliver(mail_from, rcpt, message, head=self.head(message))
        else:
            self.inner.deliver(mail_from, rcpt, self.prepare(message))

    def close(self) -> None:
        self.inner.close()


def read_key(cfg: Config) -> bytes:
    """The DKIM private key; a missing or unusable one is a configuration error."""
    assert cfg.dkim is not None
    try:
        pem = cfg.dkim.key_file.read_bytes()
        if not isinstance(serialization.load_pem_private_key(pem, password=None),
                          rsa.RSAPrivateKey):
            raise ConfigError(cfg.source, "dkim.key_file", "not an RSA private key")
    except OSError:
        raise ConfigError(cfg.source, "dkim.key_file",
                          "not readable (make one with `mailhandler dkim-key`)") from None
    except (ValueError, TypeError):
        raise ConfigError(cfg.source, "dkim.key_file", "not a PEM private key") from None
    return pem


def signing_transport(cfg: Config, inner: Transport) -> SigningTransport:
    """The transport the daemon uses: marked always, signed when [dkim] is configured.
    A configured key that cannot be read is an error at start, not unsigned mail."""
    hl = cfg.helpline
    if cfg.dkim is None:
        return SigningTransport(inner, hl.address, hl.domain)
    return SigningTransport(inner, hl.address, hl.domain, cfg.dkim.selector,
                            read_key(cfg))


def create_key(path: Path, bits: int = 2048) -> bytes:
    """Write a new RSA private key, mode 0600, refusing to replace one; its public key
    (DER, base64 goes into the DNS record) is returned."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pem = key.private_bytes(serialization.Encoding.PEM,
                            serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    return public_key_der(pem)


def public_key_der(private_pem: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_pem, password=None)
    return key.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)
