"""What every mail gets as it leaves: our loop marker and, with a key, a DKIM signature.

Done at the last moment, around the transport, so no mail the helpline sends can
miss either, whichever part of the daemon composed it. The signature is made by
dkimpy as `helpline.domain` (d=), which is also the domain of every From and of
every envelope sender we use (VERP bounce addresses; the HELO name for the null
sender), so DMARC aligns on both SPF and DKIM.
"""

from __future__ import annotations

import os
from pathlib import Path

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from mailhandler.config import Config, ConfigError
from mailhandler.outbound.transport import DeliveryError, Transport

# The headers the signature covers; h= may list a header that is absent (then it is
# signed as empty), and listing From twice would forbid adding a second one later.
SIGNED_HEADERS = (b"from", b"to", b"subject", b"date", b"message-id", b"in-reply-to",
                  b"references", b"reply-to", b"mime-version", b"content-type",
                  b"content-transfer-encoding", b"auto-submitted", b"x-loop", b"from")


class SigningTransport:
    """A Transport that marks (X-Loop) and signs (DKIM) before handing on."""

    def __init__(self, inner: Transport, loop_marker: str, domain: str,
                 selector: str | None = None, key: bytes | None = None) -> None:
        self.inner = inner
        self.marker = f"X-Loop: {loop_marker}\r\n".encode("ascii")
        self.domain = domain.encode("ascii")
        self.selector = selector.encode("ascii") if selector else None
        self.key = key

    def prepare(self, message: bytes) -> bytes:
        data = self.marker + bytes(message)
        if self.key is None or self.selector is None:
            return data
        try:
            signature = dkim.sign(data, self.selector, self.domain, self.key,
                                  canonicalize=(b"relaxed", b"relaxed"),
                                  include_headers=list(SIGNED_HEADERS))
        except Exception as exc:  # a key that does not sign is an admin's problem
            raise DeliveryError(f"dkim signing failed ({type(exc).__name__})",
                                permanent=False) from None
        return signature + data

    def deliver(self, mail_from: str, rcpt: str, message: bytes) -> None:
        self.inner.deliver(mail_from, rcpt, self.prepare(message))

    def close(self) -> None:
        self.inner.close()


def read_key(cfg: Config) -> bytes:
    """The DKIM private key; a missing or unusable one is a configuration error."""
    assert cfg.dkim is not None
    try:
        pem = cfg.dkim.key_file.read_bytes()
        public_key_der(pem)
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
