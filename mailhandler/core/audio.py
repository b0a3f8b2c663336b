"""Audio without the tags that name its maker: the voice in a memo is what the sender says;
the title, artist, comment, album art and recording place around it can say who and where.

Tags are removed with mutagen, then the result is read again: if any tag, picture or
unknown metadata is left, the file is withheld (`Uncleanable`). By kind:

- MP3: ID3v2, ID3v1 and APEv2 tags removed.
- M4A: the iTunes-style tag list removed; any other user data left in the movie (a
  recording position, a maker's note) withholds the file.
- Ogg (Vorbis, Opus, Speex, FLAC-in-Ogg): comments emptied (the encoder's vendor string,
  which names the encoding library, stays).
- FLAC: Vorbis comments and pictures removed; other metadata blocks withhold it.
- WAV: only the format, fact and sound data chunks are kept (LIST/INFO, bext, iXML and
  ID3 chunks carry names and places).

Pure: bytes in, bytes out.
"""

from __future__ import annotations

import io

import mutagen
import mutagen.apev2
import mutagen.flac
import mutagen.mp3
import mutagen.mp4

__all__ = ["Uncleanable", "clean_audio"]

# Metadata kinds, as shown (translated) to volunteers.
TAGS = "tags"
PICTURES = "pictures"

_FLAC_SOUND_BLOCKS = {0, 1, 3}          # STREAMINFO, PADDING, SEEKTABLE
_WAV_SOUND_CHUNKS = {b"fmt ", b"fact", b"data"}


class Uncleanable(Exception):
    """This audio cannot be cleaned reliably; it must be withheld. (No content in it.)"""


def clean_audio(data: bytes, kind: str) -> tuple[bytes, tuple[str, ...]]:
    """`data` ("mp3", "m4a", "ogg", "flac" or "wav") without tags; what was removed."""
    try:
        if kind == "wav":
            return _clean_wav(data)
        return _clean_tagged(data, kind)
    except Uncleanable:
        raise
    except Exception as exc:
        raise Uncleanable from exc


def _clean_tagged(data: bytes, kind: str) -> tuple[bytes, tuple[str, ...]]:
    buffer = io.BytesIO(data)
    removed: set[str] = set()
    audio = mutagen.File(buffer)
    if audio is None:
        raise Uncleanable
    if audio.tags is not None and len(audio.tags):
        removed.add(TAGS)
    if isinstance(audio, mutagen.flac.FLAC) and audio.pictures:
        removed.add(PICTURES)
        audio.clear_pictures()
        buffer.seek(0)
        audio.save(buffer)
        buffer.seek(0)
        audio = mutagen.File(buffer)
    buffer.seek(0)
    audio.delete(buffer)
    if kind == "mp3":
        buffer.seek(0)
        try:
            mutagen.apev2.APEv2(buffer)
            removed.add(TAGS)
            buffer.seek(0)
            mutagen.apev2.delete(buffer)
        except mutagen.apev2.APENoHeaderError:
            pass
    buffer.seek(0)
    _check(buffer, kind)
    return buffer.getvalue(), tuple(sorted(removed))


def _check(buffer: io.BytesIO, kind: str) -> None:
    """Belt and braces: read the cleaned file again; anything left withholds it."""
    audio = mutagen.File(buffer)
    if audio is None:
        raise Uncleanable
    if audio.tags is not None and len(audio.tags):
        raise Uncleanable
    if isinstance(audio, mutagen.flac.FLAC) and (
            audio.pictures or any(block.code not in _FLAC_SOUND_BLOCKS | {4}
                                  for block in audio.metadata_blocks)):
        raise Uncleanable           # 4: the (now empty) Vorbis comment block
    if kind == "m4a":
        buffer.seek(0)
        atoms = mutagen.mp4.Atoms(buffer)
        for path in (("moov", "udta"), ("moov", "meta")):
            try:
                found = atoms.path(*path)[-1]
            except KeyError:
                continue
            others = [child.name for child in found.children or () if child.name != b"meta"]
            if others:
                raise Uncleanable       # user data other than a tag list: a place, a maker
    if kind == "mp3":
        buffer.seek(0)
        data = buffer.read()
        if data.startswith(b"ID3") or data[-128:].startswith(b"TAG"):
            raise Uncleanable


def _clean_wav(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """A RIFF/WAVE file with only its format, fact and sound chunks."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise Uncleanable
    view = memoryview(data)  # chunks kept as views: the file is copied once, not thrice
    kept: list[bytes | memoryview] = [b"WAVE"]
    removed: set[str] = set()
    pos = 12
    seen_data = False
    while pos + 8 <= len(data):
        chunk_id = data[pos:pos + 4]
        size = int.from_bytes(data[pos + 4:pos + 8], "little")
        end = pos + 8 + size
        if end > len(data):
            raise Uncleanable
        if chunk_id in _WAV_SOUND_CHUNKS:
            kept += [view[pos:end], b"\x00" if size % 2 else b""]
            seen_data = seen_data or chunk_id == b"data"
        else:
            removed.add(TAGS)
        pos = end + size % 2
    if not seen_data:
        raise Uncleanable
    length = sum(len(piece) for piece in kept)
    pieces = [b"RIFF", length.to_bytes(4, "little"), *kept]
    if not removed and length + 8 == len(data) and _same_as(view, pieces):
        return data, ()  # nothing taken out: the file as it is, not a copy of it
    return b"".join(pieces), tuple(sorted(removed))


def _same_as(view: memoryview, pieces: list[bytes | memoryview]) -> bool:
    """Whether the pieces, one after the other, are exactly `view` (compared, not joined)."""
    at = 0
    for piece in pieces:
        if view[at:at + len(piece)] != piece:
            return False
        at += len(piece)
    return at == len(view)
