"""Make attachments safe to relay: no file passed on may tell who or where its sender is.

A help-seeker's photo must never tell a volunteer where it was taken; a volunteer's reply
must not carry their name in a key, a business card or a document's properties. Every
attachment of a relayed mail goes through :func:`clean_attachment`, which returns either a
cleaned copy or a short reason code for withholding it. Codes never contain a filename, so
they can be counted, stored in metadata and shown in a notice.

What happens, by kind (type decided by the bytes first, then by declared type or filename
extension, case-insensitively, because mail clients mislabel):

- **Withheld outright**: OpenPGP keys, signatures and encrypted blobs ("pgp-key",
  "pgp-signature", "pgp-encrypted"); S/MIME signatures, opaque S/MIME messages and
  certificates ("smime-signature", "smime-message", "certificate"); vCards ("vcard");
  calendar invitations ("calendar"); Outlook's winmail.dat ("tnef"); attached mails
  ("attached-message", they carry full headers); executables ("executable"). All of these
  name their sender or hold nothing a reader needs.
- **JPEG, PNG, GIF, WebP** are decoded and re-encoded with Pillow in their own format,
  keeping only pixels, the ICC colour profile and (PNG/GIF) transparency: no EXIF (GPS,
  camera, author, dates, the embedded thumbnail), no XMP, no IPTC/Photoshop blocks, no
  comments, no PNG text chunks or eXIf, no MPO second pictures. The EXIF orientation is
  applied to the pixels first, so photos still display upright. JPEG is saved at quality 92,
  WebP at quality 92 (lossless stays lossless). Animation frames of GIF, APNG and WebP are
  kept, with their durations, as long as frames x pixels stays under
  ``ANIMATION_PIXEL_BUDGET`` and ``MAX_FRAMES``; beyond that only the first frame is kept.
  The result is re-opened and checked; if any metadata survived it is withheld.
  Unreadable ("unreadable-image") or too large ("image-too-large", over ``MAX_PIXELS``,
  Pillow's decompression-bomb limit) images are withheld, as are image formats we cannot
  clean ("uncleanable-image": HEIC/HEIF, AVIF, TIFF and camera raw, JPEG XL/2000, PSD,
  BMP, SVG and anything else declared image/*).
- **Videos** ("uncleanable-video"): phones write the recording position into them and we
  cannot remove it here, so they are withheld.
- **Office documents** (OOXML docx/xlsx/pptx and friends, OpenDocument odt/ods/odp): the
  zip is rewritten member by member in the same order with the same compression. The
  author fields are blanked (docProps/core.xml dc:creator and cp:lastModifiedBy,
  docProps/app.xml Company and Manager; meta.xml meta:initial-creator, dc:creator and
  meta:printed-by) and embedded JPEG/PNG/GIF/WebP pictures (word/media/..., Pictures/...,
  thumbnails) are stripped of metadata like standalone images, except that their EXIF
  orientation tag is kept instead of rotating the pixels, so the layout does not change.
  Everything else is copied unchanged; zip comments and extra fields are dropped. A
  document that looks like a zip but cannot be read, is encrypted, too large, or holds an
  image we cannot clean is withheld ("uncleanable-document").

Known limits, all kept unchanged:

- Old binary Office files (.doc/.xls/.ppt, and password-protected OOXML, which is not a zip)
  keep their Author/Company properties: cleaning OLE2 files is not cheap.
- Names inside Office documents other than the properties above are not touched: authors
  of comments and tracked changes (w:author), word/people.xml, docProps/custom.xml, ODF
  settings.xml printer names.
- PDFs keep their /Author, /Creator and XMP metadata, and any photos inside them.
- Other files (text, HTML, audio, archives, ...) are passed on byte for byte; a photo inside
  a plain .zip is not cleaned.

Filenames of kept attachments are sanitised (see :func:`safe_filename`); a None filename
stays None so the composer can name it with its position. Content-IDs are passed through
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
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PIL import Image, ImageOps

__all__ = [
    "ALL_REASONS",
    "Attachment",
    "Cleaned",
    "clean_attachment",
    "clean_attachments",
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
UNCLEANABLE_DOCUMENT = "uncleanable-document"
UNPROCESSABLE = "unprocessable"  # an unexpected failure: withheld rather than passed on

ALL_REASONS = frozenset({
    PGP_KEY, PGP_SIGNATURE, PGP_ENCRYPTED, SMIME_SIGNATURE, SMIME_MESSAGE, CERTIFICATE, VCARD,
    CALENDAR, TNEF, ATTACHED_MESSAGE, EXECUTABLE, UNREADABLE_IMAGE, UNCLEANABLE_IMAGE,
    IMAGE_TOO_LARGE, UNCLEANABLE_VIDEO, UNCLEANABLE_DOCUMENT, UNPROCESSABLE,
})

MAX_PIXELS = 89_478_485          # Pillow's default decompression-bomb limit, enforced by us
ANIMATION_PIXEL_BUDGET = 50_000_000  # frames x width x height kept in memory for animations
MAX_FRAMES = 1000
JPEG_QUALITY = 92
WEBP_QUALITY = 92
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_UNCOMPRESSED = 256 * 1024 * 1024
MAX_FILENAME = 100


@dataclass(frozen=True)
class Attachment:
    filename: str | None      # as given by the sender (may be None)
    content_type: str         # lower-case "maintype/subtype"
    data: bytes
    content_id: str | None = None   # for inline images referenced as cid: from HTML
    inline: bool = False


@dataclass(frozen=True)
class Cleaned:
    kept: tuple[Attachment, ...]     # cleaned copies, safe to pass on
    withheld: tuple[str, ...]        # one reason code per dropped attachment, never a filename


# --------------------------------------------------------------------------- public API


def clean_attachments(atts: Iterable[Attachment]) -> Cleaned:
    kept: list[Attachment] = []
    withheld: list[str] = []
    for att in atts:
        result = clean_attachment(att)
        if isinstance(result, str):
            withheld.append(result)
        else:
            kept.append(result)
    return Cleaned(kept=tuple(kept), withheld=tuple(withheld))


def clean_attachment(att: Attachment) -> Attachment | str:
    """A cleaned copy of ``att``, or the reason code for withholding it. Never raises."""
    try:
        return _clean(att)
    except Exception:
        return UNPROCESSABLE


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
    return f"attachment-{index}{_EXTENSIONS.get(_base_type(content_type), '.bin')}"


# --------------------------------------------------------------------------- dispatch


def _clean(att: Attachment) -> Attachment | str:
    data = bytes(att.data)
    ctype = _base_type(att.content_type)
    ext = _extension(att.filename)
    filename = _sanitise(att.filename)

    reason = _reason_to_withhold(ctype, att.filename, ext, data)
    if reason:
        return reason

    kind = _sniff_image(data)
    if kind in _CLEANABLE:
        result = _clean_image(data, kind, for_document=False)
        if isinstance(result, str):
            return result
        out, out_type = result
        return replace(att, filename=filename, content_type=out_type, data=out)
    if kind is not None:
        return UNCLEANABLE_IMAGE
    if ctype in _CLEANABLE_IMAGE_TYPES or ext in _CLEANABLE_IMAGE_EXTS:
        return UNREADABLE_IMAGE          # says it is a JPEG/PNG/GIF/WebP, but it is not one
    if ctype.startswith("image/") or ext in _UNCLEANABLE_IMAGE_EXTS:
        return UNCLEANABLE_IMAGE
    if _is_video(ctype, ext, data):
        return UNCLEANABLE_VIDEO

    if data.startswith(b"PK\x03\x04"):
        office_hint = ctype in _OFFICE_TYPES or ext in _OFFICE_EXTS or \
            ctype.startswith(_OFFICE_TYPE_PREFIXES)
        doc = _clean_office(data, office_hint)
        if isinstance(doc, str):
            return doc
        if doc is not None:
            return replace(att, filename=filename, data=doc)

    return replace(att, filename=filename, data=data)


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
        pgp = _pgp_packet_kind(data) or _EXT_REASONS[ext]
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


def _pgp_packet_kind(data: bytes) -> str | None:
    """The kind of the first binary OpenPGP packet, if the data starts with one."""
    if not data or not data[0] & 0x80:
        return None
    first = data[0]
    tag = first & 0x3F if first & 0x40 else (first >> 2) & 0x0F
    if tag in (5, 6):
        return PGP_KEY
    if tag in (2, 4):
        return PGP_SIGNATURE
    if tag in (1, 3):
        return PGP_ENCRYPTED
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
_AUDIO_EXTS = {"m4a", "m4b", "mp3", "aac", "ogg", "oga", "opus", "wav", "flac", "amr", "weba"}
_VIDEO_EXTS = {"mp4", "m4v", "mov", "qt", "3gp", "3g2", "avi", "mkv", "webm", "wmv", "mts",
               "m2ts", "mpg", "mpeg", "flv"}
# Info keys Pillow reports for metadata; none may survive cleaning.
_METADATA_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc",
                  "Raw profile type exif", "Raw profile type iptc", "Raw profile type xmp"}
# Info keys a frame keeps when it is re-encoded: pixel semantics only.
_FRAME_INFO = {"transparency", "background"}
_ORIENTATION = 0x0112


def _sniff_image(data: bytes) -> str | None:
    """The image format by magic bytes: a key of _CLEANABLE, another name, or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if data[4:8] == b"ftyp" and _ftyp_brands(data) & _HEIF_BRANDS:
        return "heif"
    if data.startswith(b"\x00\x00\x00\x0cJXL \r\n\x87\n"):
        return "jpeg-xl"
    if data.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")):
        return "jpeg-2000"
    if data.startswith(b"8BPS"):
        return "psd"
    return None


def _ftyp_brands(data: bytes) -> set[bytes]:
    size = int.from_bytes(data[:4], "big")
    end = min(max(size, 16), 256, len(data))
    brands = {data[8:12]}
    brands.update(data[i:i + 4] for i in range(16, end - 3, 4))
    return brands


def _is_video(ctype: str, ext: str, data: bytes) -> bool:
    if ctype.startswith("video/") or ext in _VIDEO_EXTS:
        return True
    if ctype.startswith(("audio/", "text/")) or ext in _AUDIO_EXTS:
        return False
    if data[4:8] == b"ftyp" and 8 <= int.from_bytes(data[:4], "big") <= 4096:
        return data[8:12] not in _AUDIO_BRANDS
    return data.startswith(b"\x1a\x45\xdf\xa3") or (data[:4] == b"RIFF" and data[8:12] == b"AVI ")


def _clean_image(data: bytes, kind: str, *, for_document: bool) -> tuple[bytes, str] | str:
    """Re-encode an image without metadata: (bytes, content type), or a reason code.

    Standalone images get their EXIF orientation applied to the pixels. Pictures inside
    documents keep only the orientation tag instead: the document's layout was made for
    the picture as its reader displays it.
    """
    fmt, out_type = _CLEANABLE[kind]
    try:
        with Image.open(io.BytesIO(data), formats=[fmt]) as im:
            width, height = im.size
            if width * height > MAX_PIXELS:
                return IMAGE_TOO_LARGE
            icc = im.info.get("icc_profile")
            loop = im.info.get("loop")
            orientation = _orientation(im) if for_document else 1
            frames, durations = _frames(im, kind, upright=not for_document)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return IMAGE_TOO_LARGE
    except Exception:
        return UNREADABLE_IMAGE
    try:
        lossless = kind == "webp" and _webp_is_lossless(data)
        out = _encode(fmt, frames, durations, loop, icc, orientation, lossless)
        if not _is_clean(out, fmt, allow_orientation=for_document):
            return UNCLEANABLE_IMAGE
    except Exception:
        return UNCLEANABLE_IMAGE
    return out, out_type


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


# --------------------------------------------------------------------------- office documents

_OFFICE_EXTS = {"docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm", "xlam", "pptx",
                "pptm", "potx", "potm", "ppsx", "ppsm", "vsdx", "odt", "ods", "odp", "odg", "odf",
                "odm", "ott", "ots", "otp", "otg"}
_OFFICE_TYPES = {"application/vnd.ms-word.document.macroenabled.12",
                 "application/vnd.ms-excel.sheet.macroenabled.12",
                 "application/vnd.ms-powerpoint.presentation.macroenabled.12"}
_OFFICE_TYPE_PREFIXES = ("application/vnd.openxmlformats-officedocument.",
                         "application/vnd.oasis.opendocument.")
_OOXML_AUTHOR: dict[str, tuple[str, ...]] = {
    "docProps/core.xml": ("creator", "lastModifiedBy"),
    "docProps/app.xml": ("Company", "Manager"),
}
_ODF_AUTHOR: dict[str, tuple[str, ...]] = {"meta.xml": ("initial-creator", "creator", "printed-by")}


def _clean_office(data: bytes, office_hint: bool) -> bytes | str | None:
    """The document with author fields blanked; None when it is no Office zip (keep it)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:
        return UNCLEANABLE_DOCUMENT if office_hint else None
    names = [info.filename for info in infos]
    if "[Content_Types].xml" in names:
        authors = _OOXML_AUTHOR
    elif "mimetype" in names and ("meta.xml" in names or "META-INF/manifest.xml" in names):
        authors = _ODF_AUTHOR
    else:
        return None         # an ordinary zip archive, passed on as it is
    try:
        return _rewrite_zip(archive, infos, authors)
    except Exception:
        return UNCLEANABLE_DOCUMENT


class _Uncleanable(Exception):
    pass


def _rewrite_zip(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                 authors: dict[str, tuple[str, ...]]) -> bytes:
    names = [info.filename for info in infos]
    if len(infos) > MAX_ZIP_MEMBERS or len(set(names)) != len(names):
        raise _Uncleanable
    if any(info.flag_bits & 0x1 for info in infos):        # encrypted members
        raise _Uncleanable
    out = io.BytesIO()
    budget = MAX_ZIP_UNCOMPRESSED
    with zipfile.ZipFile(out, "w") as target:
        for info in infos:
            with archive.open(info) as member:
                content = member.read(budget + 1)
            budget -= len(content)
            if budget < 0:
                raise _Uncleanable
            if info.filename in authors:
                content = _blank_elements(content, authors[info.filename])
            elif not info.is_dir():
                kind = _sniff_image(content)
                if kind in _CLEANABLE:
                    cleaned = _clean_image(content, kind, for_document=True)
                    if isinstance(cleaned, str):
                        raise _Uncleanable
                    content = cleaned[0]
                elif kind is not None:
                    raise _Uncleanable
            fresh = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            fresh.compress_type = info.compress_type
            fresh.external_attr = info.external_attr
            target.writestr(fresh, content)
    return out.getvalue()


def _element_pattern(localnames: tuple[str, ...]) -> str:
    names = "|".join(re.escape(n) for n in localnames)
    return rf"<((?:[A-Za-z_][\w.-]*:)?(?:{names}))(\s[^>]*)?(?<!/)>.*?</\1\s*>"


def _blank_elements(xml: bytes, localnames: tuple[str, ...]) -> bytes:
    """Empty the text of the named elements (any namespace prefix), leaving the rest alone."""
    pattern = _element_pattern(localnames)
    if xml.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = xml.decode("utf-16")
        text = re.sub(pattern, r"<\1\2></\1>", text, flags=re.DOTALL)
        if re.search(pattern.replace(".*?", r"\s*[^<\s]"), text, flags=re.DOTALL):
            raise _Uncleanable
        return text.encode("utf-16")
    bpattern = pattern.encode()
    result = re.sub(bpattern, rb"<\1\2></\1>", xml, flags=re.DOTALL)
    if re.search(bpattern.replace(b".*?", rb"\s*[^<\s]"), result, flags=re.DOTALL):
        raise _Uncleanable
    return result


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
