"""Office documents and PDFs without the metadata that names their authors.

A school report written on a family laptop carries the parent's name as its author, the
printer's name, the names of whoever commented on it and of every person who ever edited
it. The text of a document is its sender's own words and is kept; everything around it
that names people is emptied or dropped:

- OOXML (docx/xlsx/pptx): docProps/core.xml, app.xml and custom.xml are replaced by empty
  property sets; word/people.xml and xl/persons by empty lists; in every XML part the
  authors and initials of comments and tracked changes (w:author, w:initials, xlsx
  <author>, pptx cmAuthor/author names, xlsx persons' displayName/userId, workbook
  userName and absPath) are emptied. Documents with macros (vbaProject.bin) or embedded
  objects other than pictures and other Office documents are not cleaned.
- OpenDocument (odt/ods/odp): meta.xml (authors, title, description, user-defined
  properties, statistics) and settings.xml (printer names and printer setup) are replaced by
  empty ones; annotations' and tracked changes' dc:creator and initials, user-field
  declarations' values and author/sender fields are emptied.
- PDF (pikepdf): the Info dictionary, every XMP /Metadata stream, /PieceInfo application data,
  annotation authors (/T), embedded JPEGs' EXIF/XMP/IPTC/ICC segments. Encrypted PDFs, PDFs
  with embedded files and PDFs qpdf cannot read are not cleaned.

Zips are read with bounds on member count and decompressed size (zip bombs); XML that is
parsed goes through defusedxml, and XML with a DTD is refused (entities could hide a name
from the rewrite). Each cleaner returns the new bytes and the kinds of metadata it removed,
or raises `Uncleanable`. Pure: bytes in, bytes out.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from typing import IO

import defusedxml.ElementTree as SafeET

from mailhandler.core.sniff import sniff

# Cleans a picture inside a document: (bytes, kind name, set of removed kinds) -> bytes,
# raising Uncleanable. Given by mailhandler.core.attachments, which owns image cleaning.
PictureCleaner = Callable[[bytes, str, set[str]], bytes]

__all__ = ["Uncleanable", "clean_office", "clean_pdf", "strip_jpeg_metadata"]

MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_UNCOMPRESSED = 256 * 1024 * 1024
MAX_NESTING = 3
# XML parts larger than this are cleaned as they stream, in pieces of STREAM_CHUNK bytes.
STREAM_ABOVE = 4 * 1024 * 1024
STREAM_CHUNK = 1024 * 1024
MAX_CARRY = 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".vml")


class Uncleanable(Exception):
    """This document cannot be cleaned reliably; it must be withheld. (No content in it.)"""


# Metadata kinds, as shown (translated) to volunteers.
PROPERTIES = "properties"            # author, title, description, company...
CUSTOM = "custom-properties"
COMMENT_AUTHORS = "comment-authors"
REVISION_AUTHORS = "revision-authors"
PEOPLE = "people"
PRINTER = "printer"
USER_FIELDS = "user-fields"
XMP = "xmp"
ANNOTATION_AUTHORS = "annotation-authors"
PICTURE_METADATA = "picture-metadata"

_OOXML_PROPS = {
    "docProps/core.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"/>', PROPERTIES),
    "docProps/app.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
        b'schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>', PROPERTIES),
    "docProps/custom.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
        b'schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://'
        b'schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>', CUSTOM),
    "word/people.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people xmlns:w15='
        b'"http://schemas.microsoft.com/office/word/2012/wordml"/>', PEOPLE),
}
_ODF_PROPS = {
    "meta.xml": (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:'
        b'names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:meta/>'
        b'</office:document-meta>', PROPERTIES),
    "settings.xml": (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings xmlns:office="urn:'
        b'oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>', PRINTER),
}
# Attributes that hold a person's name or account, in any XML part of either family.
_PERSON_ATTRS = ("author", "initials", "userId", "userName", "displayName", "providerId",
                 "creator", "lastModifiedBy", "author-name")
# Also "name", but only where the element is an author list (it names sheets elsewhere).
_NAME_PARTS = re.compile(r"(commentAuthors|authors|persons/person)[^/]*\.xml$")
# Elements whose text is a person: ODF annotations and changes, xlsx comment authors,
# ODF author and sender fields.
_PERSON_ELEMENTS = ("creator", "creator-initials", "author", "author-name", "author-initials",
                    "sender-firstname", "sender-lastname", "sender-initials", "sender-title",
                    "sender-position", "sender-email", "sender-phone-private",
                    "sender-phone-work", "sender-fax", "sender-company", "sender-street",
                    "sender-postal-code", "sender-city", "sender-country",
                    "sender-state-or-province")


def clean_office(data: bytes, family: str, clean_picture: PictureCleaner, *,
                 depth: int = 0) -> tuple[bytes, tuple[str, ...]]:
    """An OOXML ("ooxml") or OpenDocument ("odf") file without its people; what was removed."""
    if depth > MAX_NESTING:
        raise Uncleanable
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:
        raise Uncleanable from exc
    names = [info.filename for info in infos]
    if len(infos) > MAX_ZIP_MEMBERS or len(set(names)) != len(names):
        raise Uncleanable
    if any(info.flag_bits & 0x1 for info in infos):        # encrypted members
        raise Uncleanable
    if sum(info.file_size for info in infos) > MAX_ZIP_UNCOMPRESSED:
        raise Uncleanable
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise Uncleanable                                   # macros: an OLE file we can't clean
    removed: set[str] = set()
    out = io.BytesIO()
    budget = MAX_ZIP_UNCOMPRESSED
    replacements = _OOXML_PROPS if family == "ooxml" else _ODF_PROPS
    try:
        with zipfile.ZipFile(out, "w") as target:
            # One member at a time, so that only one decompressed member is ever held; a large
            # XML part (a worksheet of a hundred thousand rows) is not held at all but cleaned
            # as it streams from one archive into the other.
            for info in infos:
                fresh = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                fresh.compress_type = info.compress_type
                fresh.external_attr = info.external_attr
                key = info.filename if family == "ooxml" else info.filename.rsplit("/", 1)[-1]
                if not info.is_dir() and info.file_size > STREAM_ABOVE and key not in replacements \
                        and info.filename.lower().endswith(_XML_SUFFIXES):
                    with archive.open(info) as member, target.open(fresh, "w") as sink:
                        budget -= _stream_xml(info.filename, member, sink, budget, removed)
                    continue
                with archive.open(info) as member:
                    content = member.read(budget + 1)
                budget -= len(content)
                if budget < 0:
                    raise Uncleanable
                if not info.is_dir():
                    content = _clean_member(info.filename, content, family, replacements, removed,
                                            clean_picture, depth)
                target.writestr(fresh, content)
                del content
    except Uncleanable:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError) as exc:
        # A damaged member shows only when it is read: a name that differs from its
        # header, a broken deflate stream, a cut file. Such a file is withheld.
        raise Uncleanable from exc
    return out.getvalue(), tuple(sorted(removed))


def _stream_xml(name: str, member: IO[bytes], sink: IO[bytes], budget: int,
                removed: set[str]) -> int:
    """Clean a large XML part piece by piece; the number of bytes read.

    Pieces are cut just before a "<", so no tag (and no attribute in it) is ever cut in two;
    a cut that would fall inside a person element (<dc:creator>Name</dc:creator>) moves back
    to before its opening tag. A person element longer than MAX_CARRY is refused.
    """
    carry = b""
    read = 0
    first = True
    while True:
        chunk = member.read(STREAM_CHUNK)
        read += len(chunk)
        if read > budget:
            raise Uncleanable
        buffer = carry + chunk if carry else chunk
        if not chunk:
            cut = len(buffer)
        else:
            cut = buffer.rfind(b"<")
            if cut < 0:
                cut = len(buffer)       # no tag starts here: nothing to cut in two
            opening = _last_open_person_element(buffer, cut)
            if opening is not None:
                cut = opening
            if len(buffer) - cut > MAX_CARRY:
                raise Uncleanable
            if cut <= 0:
                carry = buffer
                continue
        piece, carry = buffer[:cut], buffer[cut:]
        del buffer
        if piece:
            if first and piece.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise Uncleanable
            first = False
            sink.write(_clean_xml(name, piece, removed, check=False))
        if not chunk:
            return read


def _last_open_person_element(buffer: bytes, end: int) -> int | None:
    """Where the last person element opened before `end` starts, if it is not closed there."""
    last = None
    for match in _PERSON_OPEN.finditer(buffer, 0, end):
        last = match
    if last is None or last.group(0).endswith(b"/>"):
        return None
    closing = b"</" + last.group(1)
    return None if buffer.find(closing, last.end(), end) >= 0 else last.start()


def _clean_member(name: str, content: bytes, family: str,
                  replacements: dict[str, tuple[bytes, str]], removed: set[str],
                  clean_picture: PictureCleaner, depth: int) -> bytes:
    base = name.rsplit("/", 1)[-1]
    # ODF sub-documents ("Object 1/meta.xml") carry their own metadata.
    key = name if family == "ooxml" else base
    if key in replacements:
        _parse(content)                 # refuse what cannot be parsed safely
        fresh, removed_kind = replacements[key]
        if _has_text(content, fresh):
            removed.add(removed_kind)
        return fresh
    lowered = name.lower()
    if lowered.endswith((".xml", ".rels", ".vml")):
        return _clean_xml(name, content, removed)
    kind = sniff(content)
    if kind.name in ("jpeg", "png", "gif", "webp"):
        return clean_picture(content, kind.name, removed)
    if kind.name in ("docx", "xlsx", "pptx", "ooxml"):
        cleaned, inner = clean_office(content, "ooxml", clean_picture, depth=depth + 1)
        removed.update(inner)
        return cleaned
    if kind.name in ("odt", "ods", "odp", "odf"):
        cleaned, inner = clean_office(content, "odf", clean_picture, depth=depth + 1)
        removed.update(inner)
        return cleaned
    if "embeddings/" in lowered or kind.name in ("ole", "pdf", "tiff", "heif", "svg", "mail",
                                                 "vcard", "calendar"):
        raise Uncleanable           # an embedded object we cannot clean
    return content


# A DTD or entity declaration anywhere (searched without an upper-cased copy of the part).
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _parse(content: bytes) -> None:
    if _DECLARATION.search(content):
        raise Uncleanable
    try:
        SafeET.fromstring(content)
    except Exception as exc:
        raise Uncleanable from exc


def _has_text(xml: bytes, empty: bytes) -> bool:
    """Whether a property part said anything (text, or attributes other than namespaces)."""
    if re.search(rb">\s*[^<\s]", xml):
        return True
    without_namespaces = re.sub(rb"\sxmlns(:[\w.-]+)?\s*=\s*(\"[^\"]*\"|'[^']*')", b"", xml)
    return bool(re.search(rb"<[^?!][^>]*\s[\w:.-]+\s*=", without_namespaces)) \
        and xml.strip() != empty.strip()


def _attr_pattern(names: tuple[str, ...]) -> re.Pattern[bytes]:
    alternatives = b"|".join(re.escape(n.encode()) for n in names)
    return re.compile(rb"(\s(?:[A-Za-z_][\w.-]*:)?(?:" + alternatives +
                      rb")\s*=\s*)(\"[^\"]*\"|'[^']*')")


def _element_pattern(names: tuple[str, ...]) -> re.Pattern[bytes]:
    alternatives = b"|".join(re.escape(n.encode()) for n in names)
    return re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?(?:" + alternatives +
                      rb"))(\s[^>]*)?(?<!/)>(.*?)</\1\s*>", re.DOTALL)


_PERSON_ATTR = _attr_pattern(_PERSON_ATTRS)
_NAME_ATTR = _attr_pattern(("name",))
_PERSON_ELEMENT = _element_pattern(_PERSON_ELEMENTS)
_PERSON_OPEN = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?(?:" +
                          b"|".join(re.escape(n.encode()) for n in _PERSON_ELEMENTS) +
                          rb"))(?:\s[^>]*)?>")
_ABS_PATH = re.compile(rb"(<(?:[A-Za-z_][\w.-]*:)?absPath\b[^>]*?\surl\s*=\s*)(\"[^\"]*\"|'[^']*')")
_FILE_TARGET = re.compile(rb"(\sTarget\s*=\s*)(\"file:[^\"]*\"|'file:[^']*')", re.IGNORECASE)
# ODF user fields and Word's document variables: values typed in once, shown where used.
_USER_FIELD_DECL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:user-field-decl|docVar)\b[^>]*>")
_VALUE_ATTR = re.compile(rb"(\s(?:[A-Za-z_][\w.-]*:)?(?:string-value|value|date-value|"
                         rb"time-value|boolean-value|val)\s*=\s*)(\"[^\"]*\"|'[^']*')")
_EMPTY_VALUE = re.compile(rb"^[\"']\s*[\"']$")


def _clean_xml(name: str, content: bytes, removed: set[str], *, check: bool = True) -> bytes:
    """An XML part with its people emptied. `check`: the part is whole (not a streamed
    piece), so its well-formedness can be verified after the rewrite."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Uncleanable       # UTF-16 parts are legal but rare; not worth a second path
    if _DECLARATION.search(content):
        raise Uncleanable
    found: set[str] = set()
    comments = "comment" in name.lower() or "annotation" in name.lower()

    def blank_attr(match: re.Match[bytes]) -> bytes:
        if _EMPTY_VALUE.match(match.group(2)):
            return match.group(0)
        attribute = match.group(1).strip().split(b"=")[0].strip().split(b":")[-1]
        if comments:
            found.add(COMMENT_AUTHORS)
        elif attribute in (b"author", b"initials"):
            found.add(REVISION_AUTHORS)
        else:
            found.add(PEOPLE)
        quote = match.group(2)[:1]
        return match.group(1) + quote + quote

    def blank_element(match: re.Match[bytes]) -> bytes:
        if not match.group(3).strip():
            return match.group(0)
        found.add(COMMENT_AUTHORS if comments else REVISION_AUTHORS)
        return b"<" + match.group(1) + (match.group(2) or b"") + b"></" + match.group(1) + b">"

    def blank_user_field(match: re.Match[bytes]) -> bytes:
        found.add(USER_FIELDS)
        return _VALUE_ATTR.sub(lambda m: m.group(1) + m.group(2)[:1] * 2, match.group(0))

    result = _PERSON_ATTR.sub(blank_attr, content)
    if _NAME_PARTS.search(name):
        result = _NAME_ATTR.sub(blank_attr, result)
    result = _PERSON_ELEMENT.sub(blank_element, result)
    result = _USER_FIELD_DECL.sub(blank_user_field, result)
    result = _ABS_PATH.sub(lambda m: m.group(1) + b'""', result)
    result = _FILE_TARGET.sub(lambda m: m.group(1) + b'"about:blank"', result)
    if b"<office:annotation" in content and found:
        found.discard(REVISION_AUTHORS)
        found.add(COMMENT_AUTHORS)
    if result != content:
        if check and len(result) < STREAM_ABOVE:
            _parse(result)          # still well-formed; small parts checked fully
        removed.update(found)
    return result


# --------------------------------------------------------------------------- PDF

_ANNOTATION_PERSON_KEYS = ("/T",)


def clean_pdf(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """A PDF without Info, XMP, application data or annotation authors; what was removed."""
    import pikepdf

    removed: set[str] = set()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise Uncleanable from exc
    except Exception as exc:
        raise Uncleanable from exc
    with pdf:
        if pdf.is_encrypted:
            raise Uncleanable
        root = pdf.Root
        names = root.get("/Names")
        if names is not None and "/EmbeddedFiles" in names:
            raise Uncleanable
        if "/Info" in pdf.trailer:
            info = pdf.trailer.Info
            if len(info.keys()):
                removed.add(PROPERTIES)
            del pdf.trailer["/Info"]
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                continue
            if "/Metadata" in obj:
                del obj["/Metadata"]
                removed.add(XMP)
            if "/PieceInfo" in obj:
                del obj["/PieceInfo"]
                removed.add(PROPERTIES)
            subtype = obj.get("/Subtype")
            if subtype == "/FileAttachment":
                raise Uncleanable
            if obj.get("/Type") == "/Annot" or "/Rect" in obj and subtype is not None:
                for key in _ANNOTATION_PERSON_KEYS:
                    if key in obj:
                        del obj[key]
                        removed.add(ANNOTATION_AUTHORS)
            if isinstance(obj, pikepdf.Stream) and subtype == "/Image" \
                    and obj.get("/Filter") == "/DCTDecode":
                raw = obj.read_raw_bytes()
                stripped = strip_jpeg_metadata(raw)
                if stripped != raw:
                    obj.write(stripped, filter=pikepdf.Name.DCTDecode)
                    removed.add(PICTURE_METADATA)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue(), tuple(sorted(removed))


# APP0 (JFIF) and APP14 (Adobe colour transform) say how to decode; the others are metadata.
_KEEP_APP = {0xE0, 0xEE}


def strip_jpeg_metadata(data: bytes) -> bytes:
    """A JPEG without APPn (except JFIF/Adobe) and COM segments, pixels untouched."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return data                         # not a marker where one must be: leave it
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xDA:                      # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        segment = data[pos:pos + 2 + length]
        if not ((0xE0 <= marker <= 0xEF and marker not in _KEEP_APP) or marker == 0xFE):
            out += segment
        pos += 2 + length
    return data
