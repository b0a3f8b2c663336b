"""Remove metadata from JPEG and PNG files without decoding their pixels.

Re-encoding a 10 MB photo with Pillow holds its decoded pixels (width x height x 3 bytes,
often 15 times the file) several times over. A file's metadata lives in segments (JPEG)
or chunks (PNG) beside the compressed pixels, so it can be removed by walking those and
copying only what says how to decode: the memory used is then about twice the file.

What is kept is a short list of segments and chunks known to hold no free text; all else
is dropped. A colour profile is kept so that colours stay right, but its free text (the
description, copyright, device names: a program or a person filled them in) is blanked
in place, the profile's tag table untouched. Whatever is unexpected (a truncated file, a
marker or chunk we do not know, a bad CRC, a profile tag of an unknown type) makes these
functions return None: the caller then takes the slow path that decodes the pixels, or
withholds. Nothing odd is ever passed on raw.

Pure: bytes in, bytes out; no I/O, no logging. Never raises.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from PIL import Image

__all__ = ["Stripped", "blank_icc_text", "strip_jpeg", "strip_png"]

# Kinds of metadata removed, the same words as mailhandler.core.attachments uses.
EXIF = "exif"
LOCATION = "location"
XMP = "xmp"
IPTC = "iptc"
COLOUR_PROFILE = "colour-profile"
COMMENTS = "comments"

_ORIENTATION = 0x0112
_GPS_IFD = 0x8825
MAX_ICC = 4 * 1024 * 1024       # larger profiles are not decompressed here: slow path


@dataclass(frozen=True)
class Stripped:
    data: bytes
    removed: frozenset[str]
    orientation: int                # the EXIF orientation the original carried (1 when none)


# --------------------------------------------------------------------------- ICC profiles

# Tag types that hold colour data only, kept as they are.
_COLOUR_TYPES = {b"curv", b"para", b"XYZ ", b"sf32", b"mft1", b"mft2", b"mAB ", b"mBA ",
                 b"sig ", b"view", b"meas", b"chrm", b"ui16", b"ui32", b"ui64", b"ui08",
                 b"uf32", b"s15f", b"u16f", b"mpet", b"cicp"}
# Tag types that hold free text (or names in it), blanked.
_TEXT_TYPES = {b"desc", b"mluc", b"text", b"utf8", b"utf1", b"zut8", b"dict", b"clrt", b"ncl2",
               b"crdi", b"vcgt", b"data", b"dtim"}
# Tags blanked whatever their type says.
_TEXT_TAGS = {b"desc", b"cprt", b"dmnd", b"dmdd", b"vued", b"meta", b"clrt", b"clot",
              b"ncl2", b"targ", b"ciis", b"tech", b"pseq", b"psid", b"scrd", b"devs"}


def blank_icc_text(profile: bytes) -> bytes | None:
    """The profile with its free text zeroed in place (same length, tag table untouched),
    or None when it cannot be parsed or holds a tag of a type we do not know."""
    try:
        return _blank_icc_text(profile)
    except Exception:
        return None


def _blank_icc_text(profile: bytes) -> bytes | None:
    size = len(profile)
    if size < 132 or profile[36:40] != b"acsp" or int.from_bytes(profile[:4], "big") != size:
        return None
    out = bytearray(profile)
    out[48:56] = bytes(8)           # device manufacturer and model: a phone's make
    out[80:84] = bytes(4)       # the creating program
    out[84:100] = bytes(16)         # profile ID: an MD5 of the old bytes, 0 = not computed
    count = int.from_bytes(profile[128:132], "big")
    if count > 1000 or 132 + 12 * count > size:
        return None
    for index in range(count):
        signature, offset, length = struct.unpack_from(">4sII", profile, 132 + 12 * index)
        if offset < 132 + 12 * count or offset + length > size or length < 8:
            return None
        kind = bytes(profile[offset:offset + 4])
        if signature in _TEXT_TAGS or kind in _TEXT_TYPES:
            out[offset + 8:offset + length] = bytes(length - 8)
            if kind == b"mluc" and length >= 16:
                out[offset + 12:offset + 16] = (12).to_bytes(4, "big")   # 0 records of 12
        elif kind not in _COLOUR_TYPES:
            return None
    return bytes(out)


# --------------------------------------------------------------------------- JPEG

_SOI, _EOI, _SOS, _COM = 0xD8, 0xD9, 0xDA, 0xFE
# Segments that say how to decode: SOFn, DHT, DAC, DQT, DRI, DNL, EXP.
_DECODING = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF,
             0xC4, 0xCC, 0xDB, 0xDD, 0xDC, 0xDF}
_FRAME = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_ICC_HEADER = b"ICC_PROFILE\x00"


def strip_jpeg(data: bytes) -> Stripped | None:
    """The JPEG with only what decodes it (plus its colour profile, text blanked, and a
    minimal JFIF/Adobe header), cut at its end-of-image marker; None when anything about
    it is unexpected."""
    try:
        return _strip_jpeg(data)
    except Exception:
        return None


def _strip_jpeg(data: bytes) -> Stripped | None:
    if not data.startswith(b"\xff\xd8"):
        return None
    out = bytearray(b"\xff\xd8")
    removed: set[str] = set()
    icc_parts: list[tuple[int, int, bytes]] = []     # (sequence, place in out, payload)
    icc_count = 0
    orientation = 1
    seen_frame = seen_scan = False
    pos, end = 2, len(data)
    while True:
        if pos + 2 > end or data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:                  # fill bytes before a marker
            pos += 1
            continue
        if marker == _EOI:
            if not seen_scan:
                return None
            out += b"\xff\xd9"
            break                           # anything after (an MPO's second picture) goes
        if pos + 4 > end:
            return None
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        if length < 2 or pos + 2 + length > end:
            return None
        body = data[pos + 4:pos + 2 + length]
        segment = data[pos:pos + 2 + length]
        pos += 2 + length
        if marker == _SOS:
            if not seen_frame:
                return None
            scan_end = _entropy_end(data, pos)
            if scan_end is None:
                return None
            out += segment
            out += data[pos:scan_end]
            pos = scan_end
            seen_scan = True
        elif marker in _DECODING:
            seen_frame = seen_frame or marker in _FRAME
            out += segment
        elif marker == 0xE0:
            if body.startswith(b"JFIF\x00") and len(body) >= 14:
                out += b"\xff\xe0\x00\x10" + body[:12] + b"\x00\x00"   # no thumbnail
            if len(body) > 14:
                removed.add(EXIF)                   # a JFIF/JFXX thumbnail
        elif marker == 0xEE:
            if body.startswith(b"Adobe") and length == 14:
                out += segment                      # the colour transform: decodes CMYK
        elif marker == 0xE2 and body.startswith(_ICC_HEADER) and len(body) > 14:
            sequence, total = body[12], body[13]
            if icc_count and total != icc_count:
                return None
            icc_count = total
            icc_parts.append((sequence, len(out), bytes(body[14:])))
            out += segment                          # its payload is blanked below
        elif marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            found = _exif_kinds(bytes(body))
            if found is None:
                return None
            kinds, value = found
            removed |= kinds | {EXIF}               # as the decoding path counts it
            if orientation == 1:
                orientation = value
        elif marker == 0xE1:
            removed.add(XMP)
        elif marker == 0xED:
            removed.add(IPTC)
        elif marker == _COM:
            removed.add(COMMENTS)
        elif 0xE0 <= marker <= 0xEF:
            removed.add(EXIF)                       # maker data, MPF, Ducky, FlashPix...
        else:
            return None                             # a marker we do not know
    if icc_parts and not _blank_jpeg_icc(out, icc_parts, icc_count):
        return None
    if icc_parts:
        removed.add(COLOUR_PROFILE)
    return Stripped(bytes(out), frozenset(removed), orientation)


def _entropy_end(data: bytes, pos: int) -> int | None:
    """Where the entropy-coded data starting at `pos` ends: at the first marker that is
    neither a stuffed zero nor a restart marker."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return None
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2
        elif following == 0xFF:
            pos += 1
        else:
            return pos


def _blank_jpeg_icc(out: bytearray, parts: list[tuple[int, int, bytes]], count: int) -> bool:
    """Blank the text of a profile split over APP2 segments, each payload in its place."""
    if sorted(sequence for sequence, _, _ in parts) != list(range(1, count + 1)):
        return False
    ordered = sorted(parts)
    blanked = blank_icc_text(b"".join(payload for _, _, payload in ordered))
    if blanked is None:
        return False
    at = 0
    for _, place, payload in ordered:
        start = place + 4 + len(_ICC_HEADER) + 2
        out[start:start + len(payload)] = blanked[at:at + len(payload)]
        at += len(payload)
    return True


def _exif_kinds(body: bytes) -> tuple[set[str], int] | None:
    """What an EXIF block holds besides its orientation, and that orientation."""
    exif = Image.Exif()
    exif.load(body)
    kinds: set[str] = set()
    if set(exif) - {_ORIENTATION}:
        kinds.add(EXIF)
    if exif.get_ifd(_GPS_IFD):
        kinds.add(LOCATION)
    value = exif.get(_ORIENTATION, 1)
    if not isinstance(value, int) or not 1 <= value <= 8:
        return None
    return kinds, value


def orientation_exif(orientation: int) -> bytes:
    """A JPEG APP1 segment holding one tag, the orientation: a little-endian TIFF header
    and one IFD of one entry, written here so nothing else can come along."""
    tiff = (b"II*\x00" + (8).to_bytes(4, "little")            # header, IFD at offset 8
            + (1).to_bytes(2, "little")                        # one entry
            + struct.pack("<HHIHH", _ORIENTATION, 3, 1, orientation, 0)   # SHORT, count 1
            + bytes(4))                                        # no next IFD
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body


def with_orientation(jpeg: bytes, orientation: int) -> bytes:
    """A stripped JPEG with the minimal orientation EXIF right after its JFIF header."""
    if orientation == 1:
        return jpeg
    place = 2
    if jpeg[2:4] == b"\xff\xe0":
        place = 4 + int.from_bytes(jpeg[4:6], "big")
    return jpeg[:place] + orientation_exif(orientation) + jpeg[place:]


# --------------------------------------------------------------------------- PNG

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Ancillary chunks that say how to show the pixels and hold no text.
_PNG_KEEP = {b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"bKGD", b"pHYs", b"hIST", b"cICP",
             b"mDCv", b"cLLi"}
_PNG_CRITICAL = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}
_PNG_TEXT = {b"tEXt": COMMENTS, b"zTXt": COMMENTS, b"iTXt": COMMENTS, b"eXIf": EXIF,
             b"tIME": EXIF}
_ANIMATION = {b"acTL", b"fcTL", b"fdAT"}


def strip_png(data: bytes) -> Stripped | None:
    """The PNG with its critical chunks, the ancillary chunks that hold no text, and its
    colour profile under a neutral name with its text blanked; None when a CRC is wrong,
    a chunk is unknown and critical, it is animated, or anything else is unexpected."""
    try:
        return _strip_png(data)
    except Exception:
        return None


def _strip_png(data: bytes) -> Stripped | None:
    if not data.startswith(_PNG_SIGNATURE):
        return None
    out = bytearray(_PNG_SIGNATURE)
    removed: set[str] = set()
    orientation = 1
    pos, end, first = 8, len(data), True
    while True:
        if pos + 12 > end:
            return None
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = bytes(data[pos + 4:pos + 8])
        if length > 0x7FFFFFFF or pos + 12 + length > end:
            return None
        chunk = data[pos:pos + 12 + length]
        crc = int.from_bytes(data[pos + 8 + length:pos + 12 + length], "big")
        if zlib.crc32(memoryview(data)[pos + 4:pos + 8 + length]) != crc:
            return None
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if first != (kind == b"IHDR"):
            return None
        first = False
        if kind in _PNG_CRITICAL:
            out += chunk
            if kind == b"IEND":
                break
        elif kind in _ANIMATION:
            return None                     # frames are budgeted on the decoding path
        elif kind in _PNG_KEEP:
            out += chunk
        elif kind == b"iCCP":
            profile_chunk = _clean_iccp(bytes(body))
            if profile_chunk is None:
                return None
            out += profile_chunk
            removed.add(COLOUR_PROFILE)
        elif kind == b"eXIf":
            found = _exif_kinds(b"Exif\x00\x00" + bytes(body))
            if found is None:
                return None
            removed |= found[0] | {EXIF}
            orientation = found[1]
        elif kind[0] & 0x20 == 0:
            return None                     # an unknown critical chunk: cannot decode it
        else:
            removed.add(_PNG_TEXT.get(kind, EXIF))
    return Stripped(bytes(out), frozenset(removed), orientation)


def _clean_iccp(body: bytes) -> bytes | None:
    name_end = body.find(b"\x00")
    if not 1 <= name_end <= 79 or len(body) < name_end + 2 or body[name_end + 1] != 0:
        return None
    inflater = zlib.decompressobj()
    profile = inflater.decompress(body[name_end + 2:], MAX_ICC + 1)
    if len(profile) > MAX_ICC or not inflater.eof:
        return None
    blanked = blank_icc_text(profile)
    if blanked is None:
        return None
    payload = b"ICC profile\x00\x00" + zlib.compress(blanked)
    return (len(payload).to_bytes(4, "big") + b"iCCP" + payload
            + zlib.crc32(b"iCCP" + payload).to_bytes(4, "big"))
