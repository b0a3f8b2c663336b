"""Encryption at rest with one key per calendar year, kept outside the database.

Raw mail, addresses and outgoing mail are stored encrypted with the key of the
year they arrived in. The keys live in files under `<data_dir>/keys/`, not in the
database, so a copy of the database alone (a backup, a dump) is unreadable, and
destroying a year's key file at the year-end wipe makes every copy of that
year's mail unreadable for good, including backups we do not control.

The same key also seeds the keyed hashes used to recognise a sender again (the
confirmation rate limit, matching a follow-up to its conversation): without the
key, the hashes cannot be tested against a guessed address.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_NONCE_BYTES = 12


class KeyDestroyed(Exception):
    """The year's key is gone (wiped): what it protected can never be read again."""


class Vault:
    def __init__(self, keys_dir: Path) -> None:
        self.keys_dir = keys_dir
        self._cache: dict[int, bytes] = {}
        self._lock = threading.Lock()

    def _path(self, year: int) -> Path:
        return self.keys_dir / f"{year}.key"

    def _key(self, year: int, create: bool) -> bytes:
        with self._lock:
            if year in self._cache:
                return self._cache[year]
            path = self._path(year)
            if not path.exists():
                if not create:
                    raise KeyDestroyed(f"no key for {year}")
                self._create(path)
            key = path.read_bytes()
            if len(key) != 32:
                raise KeyDestroyed(f"key file for {year} is damaged")
            self._cache[year] = key
            return key

    def _create(self, path: Path) -> None:
        self.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, os.urandom(32))
            os.fsync(fd)
        finally:
            os.close(fd)
        # A second daemon may race us to create the same year's key: link() fails
        # instead of overwriting, and whichever key landed first is the one everyone uses.
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
        dir_fd = os.open(self.keys_dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def encrypt(self, year: int, plaintext: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + AESGCM(self._key(year, create=True)).encrypt(nonce, plaintext, None)

    def decrypt(self, year: int, blob: bytes) -> bytes:
        key = self._key(year, create=False)
        return AESGCM(key).decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], None)

    def encrypt_text(self, year: int, text: str) -> bytes:
        return self.encrypt(year, text.encode("utf-8"))

    def decrypt_text(self, year: int, blob: bytes) -> str:
        return self.decrypt(year, blob).decode("utf-8")

    def keyed_hash(self, year: int, purpose: str, value: str) -> str:
        """A hash of `value` that only this year's key can reproduce."""
        subkey = HKDF(algorithm=SHA256(), length=32, salt=None,
                      info=f"mailhandler:{purpose}".encode()).derive(self._key(year, create=True))
        return hmac.new(subkey, value.encode("utf-8"), hashlib.sha256).hexdigest()

    def years(self) -> list[int]:
        if not self.keys_dir.exists():
            return []
        return sorted(int(p.stem) for p in self.keys_dir.glob("*.key") if p.stem.isdigit())

    def destroy(self, year: int) -> bool:
        """Overwrite and unlink a year's key. Returns whether there was one."""
        with self._lock:
            self._cache.pop(year, None)
            path = self._path(year)
            if not path.exists():
                return False
            # Overwriting first matters on filesystems that do not reuse blocks at once;
            # on copy-on-write filesystems only the unlink counts, which is why the
            # key, not the data, is what the wipe relies on.
            fd = os.open(path, os.O_WRONLY)
            try:
                os.write(fd, os.urandom(32))
                os.fsync(fd)
            finally:
                os.close(fd)
            path.unlink()
            dir_fd = os.open(self.keys_dir, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
            return True
