"""Encryption at rest with one key per calendar year, kept outside the database.

Raw mail, addresses and outgoing mail are stored encrypted with the key of the
year they arrived in. The keys live in files under `<data_dir>/keys/`, not in the
database, so a copy of the database alone (a backup, a dump) is unreadable, and
destroying a year's key file at the year-end wipe makes every copy of that
year's mail unreadable for good, including backups we do not control.

A key id is year * 100 + generation. The wipe first starts a new generation, so
mail arriving while it runs is written under a key that survives, then removes
everything under the older keys and destroys them. Every process finds the
current key by looking at the folder, so a wipe run from the command line
switches a running daemon over too.

The same key also seeds the keyed hashes used to recognise a sender again (the
confirmation rate limit, matching a follow-up to its conversation): without the
key, the hashes cannot be tested against a guessed address.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_NONCE_BYTES = 12


class KeyDestroyed(Exception):
    """The year's key is gone (wiped): what it protected can never be read again."""


class KeyMissing(KeyDestroyed):
    """A key the database says exists has no file: refuse to write rather than make a new one.

    A kind of KeyDestroyed for whoever only reads (what it protected cannot be read now),
    told apart where it matters: intake answers 451, processing waits for the key.
    str() names the key number and the folder, never anything about a person.
    """


class Vault:
    def __init__(self, keys_dir: Path) -> None:
        self.keys_dir = keys_dir
        self._cache: dict[int, bytes] = {}
        self._subkeys: dict[tuple[int, str], bytes] = {}
        self._listed: tuple[float, list[int]] = (float("-inf"), [])
        self._lock = threading.Lock()

    def _path(self, key_id: int) -> Path:
        return self.keys_dir / f"{key_id}.key"

    def _key(self, key_id: int) -> bytes:
        """The key's bytes; never made here: reading with a key that is gone must fail."""
        with self._lock:
            if key_id in self._cache and self._path(key_id).exists():
                return self._cache[key_id]
            path = self._path(key_id)
            if not path.exists():
                raise KeyDestroyed(f"no key {key_id}")
            key = path.read_bytes()
            if len(key) != 32:
                raise KeyDestroyed(f"key file {key_id} is damaged")
            self._cache[key_id] = key
            return key

    def has(self, key_id: int) -> bool:
        return self._path(key_id).exists()

    def create(self, key_id: int) -> None:
        """Make the key file for a new period (kept if another process just made it)."""
        if not self._path(key_id).exists():
            self._create(self._path(key_id))
        self._key(key_id)  # and check it is readable

    def missing(self, key_id: int) -> KeyMissing:
        return KeyMissing(f"encryption key {key_id} is missing from {self.keys_dir} "
                          "(restore it from a backup; mail is refused with 451 until then)")

    def _create(self, path: Path) -> None:
        self.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        # A name of this process and thread: two making the same key at once (intake and
        # the scheduler at the first mail of a year) must not remove each other's file.
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
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

    def encryptor(self, key_id: int) -> Callable[[bytes], bytes]:
        """encrypt() for many values under one key, the key looked up once (a batch)."""
        cipher = AESGCM(self._key(key_id))

        def encrypt(plaintext: bytes) -> bytes:
            nonce = os.urandom(_NONCE_BYTES)
            return nonce + cipher.encrypt(nonce, plaintext, None)
        return encrypt

    def encrypt(self, key_id: int, plaintext: bytes) -> bytes:
        return self.encryptor(key_id)(plaintext)

    def decrypt(self, key_id: int, blob: bytes) -> bytes:
        key = self._key(key_id)
        return AESGCM(key).decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], None)

    def encrypt_text(self, key_id: int, text: str) -> bytes:
        return self.encrypt(key_id, text.encode("utf-8"))

    def decrypt_text(self, key_id: int, blob: bytes) -> str:
        return self.decrypt(key_id, blob).decode("utf-8")

    def keyed_hash(self, key_id: int, purpose: str, value: str) -> str:
        """A hash of `value` that only this key can reproduce."""
        key = self._key(key_id)  # also checks that the key still exists
        subkey = self._subkeys.get((key_id, purpose))
        if subkey is None:
            subkey = HKDF(algorithm=SHA256(), length=32, salt=None,
                          info=f"mailhandler:{purpose}".encode()).derive(key)
            self._subkeys[(key_id, purpose)] = subkey
        return hmac.new(subkey, value.encode("utf-8"), hashlib.sha256).hexdigest()

    def recent_key_ids(self, max_age: float = 10.0) -> list[int]:
        """key_ids(), listed at most every `max_age` seconds: the folder changes once a year.

        A key in the list may have been destroyed since; callers skip KeyDestroyed.
        """
        listed_at, ids = self._listed
        if time.monotonic() - listed_at > max_age:
            ids = self.key_ids()
            self._listed = (time.monotonic(), ids)
        return ids

    def key_ids(self) -> list[int]:
        if not self.keys_dir.exists():
            return []
        return sorted(int(p.stem) for p in self.keys_dir.glob("*.key") if p.stem.isdigit())

    def destroy(self, key_id: int) -> bool:
        """Overwrite and unlink a key. Returns whether there was one."""
        with self._lock:
            self._cache.pop(key_id, None)
            self._subkeys = {k: v for k, v in self._subkeys.items() if k[0] != key_id}
            self._listed = (float("-inf"), [])
            path = self._path(key_id)
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
