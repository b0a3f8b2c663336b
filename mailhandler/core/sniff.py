"""What a file IS, from its bytes: magic numbers and its first non-blank lines.

Mail clients label parts carelessly, and a sender can name a vCard "kaart.txt" or send an
SVG with a script as application/octet-stream. Every decision about an attachment starts
here, from the content; the declared type and the file name only break ties between kinds
that look alike (a .csv and a .txt are both plain text).

Pure: bytes in, a `Kind` out. Never raises.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass

from mailhandler.core.message import WIDE_LABELS, decode_body, starts_with_bom

__all__ = ["Kind", "sniff", "decode_text"]


@dataclass(frozen=True)
class Kind:
    """A file's real kind: a short name, its canonical MIME type and extension."""

    name: str            # e.g. "pdf", "docx", "jpeg", "text", "vcard", "unknown"
    content_type: str
    extension: str       # with its dot, "" when the kind has none worth keeping


def _k(name: str, content_type: str, extension: str) -> Kind:
    return Kind(name, content_type, extension)


JPEG = _k("jpeg", "image/jpeg", ".jpg")
PNG = _k("png", "image/png", ".png")
GIF = _k("gif", "image/gif", ".gif")
WEBP = _k("webp", "image/webp", ".webp")
TIFF = _k("tiff", "image/tiff", ".tif")
HEIF = _k("heif", "image/heic", ".heic")
JPEG_XL = _k("jpeg-xl", "image/jxl", ".jxl")
JPEG_2000 = _k("jpeg-2000", "image/jp2", ".jp2")
PSD = _k("psd", "image/vnd.adobe.photoshop", ".psd")
BMP = _k("bmp", "image/bmp", ".bmp")
ICO = _k("ico", "image/x-icon", ".ico")
SVG = _k("svg", "image/svg+xml", ".svg")
PDF = _k("pdf", "application/pdf", ".pdf")
DOCX = _k("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          ".docx")
XLSX = _k("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")
PPTX = _k("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          ".pptx")
OOXML = _k("ooxml", "application/octet-stream", "")   # an OOXML package of another sort
ODT = _k("odt", "application/vnd.oasis.opendocument.text", ".odt")
ODS = _k("ods", "application/vnd.oasis.opendocument.spreadsheet", ".ods")
ODP = _k("odp", "application/vnd.oasis.opendocument.presentation", ".odp")
ODF = _k("odf", "application/octet-stream", "")       # another OpenDocument type
OLE = _k("ole", "application/x-ole-storage", "")      # .doc/.xls/.ppt, encrypted OOXML, .msg
RTF = _k("rtf", "application/rtf", ".rtf")
ZIP = _k("zip", "application/zip", ".zip")
ARCHIVE = _k("archive", "application/octet-stream", "")  # 7z, rar, gzip, tar...
VIDEO = _k("video", "video/mp4", "")
AUDIO_MP4 = _k("m4a", "audio/mp4", ".m4a")
MP3 = _k("mp3", "audio/mpeg", ".mp3")
OGG = _k("ogg", "audio/ogg", ".ogg")
WAV = _k("wav", "audio/wav", ".wav")
FLAC = _k("flac", "audio/flac", ".flac")
EXECUTABLE = _k("executable", "application/octet-stream", "")
TNEF = _k("tnef", "application/vnd.ms-tnef", "")
PGP_KEY = _k("pgp-key", "application/pgp-keys", "")
PGP_SIGNATURE = _k("pgp-signature", "application/pgp-signature", "")
PGP_ENCRYPTED = _k("pgp-encrypted", "application/pgp-encrypted", "")
SMIME = _k("smime", "application/pkcs7-mime", "")    # CMS/PKCS#7: signatures, certificates
CERTIFICATE = _k("certificate", "application/x-x509-ca-cert", "")
VCARD = _k("vcard", "text/vcard", "")
CALENDAR = _k("calendar", "text/calendar", "")
MAIL = _k("mail", "message/rfc822", ".eml")
HTML = _k("html", "text/html", ".html")
XML = _k("xml", "application/xml", "")
TEXT = _k("text", "text/plain", ".txt")
CSV = _k("csv", "text/csv", ".csv")
MARKDOWN = _k("markdown", "text/markdown", ".md")
ENRICHED = _k("enriched", "text/enriched", ".txt")
UNKNOWN = _k("unknown", "application/octet-stream", "")

TEXT_KINDS = frozenset({"text", "csv", "markdown", "enriched"})
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs",
                b"mif1", b"msf1", b"mif2", b"avif", b"avis", b"crx ", b"jxl "}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_MAIL_HEADERS = frozenset({
    "from", "to", "cc", "bcc", "date", "subject", "received", "return-path", "message-id",
    "mime-version", "content-type", "reply-to", "sender", "delivered-to", "x-originating-ip",
    "in-reply-to", "references", "dkim-signature", "authentication-results", "user-agent",
    "x-mailer", "thread-topic", "content-transfer-encoding", "arc-seal", "x-received",
})
_HEADER_LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*\S")
_ARMOR = re.compile(rb"^-----BEGIN (PGP (PUBLIC KEY BLOCK|PRIVATE KEY BLOCK|SIGNATURE|SIGNED "
                    rb"MESSAGE|MESSAGE)|CERTIFICATE|X509 CRL|PKCS7|CMS|TRUSTED CERTIFICATE|"
                    rb"ENCRYPTED PRIVATE KEY|PRIVATE KEY|RSA PRIVATE KEY)-----",
                    re.MULTILINE | re.IGNORECASE)
_BEGIN = re.compile(rb"^[ \t]*BEGIN[ \t]*:[ \t]*(VCARD|VCALENDAR|VEVENT|VTODO|VJOURNAL)\b",
                    re.MULTILINE | re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|"
                         r"div|p|table|span|br|a\s|img|script|style|iframe|form|h[1-6])\b",
                         re.IGNORECASE | re.DOTALL)
_SVG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]", re.IGNORECASE)
_XML_START = re.compile(rb"^\s*(<\?xml|<!DOCTYPE|<!--|<[A-Za-z_][\w.:-]*[\s>/])")
# How far text is read to decide: headers and junk before BEGIN: are at the top.
_HEAD = 65536


def sniff(data: bytes, declared_type: str = "", filename: str | None = None) -> Kind:
    """The kind of `data`. The declared type and name only pick among text kinds."""
    try:
        return _sniff(bytes(data), declared_type.lower(), (filename or "").lower())
    except Exception:
        return UNKNOWN


def decode_text(data: bytes, charset: str | None = None) -> str | None:
    """`data` as text if it reads as text (a BOM, else the one charset rule for body
    text, core.message.decode_body), else None."""
    # NULs say binary, except in text of two or four bytes a character (a BOM or its label).
    if b"\x00" in data[:_HEAD] and not starts_with_bom(data) \
            and (charset or "").strip().lower() not in WIDE_LABELS:
        return None
    return _readable(decode_body(data, charset))


def _readable(text: str) -> str | None:
    head = text[:_HEAD]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\r\f\x1b")
    bad = head.count("\ufffd")
    return text if controls + bad <= max(2, len(head) // 200) else None


def _sniff(data: bytes, declared: str, name: str) -> Kind:
    binary = _binary_kind(data)
    if binary is not None:
        return binary
    head = data[:_HEAD]
    armor = _ARMOR.search(head)
    if armor:
        word = armor.group(0).upper()
        if b"PUBLIC KEY" in word or b"PRIVATE KEY" in word:
            return PGP_KEY if b"PGP" in word else CERTIFICATE
        if b"SIGNATURE" in word or b"SIGNED" in word:
            return PGP_SIGNATURE
        if b"PGP MESSAGE" in word:
            return PGP_ENCRYPTED
        return CERTIFICATE
    begin = _BEGIN.search(head)
    if begin:
        return VCARD if begin.group(1).upper() == b"VCARD" else CALENDAR
    text = decode_text(data)
    if text is None:
        return UNKNOWN
    stripped = text.lstrip("\ufeff \t\r\n")
    if declared in ("text/enriched", "text/richtext"):
        return ENRICHED       # made of <commands>: it would read as markup below
    if _SVG.search(head) and (_XML_START.match(head) or stripped.startswith("<")):
        return SVG
    if _looks_like_mail(stripped):
        return MAIL
    if _HTML_START.match(stripped) or re.search(r"<html[\s>]", stripped[:4096], re.I):
        return HTML
    if _XML_START.match(stripped.encode("utf-8", "replace")[:4096]):
        return XML
    if stripped.startswith("{\\rtf"):
        return RTF
    if declared in ("text/markdown", "text/x-markdown") or name.endswith((".md", ".markdown")):
        return MARKDOWN
    if declared in ("text/csv", "text/comma-separated-values") or name.endswith(".csv"):
        return CSV
    return TEXT


def _looks_like_mail(text: str) -> bool:
    """An RFC 822 header block at the top: at least two known headers, all lines headers
    or their continuations, up to the first blank line."""
    known = 0
    for index, line in enumerate(text.split("\n")[:200]):
        line = line.rstrip("\r")
        if not line.strip():
            return known >= 2 and index >= 2
        if line[0] in " \t" and index:
            continue
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        known += match.group(1).lower() in _MAIL_HEADERS
    return False


def _binary_kind(data: bytes) -> Kind | None:
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if data[:4] == b"RIFF":
        return {b"WEBP": WEBP, b"WAVE": WAV, b"AVI ": VIDEO}.get(data[8:12], UNKNOWN)
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if data[4:8] == b"ftyp":
        brands = _ftyp_brands(data)
        if brands & _HEIF_BRANDS:
            return HEIF
        return AUDIO_MP4 if data[8:12] in _AUDIO_BRANDS else VIDEO
    if data.startswith(b"\x00\x00\x00\x0cJXL \r\n\x87\n") or data.startswith(b"\xff\x0a"):
        return JPEG_XL
    if data.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")):
        return JPEG_2000
    if data.startswith(b"8BPS"):
        return PSD
    if data.startswith(b"BM") and len(data) > 26 and data[6:10] == b"\x00\x00\x00\x00":
        return BMP
    if data.startswith(b"\x00\x00\x01\x00") and len(data) > 22:
        return ICO
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if data.startswith(b"\x78\x9f\x3e\x22"):
        return TNEF
    if data.startswith(b"\x7fELF") or data.startswith(b"\xca\xfe\xba\xbe") or _is_pe(data):
        return EXECUTABLE
    if data.startswith((b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe")):
        return EXECUTABLE
    if data.startswith((b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"\x1f\x8b", b"BZh",
                        b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd", b"MSCF")) \
            or data[257:262] == b"ustar":
        return ARCHIVE
    if data.startswith(b"\x1a\x45\xdf\xa3") or data.startswith(b"\x00\x00\x01\xba") \
            or data.startswith(b"FLV\x01") or data[:4] == b"\x30\x26\xb2\x75":
        return VIDEO
    if data.startswith(b"ID3") or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0
                                   and data[1] & 0x06):
        return MP3
    if data.startswith(b"OggS"):
        return OGG
    if data.startswith(b"fLaC"):
        return FLAC
    if data.startswith(b"#!"):
        return EXECUTABLE
    if _is_der_cms(data):
        return SMIME
    found = pgp_packet(data)
    if found is not None:
        return found
    return None


def _ftyp_brands(data: bytes) -> set[bytes]:
    size = int.from_bytes(data[:4], "big")
    end = min(max(size, 16), 256, len(data))
    brands = {data[8:12]}
    brands.update(data[i:i + 4] for i in range(16, end - 3, 4))
    return brands


def _is_pe(data: bytes) -> bool:
    if not data.startswith(b"MZ") or len(data) < 0x40:
        return False
    offset = int.from_bytes(data[0x3C:0x40], "little")
    return data[offset:offset + 4] == b"PE\x00\x00"


# DER SEQUENCE { OID 1.2.840.113549.1.7.x (pkcs7-*) ... }: S/MIME signatures and messages.
_PKCS7_OID = bytes.fromhex("06092a864886f70d0107")
_X509_NAME_OID = bytes.fromhex("0603550403")     # commonName, in every certificate


def _is_der_cms(data: bytes) -> bool:
    if not data.startswith(b"\x30") or len(data) < 16:
        return False
    head = data[:64]
    return _PKCS7_OID in head or (_X509_NAME_OID in data[:2048] and data[1] in (0x82, 0x83))


def pgp_packet(data: bytes) -> Kind | None:
    """The kind of the first binary OpenPGP packet, if the data starts with one.

    A packet's first byte has its high bit set, and so has the first byte of a letter such
    as "Ç", "É", "À" or "Ü" in UTF-8 (0xC3): "Ça va pas" would read as an encrypted packet
    and a young person's whole mail be held back. A real packet's next bytes (lengths, a
    version of 3 to 6) are never text, so data that reads as text is no packet.
    """
    if not data or not data[0] & 0x80 or _reads_as_text(data):
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


_TEXT_PROBE = 64


def _reads_as_text(data: bytes) -> bool:
    """Whether `data` opens as UTF-8 text: no invalid sequence, no control character but
    tabs and line ends (a sequence cut at the end of the probe is not held against it)."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(data[:_TEXT_PROBE], final=False)
    except UnicodeDecodeError:
        return False
    return bool(text) and not any(
        (ord(char) < 0x20 and char not in "\t\n\r\f") or 0x7F <= ord(char) < 0xA0
        for char in text)


_OOXML_MAIN = (("word/document.xml", DOCX), ("xl/workbook.xml", XLSX),
               ("ppt/presentation.xml", PPTX))
_ODF_TYPES = {"application/vnd.oasis.opendocument.text": ODT,
              "application/vnd.oasis.opendocument.spreadsheet": ODS,
              "application/vnd.oasis.opendocument.presentation": ODP}


def _zip_kind(data: bytes) -> Kind:
    """OOXML, OpenDocument, a plain zip; judged by the members, not the extension."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                for main, kind in _OOXML_MAIN:
                    if main in names:
                        return kind
                return OOXML
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size > 200:
                    return ODF
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                return _ODF_TYPES.get(mimetype, ODF)
    except Exception:
        return UNKNOWN
    return ZIP
