"""Make attachments safe to relay: no file passed on may tell who or where its sender is.

A help-seeker's photo must never tell a volunteer where it was taken; a volunteer's reply
must not carry their name in a key, a business card or a document's properties. Every
attachment of a relayed mail goes through :func:`clean_attachment`, which returns either a
cleaned copy or a short reason code for withholding it. Codes never contain a filename, so
they can be counted, stored in metadata and shown in a notice.

What happens is decided by what a file IS, sniffed from its bytes (mailhandler.core.sniff),
whatever its declared type or name; a label that says "identity" (a .vcf name, a PGP type)
withholds too, since withholding is the safe direction.

- **Withheld**: OpenPGP, S/MIME, certificates, vCards, calendars (found by content, also
  with junk before BEGIN:), TNEF, executables, SVG ("scriptable-image"), old binary and
  password-protected Office files ("binary-office"), RTF, archives ("archive"), XML and
  anything unknown ("unknown-type"), video, images we cannot clean (HEIC, TIFF, raw...).
- **JPEG, PNG, GIF, WebP** are decoded and re-encoded with Pillow, keeping only pixels and
  transparency: no EXIF, XMP, IPTC, comments, text chunks, MPO second pictures; a colour
  profile is replaced by a plain sRGB one after converting the pixels. The EXIF orientation
  is applied to the pixels. Animations are kept within ``ANIMATION_PIXEL_BUDGET`` and
  ``MAX_FRAMES``. The result is re-opened and checked; if any metadata survived it is
  withheld.
- **Office documents and PDFs**: see mailhandler.core.documents.
- **Text, CSV, Markdown, HTML** go through the relay's text cleaners (`TextCleaners`), the
  same rules as a body; without cleaners they are withheld ("uncleaned-text").
- **Audio** (MP3, M4A, Ogg, FLAC, WAV): the sound is kept, the tags around it (artist,
  comment, title, pictures, recording place) are removed; see mailhandler.core.audio. What
  cannot be cleaned is withheld ("uncleanable-audio").

Every attachment also gets an `Outcome` (kind, action, kinds of metadata removed, reason)
for the note to volunteers; `summarise` groups them. Neither ever holds a file name.

Filenames of kept attachments are sanitised (see :func:`safe_filename`); the relay then
replaces them by neutral ones ("bijlage-1.pdf"). Content-IDs are passed through
unchanged: the composer must renumber them together with the HTML's cid: references,
because some clients put the sender's domain in them.

Pure: only in-memory bytes, no files, no logging. Nothing here raises on any input. Pillow
itself may emit Python warnings for damaged files (tag numbers and sizes, never content);
they are left to the application's warning filters, because changing those is not
thread-safe.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from PIL import Image, ImageCms, ImageOps

from mailhandler.core import audio, documents, lossless
from mailhandler.core import sniff as sniffing
from mailhandler.core.sniff import sniff

__all__ = [
    "ALL_REASONS",
    "Attachment",
    "Cleaned",
    "Outcome",
    "TextCleaners",
    "clean_attachment",
    "clean_attachments",
    "clean_one",
    "extension_for",
    "safe_filename",
]

# Reason codes for withheld attachments.
PGP_KEY = "pgp-key"
PGP_SIGNATURE = "pgp-signature"
PGP_ENCRYPTED = "pgp-encrypted"
SMIME_SIGNATURE = "smime-signature"
SMIME_MESSAGE = "smime-message"
CERTIFICATE = "certificate"
VCARD = "vcard"
CALENDAR = "calendar"
TNEF = "tnef"
ATTACHED_MESSAGE = "attached-message"
EXECUTABLE = "executable"
UNREADABLE_IMAGE = "unreadable-image"
UNCLEANABLE_IMAGE = "uncleanable-image"
IMAGE_TOO_LARGE = "image-too-large"
UNCLEANABLE_VIDEO = "uncleanable-video"
UNCLEANABLE_AUDIO = "uncleanable-audio"
UNCLEANABLE_DOCUMENT = "uncleanable-document"
UNPROCESSABLE = "unprocessable"  # an unexpected failure: withheld rather than passed on
SCRIPTABLE_IMAGE = "scriptable-image"   # SVG: XML that can run scripts and load remote files
BINARY_OFFICE = "binary-office"         # .doc/.xls/.ppt and password-protected Office files
ARCHIVE = "archive"                     # zip, 7z, rar...: names and files we cannot see into
UNKNOWN_TYPE = "unknown-type"
UNCLEANED_TEXT = "uncleaned-text"       # text, but no text cleaner was given to clean it with
TEXT_TOO_LARGE = "text-too-large"       # more text than the relay cleans (see TextCleaners)

ALL_REASONS = frozenset({
    PGP_KEY, PGP_SIGNATURE, PGP_ENCRYPTED, SMIME_SIGNATURE, SMIME_MESSAGE, CERTIFICATE, VCARD,
    CALENDAR, TNEF, ATTACHED_MESSAGE, EXECUTABLE, UNREADABLE_IMAGE, UNCLEANABLE_IMAGE,
    IMAGE_TOO_LARGE, UNCLEANABLE_VIDEO, UNCLEANABLE_AUDIO, UNCLEANABLE_DOCUMENT, UNPROCESSABLE,
    SCRIPTABLE_IMAGE,
    BINARY_OFFICE, ARCHIVE, UNKNOWN_TYPE, UNCLEANED_TEXT, TEXT_TOO_LARGE,
})

MAX_PIXELS = 89_478_485          # Pillow's default decompression-bomb limit, enforced by us
ANIMATION_PIXEL_BUDGET = 50_000_000  # frames x width x height kept in memory for animations
MAX_FRAMES = 1000
JPEG_QUALITY = 92
WEBP_QUALITY = 92
MAX_FILENAME = 100


@dataclass(frozen=True)
class Attachment:
    filename: str | None      # as given by the sender (may be None)
    content_type: str         # lower-case "maintype/subtype"
    data: bytes
    content_id: str | None = None   # for inline images referenced as cid: from HTML
    inline: bool = False


@dataclass(frozen=True)
class Outcome:
    """What was done with one attachment, for the note to volunteers: never a file name."""

    kind: str                        # what the file is (sniffed): "pdf", "docx", "jpeg", ...
    action: str                      # "kept", "cleaned" or "withheld"
    removed: tuple[str, ...] = ()    # kinds of metadata removed ("properties", "location", ...)
    reason: str | None = None        # the reason code when withheld


@dataclass(frozen=True)
class TextCleaners:
    """How the relay cleans words: text-like attachments go through the same rules as a body.

    `text` removes signatures and identities from plain text; `html` sanitises and scrubs
    an HTML document. Without cleaners, text-like attachments are withheld, never passed raw.
    """

    text: Callable[[str], str]
    html: Callable[[str], str]
    # Longer texts are withheld, not cut: a cut file would lose words, and cleaning costs
    # seconds per MB. The original stays stored for coordinators.
    max_chars: int | None = None


@dataclass(frozen=True)
class Cleaned:
    kept: tuple[Attachment, ...]     # cleaned copies, safe to pass on
    withheld: tuple[str, ...]        # one reason code per dropped attachment, never a filename
    outcomes: tuple[Outcome, ...] = ()   # one per attachment, in order


# --------------------------------------------------------------------------- public API


def clean_attachments(atts: Iterable[Attachment],
                      cleaners: TextCleaners | None = None) -> Cleaned:
    kept: list[Attachment] = []
    withheld: list[str] = []
    outcomes: list[Outcome] = []
    for att in atts:
        result, outcome = clean_one(att, cleaners)
        outcomes.append(outcome)
        if result is None:
            withheld.append(outcome.reason or UNPROCESSABLE)
        else:
            kept.append(result)
    return Cleaned(kept=tuple(kept), withheld=tuple(withheld), outcomes=tuple(outcomes))


def clean_attachment(att: Attachment, cleaners: TextCleaners | None = None) -> Attachment | str:
    """A cleaned copy of ``att``, or the reason code for withholding it. Never raises."""
    result, outcome = clean_one(att, cleaners)
    return result if result is not None else (outcome.reason or UNPROCESSABLE)


def clean_one(att: Attachment,
              cleaners: TextCleaners | None = None) -> tuple[Attachment | None, Outcome]:
    """A cleaned copy (or None when withheld) and what was done. Never raises."""
    kind = "unknown"
    try:
        kind = sniff(bytes(att.data), _base_type(att.content_type), att.filename).name
        return _clean(att, cleaners)
    except Exception:
        return None, Outcome(kind, "withheld", reason=UNPROCESSABLE)


def safe_filename(name: str | None, content_type: str, index: int) -> str:
    """A harmless filename: the sender's basename, sanitised, or "attachment-{index}.{ext}".

    Directories, control and format characters (including bidi overrides that disguise an
    extension) and characters Windows refuses are removed; the name is cut to 100 characters
    keeping its extension. The extension for a generated name comes from a fixed table
    (mimetypes would read the system's mime.types files), ".bin" when the type is unknown.
    """
    try:
        cleaned = _sanitise(name)
    except Exception:
        cleaned = None
    if cleaned:
        return cleaned
    return f"attachment-{index}{extension_for(content_type)}"


def extension_for(content_type: str) -> str:
    """The canonical extension of a MIME type, ".bin" when unknown."""
    return _EXTENSIONS.get(_base_type(content_type), ".bin")


# --------------------------------------------------------------------------- dispatch

_WITHHELD_KINDS = {
    sniffing.VCARD.name: VCARD, sniffing.CALENDAR.name: CALENDAR,
    sniffing.PGP_KEY.name: PGP_KEY, sniffing.PGP_SIGNATURE.name: PGP_SIGNATURE,
    sniffing.PGP_ENCRYPTED.name: PGP_ENCRYPTED, sniffing.SMIME.name: SMIME_SIGNATURE,
    sniffing.CERTIFICATE.name: CERTIFICATE, sniffing.TNEF.name: TNEF,
    sniffing.EXECUTABLE.name: EXECUTABLE, sniffing.SVG.name: SCRIPTABLE_IMAGE,
    sniffing.MAIL.name: ATTACHED_MESSAGE, sniffing.OLE.name: BINARY_OFFICE,
    sniffing.RTF.name: UNCLEANABLE_DOCUMENT, sniffing.ZIP.name: ARCHIVE,
    sniffing.ARCHIVE.name: ARCHIVE, sniffing.VIDEO.name: UNCLEANABLE_VIDEO,
    sniffing.XML.name: UNKNOWN_TYPE, sniffing.UNKNOWN.name: UNKNOWN_TYPE,
    sniffing.OOXML.name: UNCLEANABLE_DOCUMENT, sniffing.ODF.name: UNCLEANABLE_DOCUMENT,
}
_AUDIO_KINDS = frozenset({"m4a", "mp3", "ogg", "wav", "flac"})
_OFFICE_FAMILY = {"docx": "ooxml", "xlsx": "ooxml", "pptx": "ooxml",
                  "odt": "odf", "ods": "odf", "odp": "odf"}


def _clean(att: Attachment, cleaners: TextCleaners | None) -> tuple[Attachment | None, Outcome]:
    data = bytes(att.data)
    ctype = _base_type(att.content_type)
    kind = sniff(data, ctype, att.filename)

    def withheld(reason: str) -> tuple[None, Outcome]:
        return None, Outcome(kind.name, "withheld", reason=reason)

    def done(out: bytes, removed: tuple[str, ...] = (),
             content_type: str = "") -> tuple[Attachment, Outcome]:
        action = "cleaned" if removed else "kept"
        return (replace(att, filename=_sanitise(att.filename),
                        content_type=content_type or kind.content_type, data=out),
                Outcome(kind.name, action, removed=tuple(removed)))

    # A label or armour that says "identity" withholds; so does content of such a kind,
    # whatever its label says.
    reason = _reason_to_withhold(ctype, att.filename, _extension(att.filename), data)
    if reason:
        return withheld(reason)
    if kind.name in _WITHHELD_KINDS:
        return withheld(_label_reason(ctype, _extension(att.filename))
                        if kind.name in ("unknown", "xml") else _WITHHELD_KINDS[kind.name])

    if kind.name in _CLEANABLE:
        result = _clean_image(data, kind.name, for_document=False)
        if isinstance(result, str):
            return withheld(result)
        out, out_type, removed = result
        return done(out, removed, out_type)
    if kind.content_type.startswith("image/"):
        return withheld(UNCLEANABLE_IMAGE)
    ext = _extension(att.filename)
    if ctype.startswith("image/") or ext in _CLEANABLE_IMAGE_EXTS:
        return withheld(UNREADABLE_IMAGE)   # says it is an image, but it is not one we know
    if ext in _UNCLEANABLE_IMAGE_EXTS:
        return withheld(UNCLEANABLE_IMAGE)
    if kind.name in _AUDIO_KINDS:
        if ctype.startswith("video/"):
            return withheld(UNCLEANABLE_VIDEO)
        try:
            out, removed = audio.clean_audio(data, kind.name)
        except audio.Uncleanable:
            return withheld(UNCLEANABLE_AUDIO)
        return done(out, removed)
    if kind.name == "pdf":
        try:
            out, removed = documents.clean_pdf(data)
        except documents.Uncleanable:
            return withheld(UNCLEANABLE_DOCUMENT)
        return done(out, removed)
    if kind.name in _OFFICE_FAMILY:
        try:
            out, removed = documents.clean_office(data, _OFFICE_FAMILY[kind.name],
                                                  _clean_document_picture)
        except documents.Uncleanable:
            return withheld(UNCLEANABLE_DOCUMENT)
        return done(out, removed)
    if kind.name in sniffing.TEXT_KINDS or kind.name == "html":
        return _clean_text(att, data, kind, cleaners)
    return withheld(UNKNOWN_TYPE)


def _label_reason(ctype: str, ext: str) -> str:
    """Why content of no kind we know is withheld, as precisely as its label allows."""
    if ctype.startswith("video/") or ext in _VIDEO_EXTS:
        return UNCLEANABLE_VIDEO
    if ctype in _CLEANABLE_IMAGE_TYPES or ext in _CLEANABLE_IMAGE_EXTS:
        return UNREADABLE_IMAGE
    if ctype.startswith("image/") or ext in _UNCLEANABLE_IMAGE_EXTS:
        return UNCLEANABLE_IMAGE
    if ext in _OFFICE_EXTS or ctype.startswith(_OFFICE_TYPE_PREFIXES) or ext == "pdf" \
            or ctype == "application/pdf":
        return UNCLEANABLE_DOCUMENT
    return UNKNOWN_TYPE


_OFFICE_EXTS = {"docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm", "xlam", "pptx",
                "pptm", "potx", "potm", "ppsx", "ppsm", "vsdx", "odt", "ods", "odp", "odg", "odf",
                "odm", "ott", "ots", "otp", "otg", "doc", "xls", "ppt", "rtf"}
_OFFICE_TYPE_PREFIXES = ("application/vnd.openxmlformats-officedocument.",
                         "application/vnd.oasis.opendocument.", "application/msword",
                         "application/vnd.ms-")


def _clean_text(att: Attachment, data: bytes, kind: sniffing.Kind,
                cleaners: TextCleaners | None) -> tuple[Attachment | None, Outcome]:
    """Text-like files go through the body's rules, or are withheld; never passed raw."""
    text = sniffing.decode_text(data)
    if text is None:
        return None, Outcome(kind.name, "withheld", reason=UNKNOWN_TYPE)
    if cleaners is None:
        return None, Outcome(kind.name, "withheld", reason=UNCLEANED_TEXT)
    if cleaners.max_chars is not None and len(text) > cleaners.max_chars:
        return None, Outcome(kind.name, "withheld", reason=TEXT_TOO_LARGE)
    cleaned = cleaners.html(text) if kind.name == "html" else cleaners.text(text)
    changed = cleaned.strip() != text.strip()
    return (replace(att, filename=_sanitise(att.filename), content_type=kind.content_type,
                    data=cleaned.encode("utf-8")),
            Outcome(kind.name, "cleaned" if changed else "kept",
                    removed=("identities",) if changed else ()))


def _clean_document_picture(content: bytes, kind: str, removed: set[str]) -> bytes:
    """A picture inside a document: metadata gone, its orientation tag kept."""
    result = _clean_image(content, kind, for_document=True)
    if isinstance(result, str):
        raise documents.Uncleanable
    if result[2]:
        removed.add(documents.PICTURE_METADATA)
    return result[0]


def _base_type(content_type: str | None) -> str:
    return str(content_type or "").split(";", 1)[0].strip().lower()


def _basename(name: str | None) -> str:
    if not name:
        return ""
    return re.split(r"[/\\]", str(name))[-1].strip().strip(".").strip().lower()


def _extension(name: str | None) -> str:
    base = _basename(name)
    return base.rsplit(".", 1)[1] if "." in base else ""


# --------------------------------------------------------------------------- withheld kinds

_PGP_TYPES = {
    "application/pgp-keys": PGP_KEY,
    "application/pgp-signature": PGP_SIGNATURE,
    "application/pgp-encrypted": PGP_ENCRYPTED,
    "application/pgp": PGP_ENCRYPTED,
}
_SMIME_TYPES = {
    "application/pkcs7-signature": SMIME_SIGNATURE,
    "application/x-pkcs7-signature": SMIME_SIGNATURE,
    "application/pkcs7-mime": SMIME_MESSAGE,
    "application/x-pkcs7-mime": SMIME_MESSAGE,
    "application/x-x509-ca-cert": CERTIFICATE,
    "application/x-x509-user-cert": CERTIFICATE,
    "application/x-x509-email-cert": CERTIFICATE,
    "application/pkix-cert": CERTIFICATE,
    "application/x-pem-file": CERTIFICATE,
    "application/pkcs7-certificates": CERTIFICATE,
    "application/x-pkcs7-certificates": CERTIFICATE,
    "application/x-pkcs7-certreqresp": CERTIFICATE,
    "application/pkcs12": CERTIFICATE,
    "application/x-pkcs12": CERTIFICATE,
}
_OTHER_TYPES = {
    "text/vcard": VCARD,
    "text/x-vcard": VCARD,
    "text/directory": VCARD,
    "application/vcard+json": VCARD,
    "application/vcard+xml": VCARD,
    "text/calendar": CALENDAR,
    "text/x-vcalendar": CALENDAR,
    "application/ics": CALENDAR,
    "application/calendar+json": CALENDAR,
    "application/calendar+xml": CALENDAR,
    "application/ms-tnef": TNEF,
    "application/vnd.ms-tnef": TNEF,
    "text/rfc822-headers": ATTACHED_MESSAGE,
    "application/vnd.ms-outlook": ATTACHED_MESSAGE,
    "application/x-msdownload": EXECUTABLE,
    "application/x-msdos-program": EXECUTABLE,
    "application/x-dosexec": EXECUTABLE,
    "application/x-executable": EXECUTABLE,
    "application/x-msi": EXECUTABLE,
    "application/x-ms-installer": EXECUTABLE,
    "application/vnd.microsoft.portable-executable": EXECUTABLE,
    "application/x-sh": EXECUTABLE,
    "application/x-bat": EXECUTABLE,
    "application/hta": EXECUTABLE,
    "application/java-archive": EXECUTABLE,
    "application/vnd.android.package-archive": EXECUTABLE,
}
_EXT_REASONS = {
    "asc": PGP_KEY, "gpg": PGP_ENCRYPTED, "pgp": PGP_ENCRYPTED, "sig": PGP_SIGNATURE,
    "p7s": SMIME_SIGNATURE, "p7m": SMIME_MESSAGE,
    "cer": CERTIFICATE, "crt": CERTIFICATE, "pem": CERTIFICATE, "der": CERTIFICATE,
    "p7c": CERTIFICATE, "p7b": CERTIFICATE, "p12": CERTIFICATE, "pfx": CERTIFICATE,
    "vcf": VCARD, "vcard": VCARD,
    "ics": CALENDAR, "ical": CALENDAR, "icalendar": CALENDAR, "vcs": CALENDAR, "ifb": CALENDAR,
    "eml": ATTACHED_MESSAGE, "msg": ATTACHED_MESSAGE,
    **dict.fromkeys(
        ("exe", "scr", "com", "pif", "bat", "cmd", "msi", "msp", "dll", "cpl", "vbs", "vbe",
         "js", "jse", "wsf", "wsh", "ps1", "hta", "lnk", "jar", "apk", "reg", "sh", "app"),
        EXECUTABLE),
}
_ARMOR = (
    (b"-----BEGIN PGP PUBLIC KEY BLOCK-----", PGP_KEY),
    (b"-----BEGIN PGP PRIVATE KEY BLOCK-----", PGP_KEY),
    (b"-----BEGIN PGP SIGNATURE-----", PGP_SIGNATURE),
    (b"-----BEGIN PGP SIGNED MESSAGE-----", PGP_SIGNATURE),
    (b"-----BEGIN PGP MESSAGE-----", PGP_ENCRYPTED),
    (b"-----BEGIN CERTIFICATE-----", CERTIFICATE),
    (b"-----BEGIN PKCS7-----", CERTIFICATE),
    (b"BEGIN:VCARD", VCARD),
    (b"BEGIN:VCALENDAR", CALENDAR),
)


def _reason_to_withhold(ctype: str, name: str | None, ext: str, data: bytes) -> str | None:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    for marker, reason in _ARMOR:
        if head.startswith(marker):
            return reason
    base = _basename(name)
    pgp = _PGP_TYPES.get(ctype)
    if pgp is None and ext in ("asc", "gpg", "pgp", "sig"):
        packet = sniffing.pgp_packet(data)
        pgp = packet.name if packet is not None else _EXT_REASONS[ext]
    if pgp is not None:
        if base.startswith("signature"):
            return PGP_SIGNATURE
        if base.startswith(("publickey", "public_key", "pubkey")):
            return PGP_KEY
        return pgp
    found = _SMIME_TYPES.get(ctype) or _OTHER_TYPES.get(ctype) or _EXT_REASONS.get(ext)
    if found:
        return found
    if ctype.startswith("message/") or base == "winmail.dat":
        return TNEF if base == "winmail.dat" else ATTACHED_MESSAGE
    if data.startswith(b"\x78\x9f\x3e\x22"):
        return TNEF
    if data.startswith(b"\x7fELF") or _is_pe(data):
        return EXECUTABLE
    return None


def _is_pe(data: bytes) -> bool:
    if not data.startswith(b"MZ") or len(data) < 0x40:
        return False
    offset = int.from_bytes(data[0x3C:0x40], "little")
    return data[offset:offset + 4] == b"PE\x00\x00"


# --------------------------------------------------------------------------- images

_CLEANABLE = {"jpeg": ("JPEG", "image/jpeg"), "png": ("PNG", "image/png"),
              "gif": ("GIF", "image/gif"), "webp": ("WEBP", "image/webp")}
_CLEANABLE_IMAGE_TYPES = {"image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/x-png",
                          "image/apng", "image/gif", "image/webp"}
_CLEANABLE_IMAGE_EXTS = {"jpg", "jpeg", "jpe", "jfif", "png", "apng", "gif", "webp"}
_UNCLEANABLE_IMAGE_EXTS = {"heic", "heif", "hif", "avif", "tif", "tiff", "dng", "cr2", "cr3",
                           "nef", "arw", "orf", "rw2", "raf", "srw", "pef", "jxl", "jp2", "j2k",
                           "psd", "bmp", "svg", "svgz", "ico", "xcf"}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs",
                b"mif1", b"msf1", b"mif2", b"avif", b"avis", b"crx ", b"jxl "}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_VIDEO_EXTS = {"mp4", "m4v", "mov", "qt", "3gp", "3g2", "avi", "mkv", "webm", "wmv", "mts",
               "m2ts", "mpg", "mpeg", "flv"}
# Info keys Pillow reports for metadata; none may survive cleaning.
_METADATA_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc",
                  "Raw profile type exif", "Raw profile type iptc", "Raw profile type xmp"}
# Info keys a frame keeps when it is re-encoded: pixel semantics only.
_FRAME_INFO = {"transparency", "background"}
_ORIENTATION = 0x0112


def _clean_image(data: bytes, kind: str, *,
                 for_document: bool) -> tuple[bytes, str, tuple[str, ...]] | str:
    """Re-encode an image without metadata: (bytes, content type, what was removed), or a
    reason code.

    Standalone images get their EXIF orientation applied to the pixels. Pictures inside
    documents keep only the orientation tag instead: the document's layout was made for
    the picture as its reader displays it. A colour profile is never copied (its
    description and copyright are free text a program or a person filled in): the pixels
    are converted from it to sRGB and a plain sRGB profile of our own is attached.
    """
    fmt, out_type = _CLEANABLE[kind]
    if kind in ("jpeg", "png"):
        stripped = _strip_without_decoding(data, kind, for_document=for_document)
        if stripped is not None:
            return stripped
    try:
        with Image.open(io.BytesIO(data), formats=[fmt]) as im:
            width, height = im.size
            if width * height > MAX_PIXELS:
                return IMAGE_TOO_LARGE
            removed = _metadata_in(im)
            icc = im.info.get("icc_profile")
            loop = im.info.get("loop")
            orientation = _orientation(im) if for_document else 1
            frames, durations = _frames(im, kind, upright=not for_document)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return IMAGE_TOO_LARGE
    except Exception:
        return UNREADABLE_IMAGE
    try:
        srgb: bytes | None = None
        if isinstance(icc, bytes) and icc and fmt != "GIF":
            frames = [_to_srgb(frame, icc) for frame in frames]
            srgb = _srgb_profile()
        lossless = kind == "webp" and _webp_is_lossless(data)
        out = _encode(fmt, frames, durations, loop, srgb, orientation, lossless)
        if not _is_clean(out, fmt, allow_orientation=for_document):
            return UNCLEANABLE_IMAGE
    except Exception:
        return UNCLEANABLE_IMAGE
    return out, out_type, tuple(sorted(removed))


# Below this, a sideways standalone photo is decoded and turned upright; above, it keeps its
# orientation tag instead, so that memory stays a few times the file's size.
TURN_UPRIGHT_BELOW_BYTES = 2 * 1024 * 1024


def _strip_without_decoding(data: bytes, kind: str, *,
                            for_document: bool) -> tuple[bytes, str, tuple[str, ...]] | None:
    """JPEG and PNG metadata removed by walking the file, pixels never decoded (about twice
    the file in memory instead of many times it): see mailhandler.core.lossless. None when
    that cannot be done safely; the caller then re-encodes.

    A small standalone picture stored sideways goes the decoding way, which turns its
    pixels upright: a tag alone is not honoured by every mail client. A big one (a phone's
    portrait photo of several MB: decoding it would take some twenty times its size) and a
    document's picture keep a minimal EXIF holding only their orientation, which current
    mail clients and browsers honour.
    """
    fmt, out_type = _CLEANABLE[kind]
    stripped = lossless.strip_jpeg(data) if kind == "jpeg" else lossless.strip_png(data)
    if stripped is None:
        return None
    out = stripped.data
    keeps_tag = for_document or len(data) > TURN_UPRIGHT_BELOW_BYTES
    if stripped.orientation != 1:
        if not keeps_tag or kind != "jpeg":
            return None
        out = lossless.with_orientation(out, stripped.orientation)
    try:
        with Image.open(io.BytesIO(out), formats=[fmt]) as im:     # headers only, no pixels
            width, height = im.size
            forbidden = _METADATA_KEYS - {"exif"} if keeps_tag else _METADATA_KEYS
            if width * height > MAX_PIXELS or forbidden & set(im.info):
                return None
            tags = set(im.getexif())
            if tags - {_ORIENTATION} or (tags and not keeps_tag):
                return None
    except Exception:
        return None
    return out, out_type, tuple(sorted(stripped.removed))


def _metadata_in(im: Image.Image) -> set[str]:
    """The kinds of metadata an image carries, for the note to volunteers."""
    found: set[str] = set()
    keys = set(im.info)
    try:
        exif = im.getexif()
    except Exception:
        exif = Image.Exif()
    if set(exif) - {_ORIENTATION} or "exif" in keys:
        found.add("exif")
    try:
        if exif.get_ifd(0x8825):
            found.add("location")
    except Exception:
        found.add("location")
    if keys & {"xmp", "XML:com.adobe.xmp", "Raw profile type xmp"}:
        found.add("xmp")
    if keys & {"photoshop", "iptc", "Raw profile type iptc"}:
        found.add("iptc")
    if im.info.get("icc_profile"):
        found.add("colour-profile")
    if "comment" in keys or getattr(im, "text", None):
        found.add("comments")
    return found


# littlecms stamps a profile with the time it was made: ours carries a fixed date instead,
# so the attached profile tells nothing of when the daemon ran and is the same bytes each time.
_FIXED_PROFILE_DATE = struct.pack(">6H", 2000, 1, 1, 0, 0, 0)


@cache
def _srgb_profile() -> bytes:
    made = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return made[:24] + _FIXED_PROFILE_DATE + made[36:]


def _to_srgb(frame: Image.Image, icc: bytes) -> Image.Image:
    """The frame's pixels converted from its profile to sRGB; unchanged when that fails
    (a broken profile: the colours were undefined anyway)."""
    if frame.mode not in ("RGB", "RGBA", "CMYK", "L"):
        return frame
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        mode = {"CMYK": "RGB", "L": "RGB"}.get(frame.mode, frame.mode)
        if frame.mode == "L" and source.profile.xcolor_space.strip() != "GRAY":
            return frame
        converted = ImageCms.profileToProfile(frame, source, target, outputMode=mode)
    except Exception:
        return frame.convert("RGB") if frame.mode == "CMYK" else frame
    if converted is None:
        return frame
    converted.info = dict(frame.info)
    return converted


def _orientation(im: Image.Image) -> int:
    try:
        value = int(im.getexif().get(_ORIENTATION, 1))
    except Exception:
        return 1
    return value if 1 <= value <= 8 else 1


def _frames(im: Image.Image, kind: str, *, upright: bool) -> tuple[list[Image.Image], list[int]]:
    """Fresh copies of the frames (all of an animation if cheap, else the first)."""
    count = 1
    if kind in ("png", "gif", "webp"):
        count = int(getattr(im, "n_frames", 1) or 1)
        width, height = im.size
        if count > MAX_FRAMES or count * width * height > ANIMATION_PIXEL_BUDGET:
            count = 1
    frames: list[Image.Image] = []
    durations: list[int] = []
    for index in range(count):
        im.seek(index)
        im.load()
        frame = _upright_copy(im) if upright else im.copy()
        frame.info = {k: v for k, v in frame.info.items() if k in _FRAME_INFO}
        frames.append(frame)
        durations.append(max(0, round(float(im.info.get("duration") or 0))))
    return frames, durations


def _upright_copy(im: Image.Image) -> Image.Image:
    try:
        return ImageOps.exif_transpose(im)
    except Exception:       # a corrupt EXIF block: show the pixels as stored
        return im.copy()


def _webp_is_lossless(data: bytes) -> bool:
    if data[12:16] == b"VP8L":
        return True
    if data[12:16] != b"VP8X":
        return False
    return b"VP8L" in data[30:4096] and b"VP8 " not in data[30:4096]


def _encode(fmt: str, frames: list[Image.Image], durations: list[int], loop: object,
            icc: object, orientation: int, lossless: bool) -> bytes:
    first, rest = frames[0], frames[1:]
    params: dict[str, object] = {}
    if isinstance(icc, bytes) and icc and fmt != "GIF":
        params["icc_profile"] = icc
    if orientation != 1 and fmt != "GIF":
        exif = Image.Exif()
        exif[_ORIENTATION] = orientation
        params["exif"] = exif.tobytes()
    if rest:
        params.update(save_all=True, append_images=rest, duration=durations)
        if isinstance(loop, int):
            params["loop"] = loop
        elif fmt != "GIF":
            params["loop"] = 0
    if fmt == "JPEG":
        if first.mode not in ("L", "RGB", "CMYK"):
            first = first.convert("RGB")
        params["quality"] = JPEG_QUALITY
    elif fmt == "PNG" and rest:
        params.update(disposal=0, blend=0)      # the frames are whole, composited pictures
    elif fmt == "WEBP":
        if lossless:
            params["lossless"] = True
        else:
            params["quality"] = WEBP_QUALITY
    buffer = io.BytesIO()
    first.save(buffer, format=fmt, **params)
    return buffer.getvalue()


def _is_clean(data: bytes, fmt: str, *, allow_orientation: bool) -> bool:
    """Belt and braces: re-open what we wrote and look for any metadata left."""
    forbidden = _METADATA_KEYS - {"exif"} if allow_orientation else _METADATA_KEYS
    with Image.open(io.BytesIO(data), formats=[fmt]) as im:
        for index in range(int(getattr(im, "n_frames", 1) or 1)):
            im.seek(index)
            if forbidden & set(im.info):
                return False
        im.seek(0)
        im.load()
        if forbidden & set(im.info) or getattr(im, "text", None):
            return False
        if len(im.info.get("exif") or b"") > 64:        # an orientation tag alone is ~30 bytes
            return False
        tags = set(im.getexif())
        return not tags or (allow_orientation and tags == {_ORIENTATION})


# --------------------------------------------------------------------------- filenames

_EXTENSIONS = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
    "application/pdf": ".pdf", "text/plain": ".txt", "text/html": ".html", "text/csv": ".csv",
    "text/markdown": ".md", "application/rtf": ".rtf", "text/rtf": ".rtf",
    "application/json": ".json", "application/zip": ".zip",
    "application/msword": ".doc", "application/vnd.ms-excel": ".xls",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "audio/mpeg": ".mp3", "audio/mp4": ".m4a", "audio/x-m4a": ".m4a", "audio/ogg": ".ogg",
    "audio/wav": ".wav", "audio/x-wav": ".wav", "audio/aac": ".aac", "audio/webm": ".weba",
}
_FORBIDDEN_CHARS = re.compile(r'[<>:"|?*]')
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}


def _sanitise(name: str | None) -> str | None:
    if not name:
        return None
    text = unicodedata.normalize("NFC", str(name))
    text = "".join(ch for ch in text
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))
    text = re.split(r"[/\\]", text)[-1]
    text = _FORBIDDEN_CHARS.sub("_", text)
    text = " ".join(text.split()).strip(". ")
    if not text:
        return None
    stem, dot, ext = text.rpartition(".")
    if not dot or not stem or len(ext) > 16 or " " in ext:
        stem, ext = text, ""
    if stem.lower() in _WINDOWS_RESERVED:
        stem = "_" + stem
    suffix = "." + ext if ext else ""
    if len(stem) + len(suffix) > MAX_FILENAME:
        stem = stem[:MAX_FILENAME - len(suffix)].rstrip(". ") or "attachment"
    return stem + suffix


# --------------------------------------------------------------------------- the note

# Why an attachment was held back, in five words a volunteer can act on.
_WHY = {
    **dict.fromkeys((PGP_KEY, PGP_SIGNATURE, PGP_ENCRYPTED, SMIME_SIGNATURE, SMIME_MESSAGE,
                     CERTIFICATE, VCARD, CALENDAR, TNEF, ATTACHED_MESSAGE), "identity"),
    **dict.fromkeys((UNCLEANABLE_VIDEO, UNCLEANABLE_AUDIO, UNCLEANABLE_IMAGE, IMAGE_TOO_LARGE,
                     UNREADABLE_IMAGE),
                    "media"),
    **dict.fromkeys((EXECUTABLE, SCRIPTABLE_IMAGE), "unsafe"),
    **dict.fromkeys((UNKNOWN_TYPE, ARCHIVE), "unknown"),
}


def summarise(outcomes: Iterable[Outcome]) -> list[dict[str, object]]:
    """Outcomes grouped for the note to volunteers: count, kind, action, what was removed
    and why ("identity", "uncleanable", "media", "unsafe", "unknown"), in first-seen order.
    Kinds and counts only: nothing here comes from a file's name or content."""
    groups: dict[tuple[str, str, tuple[str, ...], str], dict[str, object]] = {}
    for outcome in outcomes:
        why = _WHY.get(outcome.reason or "", "uncleanable") if outcome.action == "withheld" \
            else ""
        key = (outcome.kind, outcome.action, outcome.removed, why)
        group = groups.setdefault(key, {"count": 0, "kind": outcome.kind.upper(),
                                        "action": outcome.action,
                                        "removed": list(outcome.removed), "why": why})
        group["count"] = int(str(group["count"])) + 1
    return list(groups.values())
