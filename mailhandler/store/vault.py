"""Encryption at rest with one key per calendar year, kept in the database, wrapped.

Raw mail, addresses and outgoing mail are stored encrypted with the key of the
year they arrived in. Each key is kept in its row of `encryption_keys`, wrapped
(AES-GCM) by a key derived (HKDF) from the helpline secret. Several hosts that
share the configuration and the database therefore read the same keys, and
nothing else needs to be shared: a host's own data_dir holds no key.

Destroying a year's key at the year-end wipe overwrites its row (in the same
transaction that deletes what it protected); with secure_delete and the VACUUM
the wipe already does, the wrapped bytes are gone from the database files, so a
host that comes up after the wipe cannot read the old year. A copy of the
database alone (a dump, a backup) is unreadable without the secret; a backup of
the database taken before the wipe together with the secret still is readable,
which is the price of sharing keys through the database (see the README).

A key id is year * 100 + generation. The wipe first starts a new generation, so
mail arriving while it runs is written under a key that survives, then removes
everything under the older keys and destroys them.

The same key also seeds the keyed hashes used to recognise a sender again (the
confirmation rate limit, matching a follow-up to its conversation): without the
key, the hashes cannot be tested against a guessed address.

Big values (a mail of several megabytes) are sealed in chunks instead, in one format
whether they sit in a spool file or in a row: SEALED_MAGIC, the chunk size and a random
nonce prefix, then each chunk of plaintext as AES-GCM ciphertext and tag. Chunk i has
the nonce prefix + i, and the header, i and whether it is the last chunk as associated
data: chunks cannot be reordered, dropped or cut off at the end unnoticed. So a big mail
is encrypted and decrypted a chunk at a time, never needing its plaintext and its
ciphertext whole side by side. decrypt() reads both formats: a value sealed the old way
begins with its random nonce, which is not SEALED_MAGIC (odds 2^-128).

Keys of earlier versions lived in files under `<data_dir>/keys/`; those are moved
into the database at the first start (store.keyring) and then destroyed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, Engine, Table, bindparam, select, update

from mailhandler.store.models import EncryptionKey

_NONCE_BYTES = 12
_TAG_BYTES = 16
SEALED_MAGIC = b"\x00mailhandler-seal"[:16]
SEALED_CHUNK = 64 * 1024
_PREFIX_BYTES = 8
SEALED_HEADER_BYTES = len(SEALED_MAGIC) + 4 + _PREFIX_BYTES
# A key read from the database is trusted this long before its row is looked at again:
# a key another host destroyed stops being used within this time. Writing is not
# affected (a writer holds the live key's row in its transaction, see Store.write_key).
RECHECK_SECONDS = 5.0
# A key's row, built once: every writing transaction reads it (Store.write_key), and
# building the statement anew cost more CPU than running it.
_KEYS: Table = EncryptionKey.__table__  # type: ignore[assignment]
_KEY_ROW = select(_KEYS.c.wrapped, _KEYS.c.destroyed_at).where(_KEYS.c.id == bindparam("key_id"))


class KeyDestroyed(Exception):
    """The year's key is gone (wiped): what it protected can never be read again."""


class KeyMissing(KeyDestroyed):
    """A key the database says exists cannot be read: refuse to write rather than make a new one.

    A kind of KeyDestroyed for whoever only reads (what it protected cannot be read now),
    told apart where it matters: intake answers 451, processing waits for the key.
    str() names the key number, never anything about a person or the secret.
    """


def wrapping_key(secret: bytes) -> bytes:
    """The key that wraps the yearly keys: the same on every host with the same secret."""
    return HKDF(algorithm=SHA256(), length=32, salt=b"mailhandler yearly keys",
                info=b"mailhandler:wrap").derive(secret)


@dataclass(frozen=True)
class SealedFile:
    """A value sealed (chunked format) into a file under `key_id`: a big mail at intake.

    `size` is its plaintext size. The file is its writer's to remove once stored.
    """

    path: Path
    key_id: int
    size: int

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def is_sealed(blob: bytes | memoryview) -> bool:
    """Whether a value is in the chunked format (else the one-piece nonce + ciphertext)."""
    return bytes(blob[:len(SEALED_MAGIC)]) == SEALED_MAGIC


def _chunk_nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(4, "big")


def _chunk_aad(header: bytes, index: int, final: bool) -> bytes:
    return header + index.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def sealed_size(sealed_bytes: int, chunk: int = SEALED_CHUNK) -> int:
    """The plaintext size of a sealed value of `sealed_bytes` bytes (header included)."""
    body = sealed_bytes - SEALED_HEADER_BYTES
    if body < _TAG_BYTES:
        raise InvalidTag
    full, rest = divmod(body, chunk + _TAG_BYTES)
    if rest == 0:  # the last chunk was a full one
        return full * chunk
    if rest < _TAG_BYTES:
        raise InvalidTag
    return full * chunk + rest - _TAG_BYTES


def sealed_length(size: int, chunk: int = SEALED_CHUNK) -> int:
    """The length of `size` bytes of plaintext once sealed (Sealer's chunks, header)."""
    chunks = max(1, -(-size // chunk))
    return SEALED_HEADER_BYTES + size + chunks * _TAG_BYTES


class Sealer:
    """Seals one value a chunk at a time; write() the bytes it hands back, in order.

    Plaintext is held until more than a chunk is waiting, so that close() always has
    a last chunk to mark as the last one (empty for an empty value).
    """

    def __init__(self, cipher: AESGCM, chunk: int = SEALED_CHUNK) -> None:
        self._cipher = cipher
        self._chunk = chunk
        self._prefix = os.urandom(_PREFIX_BYTES)
        self.header = SEALED_MAGIC + chunk.to_bytes(4, "big") + self._prefix
        self._index = 0
        self._pending = bytearray()
        self.size = 0  # plaintext bytes taken so far

    def _seal(self, plaintext: bytes | bytearray | memoryview, final: bool) -> bytes:
        sealed = self._cipher.encrypt(_chunk_nonce(self._prefix, self._index), bytes(plaintext),
                                      _chunk_aad(self.header, self._index, final))
        self._index += 1
        return sealed

    def update(self, data: bytes | bytearray | memoryview) -> bytes:
        """Take more plaintext; the sealed chunks now complete (often b"")."""
        self.size += len(data)
        self._pending += data
        if len(self._pending) <= self._chunk:
            return b""
        out = []
        view = memoryview(self._pending)
        start = 0
        while len(self._pending) - start > self._chunk:
            out.append(self._seal(view[start:start + self._chunk], final=False))
            start += self._chunk
        view.release()
        del self._pending[:start]
        return b"".join(out)

    def close(self) -> bytes:
        """The last chunk, marked as the last."""
        last = self._seal(self._pending, final=True)
        self._pending = bytearray()
        return last


def _unseal_chunks(cipher: AESGCM, read: Callable[[int], bytes]) -> Iterator[bytes]:
    header = read(SEALED_HEADER_BYTES)
    if len(header) != SEALED_HEADER_BYTES or header[:len(SEALED_MAGIC)] != SEALED_MAGIC:
        raise InvalidTag
    chunk = int.from_bytes(header[len(SEALED_MAGIC):len(SEALED_MAGIC) + 4], "big")
    prefix = header[len(SEALED_MAGIC) + 4:]
    index = 0
    piece = read(chunk + _TAG_BYTES)
    while True:
        # A full piece may be followed by more; only a short one (or none after) ends it.
        after = read(chunk + _TAG_BYTES) if len(piece) == chunk + _TAG_BYTES else b""
        final = not after
        yield cipher.decrypt(_chunk_nonce(prefix, index), piece,
                             _chunk_aad(header, index, final))
        if final:
            return
        piece, index = after, index + 1


def _unseal_into(cipher: AESGCM, read: Callable[[int], bytes], length: int) -> bytes:
    """All the plaintext of a sealed value, into one buffer of its size (returned as it
    is: bytes-like, and nobody changes it)."""
    header = bytes(read(SEALED_HEADER_BYTES))
    chunk = int.from_bytes(header[len(SEALED_MAGIC):len(SEALED_MAGIC) + 4], "big")
    if chunk <= 0:
        raise InvalidTag
    out = bytearray(sealed_size(length, chunk))
    target = memoryview(out)
    written = 0
    for plain in _unseal_chunks(cipher, _header_then(header, read)):
        if written + len(plain) > len(out):
            raise InvalidTag
        target[written:written + len(plain)] = plain
        written += len(plain)
    target.release()
    if written != len(out):
        raise InvalidTag
    return out  # type: ignore[return-value]


def _header_then(header: bytes, read: Callable[[int], bytes]) -> Callable[[int], bytes]:
    """read() for _unseal_chunks when the header was already taken from the source."""
    given = [header]

    def first_header(n: int) -> bytes:
        if given:
            return given.pop()
        return read(n)
    return first_header


class Vault:
    def __init__(self, engine: Engine, secret: bytes, legacy_dir: Path | None = None) -> None:
        self.engine = engine
        # Where an earlier version kept its key files (moved into the database at start).
        self.legacy_dir = legacy_dir
        self._wrapper = AESGCM(wrapping_key(secret))
        self._cache: dict[int, tuple[float, bytes, bytes]] = {}  # (read at, wrapped, key)
        self._subkeys: dict[tuple[int, str], bytes] = {}
        self._listed: tuple[float, list[int]] = (float("-inf"), [])
        self._lock = threading.Lock()

    # --- wrapping ---------------------------------------------------------------------

    def wrap(self, key_id: int, key: bytes) -> bytes:
        """A key as its row keeps it; bound to its number, so rows cannot be swapped."""
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._wrapper.encrypt(nonce, key, str(key_id).encode())

    def unwrap(self, key_id: int, wrapped: bytes) -> bytes:
        try:
            key = self._wrapper.decrypt(wrapped[:_NONCE_BYTES], wrapped[_NONCE_BYTES:],
                                        str(key_id).encode())
        except InvalidTag:
            raise KeyMissing(f"encryption key {key_id} cannot be unwrapped with the configured "
                             "helpline secret (every host needs the same secret; mail is "
                             "refused with 451 until then)") from None
        if len(key) != 32:
            raise KeyMissing(f"encryption key {key_id} is damaged")
        return key

    def make_wrapped(self, key_id: int) -> bytes:
        """A new random key for a new period, wrapped for its row (recorded by the caller)."""
        return self.wrap(key_id, os.urandom(32))

    # --- reading keys -----------------------------------------------------------------

    def _key(self, key_id: int, conn: Connection | None = None) -> bytes:
        """The key's bytes; never made here: reading with a key that is gone must fail.

        With `conn` (a writer's transaction) the row is always read through it: a key
        that period's transaction has just recorded is not visible elsewhere yet, and
        a cached key whose row never committed (that transaction rolled back) must not
        be taken for the one that did.
        """
        with self._lock:
            cached = self._cache.get(key_id)
        if conn is None and cached is not None and time.monotonic() - cached[0] < RECHECK_SECONDS:
            return cached[2]
        if conn is not None:
            row = conn.execute(_KEY_ROW, {"key_id": key_id}).first()
        else:
            with self.engine.connect() as own:
                row = own.execute(_KEY_ROW, {"key_id": key_id}).first()
        if row is None or row.destroyed_at is not None:
            self._forget(key_id)
            raise KeyDestroyed(f"no key {key_id}")
        if row.wrapped is None:
            self._forget(key_id)
            raise self.missing(key_id)
        wrapped = bytes(row.wrapped)
        if cached is not None and cached[1] == wrapped:
            key = cached[2]
        else:
            key = self.unwrap(key_id, wrapped)
            with self._lock:
                self._subkeys = {k: v for k, v in self._subkeys.items() if k[0] != key_id}
        with self._lock:
            self._cache[key_id] = (time.monotonic(), wrapped, key)
        return key

    def has(self, key_id: int, conn: Connection | None = None) -> bool:
        """Whether the key can be used; through `conn` when a transaction asks (see _key)."""
        try:
            self._key(key_id, conn)
        except KeyDestroyed:
            return False
        return True

    def version(self, key_id: int) -> bytes:
        """Which bytes this process last read for the key (its wrapped form): two reads
        that differ mean the key under that number is not the one used before."""
        with self._lock:
            cached = self._cache.get(key_id)
        return cached[1] if cached is not None else b""

    def require(self, key_id: int, conn: Connection) -> None:
        """Raise KeyMissing, saying why, unless this recorded live key can be used."""
        try:
            self._key(key_id, conn)
        except KeyMissing:
            raise
        except KeyDestroyed:
            raise self.missing(key_id) from None

    def missing(self, key_id: int) -> KeyMissing:
        return KeyMissing(f"encryption key {key_id} is recorded but not in the database "
                          "(restore the database from a backup; mail is refused with 451 "
                          "until then)")

    def key_ids(self) -> list[int]:
        """The keys that can be used: recorded, not destroyed, present."""
        with self.engine.connect() as conn:
            return list(conn.scalars(select(EncryptionKey.id).where(
                EncryptionKey.destroyed_at.is_(None), EncryptionKey.wrapped.is_not(None))
                .order_by(EncryptionKey.id)))

    def recent_key_ids(self, max_age: float = 10.0) -> list[int]:
        """key_ids(), listed at most every `max_age` seconds: the keys change once a year.

        A key in the list may have been destroyed since; callers skip KeyDestroyed.
        """
        listed_at, ids = self._listed
        if time.monotonic() - listed_at > max_age:
            ids = self.key_ids()
            self._listed = (time.monotonic(), ids)
        return ids

    # --- using keys -------------------------------------------------------------------

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
        """The plaintext of a value in either format (a big mail's comes as a bytearray,
        filled a chunk at a time: no second whole copy)."""
        key = self._key(key_id)
        if is_sealed(blob):
            return self._unseal_whole(AESGCM(key), blob)
        return AESGCM(key).decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], None)

    @staticmethod
    def _unseal_whole(cipher: AESGCM, blob: bytes) -> bytes:
        view = memoryview(blob)
        position = 0

        def read(n: int) -> bytes:
            nonlocal position
            piece = view[position:position + n]
            position += len(piece)
            return piece  # type: ignore[return-value]  # a view: no copy of the chunk

        out = _unseal_into(cipher, read, len(blob))
        view.release()
        return out

    def unseal_from(self, key_id: int, read: Callable[[int], bytes], length: int) -> bytes:
        """The plaintext of a sealed value of `length` bytes that read() hands out in
        pieces (a blob read from the database a chunk at a time): only the plaintext is
        ever whole in memory."""
        return _unseal_into(AESGCM(self._key(key_id)), read, length)

    def sealer(self, key_id: int) -> Sealer:
        """A Sealer for one big value under this key (a mail spooled at intake)."""
        return Sealer(AESGCM(self._key(key_id)))

    def seal_pieces(self, key_id: int, data: bytes, step: int = 1024 * 1024) -> Iterator[bytes]:
        """`data` sealed, a piece at a time (sealed_length(len(data)) bytes in all)."""
        sealer = self.sealer(key_id)
        yield sealer.header
        view = memoryview(data)
        for start in range(0, len(data), step):
            yield sealer.update(view[start:start + step])
        view.release()
        yield sealer.close()

    def seal_stream(self, key_id: int, pieces: Iterable[bytes]) -> Iterator[bytes]:
        """Plaintext handed out in `pieces` sealed as it comes (a composed forward whose
        attachment is encoded a block at a time): never whole, in either form."""
        sealer = self.sealer(key_id)
        yield sealer.header
        for piece in pieces:
            yield sealer.update(piece)
        yield sealer.close()

    def unseal_stream(self, key_id: int, source: BinaryIO) -> Iterator[bytes]:
        """The plaintext of a sealed value read from a file, a chunk at a time."""
        return _unseal_chunks(AESGCM(self._key(key_id)), source.read)

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

    # --- destroying keys --------------------------------------------------------------

    def _forget(self, key_id: int) -> None:
        with self._lock:
            self._cache.pop(key_id, None)
            self._subkeys = {k: v for k, v in self._subkeys.items() if k[0] != key_id}
            self._listed = (float("-inf"), [])

    def destroy(self, key_id: int) -> bool:
        """Forget a key here and overwrite it everywhere it is kept. Returns whether there was one.

        The wipe overwrites the row in its own transaction (Store.mark_destroyed); this
        is for what is left: this process's copy, a row not yet overwritten, and a key
        file of an earlier version.
        """
        self._forget(key_id)
        present = (EncryptionKey.id == key_id, EncryptionKey.wrapped.is_not(None))
        with self.engine.connect() as conn:
            # Looked at first: the usual case (the wipe overwrote it already) then takes
            # no write lock, which on SQLite a busy daemon may hold for a while.
            found = conn.execute(select(EncryptionKey.id).where(*present)).first() is not None
        if found:
            with self.engine.begin() as conn:
                conn.execute(update(EncryptionKey).where(*present).values(wrapped=None))
        return self.shred_legacy_file(key_id) or found

    # --- key files of an earlier version ----------------------------------------------

    def legacy_files(self) -> dict[int, bytes]:
        """The key files an earlier version left in data_dir/keys/ (number → key)."""
        if self.legacy_dir is None or not self.legacy_dir.exists():
            return {}
        found = {}
        for path in sorted(self.legacy_dir.glob("*.key")):
            if path.stem.isdigit():
                data = path.read_bytes()
                if len(data) == 32:
                    found[int(path.stem)] = data
        return found

    def shred_legacy_file(self, key_id: int) -> bool:
        """Overwrite and unlink an earlier version's key file. Returns whether there was one."""
        if self.legacy_dir is None:
            return False
        path = self.legacy_dir / f"{key_id}.key"
        if not path.exists():
            return False
        # Overwriting first matters on filesystems that do not reuse blocks at once.
        fd = os.open(path, os.O_WRONLY)
        try:
            os.write(fd, os.urandom(32))
            os.fsync(fd)
        finally:
            os.close(fd)
        path.unlink()
        dir_fd = os.open(self.legacy_dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return True
