"""Attachments are passed on only when they can no longer tell who or where their sender is."""

from __future__ import annotations

import io
import struct
import warnings
import xml.etree.ElementTree as ET
import zipfile
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, ImageCms, features
from PIL.PngImagePlugin import PngInfo

from mailhandler.core.attachments import (
    ALL_REASONS,
    UNPROCESSABLE,
    Attachment,
    TextCleaners,
    clean_attachment,
    clean_attachments,
    safe_filename,
)

NAME = "Vera Verstraete"
CAMERA = "FP4-SECRETMODEL"
PLACE = "Kerkstraat 12, Gent"
COMMENT = "taken at grandma's house"
WHEN = "2024:05:01 14:35:22"
XMP = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    f'photoshop:City="{PLACE}"/>'
    "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"
).encode()
GPS_IFD = ExifTags.IFD.GPSInfo
EXIF_IFD = ExifTags.IFD.Exif


# --------------------------------------------------------------------------- helpers


def phone_exif(orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Fairphone"
    exif[ExifTags.Base.Model] = CAMERA
    exif[ExifTags.Base.Artist] = NAME
    exif[ExifTags.Base.Orientation] = orientation
    exif[GPS_IFD] = {1: "N", 2: (51.0, 3.0, 15.5), 3: "E", 4: (3.0, 43.0, 2.0)}
    exif[EXIF_IFD] = {ExifTags.Base.DateTimeOriginal: WHEN}
    return exif


def two_colour(size: tuple[int, int] = (40, 20), mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue: rotations can be told apart."""
    im = Image.new(mode, size, "red")
    im.paste("blue", (size[0] // 2, 0, size[0], size[1]))
    return im


def iptc_segment(text: str) -> bytes:
    """An APP13 Photoshop/IPTC segment with a by-line, as news and photo apps write it."""
    value = text.encode()
    iptc = b"\x1c\x02\x50" + struct.pack(">H", len(value)) + value          # 2:80 By-line
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp_segment() -> bytes:
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + XMP
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def phone_photo(icc: bytes | None = None) -> bytes:
    """A JPEG as a phone writes it: EXIF with GPS, camera, author and date; XMP; IPTC; a comment."""
    buffer = io.BytesIO()
    params: dict[str, object] = {"exif": phone_exif(6), "comment": COMMENT.encode()}
    if icc:
        params["icc_profile"] = icc
    two_colour().save(buffer, "JPEG", quality=95, **params)
    data = buffer.getvalue()
    return data[:2] + xmp_segment() + iptc_segment(NAME) + data[2:]      # right after SOI


def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def png_chunks(data: bytes) -> list[bytes]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, found = 8, []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        found.append(kind)
        pos += 12 + length
    return found


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def opened(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


IDENTITY = TextCleaners(text=lambda text: text, html=lambda markup: markup)


def kept(att: Attachment, cleaners: TextCleaners | None = None) -> Attachment:
    result = clean_attachment(att, cleaners)
    assert isinstance(result, Attachment), f"withheld: {result}"
    return result


def withheld(att: Attachment) -> str:
    result = clean_attachment(att)
    assert isinstance(result, str), "passed on"
    return result


def assert_no_metadata(data: bytes) -> None:
    for secret in (NAME, CAMERA, PLACE, COMMENT, WHEN, "Fairphone"):
        assert secret.encode() not in data, secret
    for marker in (b"Exif\x00\x00", b"http://ns.adobe.com/xap/1.0/", b"Photoshop 3.0",
                   b"adobe:ns:meta", b"8BIM"):
        assert marker not in data, marker
    im = opened(data)
    assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop"} & set(im.info)
    exif = im.getexif()
    assert len(exif) == 0
    assert not exif.get_ifd(GPS_IFD)


# --------------------------------------------------------------------------- JPEG


def test_gps_position_is_removed_from_a_phone_photo() -> None:
    original = phone_photo()
    assert opened(original).getexif().get_ifd(GPS_IFD)             # the fixture really has it all
    assert {"exif", "comment"} <= set(opened(original).info)
    for secret in (NAME, CAMERA, PLACE, COMMENT, WHEN):
        assert secret.encode() in original

    result = kept(Attachment("IMG_20240501_143522.jpg", "image/jpeg", original))

    assert result.content_type == "image/jpeg"
    assert_no_metadata(result.data)
    assert opened(result.data).format == "JPEG"


def test_a_sideways_photo_is_turned_upright_before_its_orientation_tag_is_dropped() -> None:
    result = kept(Attachment("photo.jpg", "image/jpeg", phone_photo()))

    im = opened(result.data).convert("RGB")
    assert im.size == (20, 40)                          # 40x20 stored, orientation 6: 90° clockwise
    top, bottom = im.getpixel((10, 5)), im.getpixel((10, 35))
    assert top[0] > 200 and top[2] < 60                 # the left (red) half is now on top
    assert bottom[2] > 200 and bottom[0] < 60


@pytest.mark.skipif(not features.check("littlecms2"), reason="Pillow built without littlecms")
def test_the_colour_profile_of_a_photo_is_kept() -> None:
    icc = srgb_profile()
    result = kept(Attachment("photo.jpg", "image/jpeg", phone_photo(icc=icc)))
    profile = opened(result.data).info.get("icc_profile")
    # The same sRGB profile, but for the date littlecms stamps on one it makes: the kept one
    # carries a fixed date, not when the daemon ran (nor a second off from this test's).
    assert profile[:24] + profile[36:] == icc[:24] + icc[36:]
    assert ImageCms.ImageCmsProfile(io.BytesIO(profile)).profile.creation_date.year == 2000
    assert_no_metadata(result.data)


def test_a_photo_labelled_as_a_generic_file_is_still_cleaned() -> None:
    result = kept(Attachment("scan.bin", "application/octet-stream", phone_photo()))
    assert result.content_type == "image/jpeg"
    assert_no_metadata(result.data)


def test_the_second_picture_of_a_multi_picture_jpeg_is_not_passed_on() -> None:
    second = io.BytesIO()
    buffer = io.BytesIO()
    hidden = Image.new("RGB", (8, 8), "green")
    hidden.save(second, "JPEG", exif=phone_exif(1))
    two_colour().save(buffer, "MPO", save_all=True, append_images=[opened(second.getvalue())],
                      exif=phone_exif(1))
    assert getattr(opened(buffer.getvalue()), "n_frames", 1) == 2

    result = kept(Attachment("stereo.jpg", "image/jpeg", buffer.getvalue()))

    assert_no_metadata(result.data)
    assert getattr(opened(result.data), "n_frames", 1) == 1
    assert opened(result.data).size == (40, 20)


def test_a_corrupt_jpeg_is_withheld_as_unreadable() -> None:
    truncated = phone_photo()[:400]
    assert withheld(Attachment("a.jpg", "image/jpeg", truncated)) == "unreadable-image"
    garbage = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4
    assert withheld(Attachment("b.jpg", "image/jpeg", garbage)) == "unreadable-image"


def test_a_file_that_claims_to_be_a_jpeg_but_is_not_an_image_is_withheld() -> None:
    assert withheld(Attachment("c.jpg", "image/jpeg", b"hello, world")) == "unreadable-image"
    assert withheld(Attachment("c.jpg", "application/octet-stream", b"hi")) == "unreadable-image"


# --------------------------------------------------------------------------- PNG


def test_text_chunks_and_exif_are_removed_from_a_png() -> None:
    info = PngInfo()
    info.add_text("Author", NAME)
    info.add_text("Comment", COMMENT, zip=True)                        # zTXt
    info.add_itxt("Location", PLACE, lang="nl", tkey="Plaats")         # iTXt
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    buffer = io.BytesIO()
    two_colour(mode="RGBA").save(buffer, "PNG", pnginfo=info, exif=phone_exif(1))
    original = buffer.getvalue()
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf"} <= set(png_chunks(original))

    result = kept(Attachment("screenshot.png", "image/png", original))

    assert not {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"} & set(png_chunks(result.data))
    assert_no_metadata(result.data)
    assert not opened(result.data).text
    assert opened(result.data).getpixel((30, 10)) == (0, 0, 255, 255)


def test_the_transparency_of_a_png_is_kept() -> None:
    palette = Image.new("P", (10, 10), 1)
    palette.putpalette([0, 0, 0, 255, 0, 0])
    buffer = io.BytesIO()
    palette.save(buffer, "PNG", transparency=1, pnginfo=_author_info())
    result = kept(Attachment("icon.png", "image/png", buffer.getvalue()))
    assert opened(result.data).convert("RGBA").getpixel((5, 5))[3] == 0
    assert NAME.encode() not in result.data


def _author_info() -> PngInfo:
    info = PngInfo()
    info.add_text("Author", NAME)
    return info


def test_a_png_with_an_orientation_tag_is_turned_upright() -> None:
    buffer = io.BytesIO()
    two_colour().save(buffer, "PNG", exif=phone_exif(6))
    result = kept(Attachment("p.png", "image/png", buffer.getvalue()))
    assert opened(result.data).size == (20, 40)
    assert_no_metadata(result.data)


def test_an_image_too_large_to_decode_safely_is_withheld() -> None:
    def header(width: int, height: int) -> bytes:
        ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
                + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + png_chunk(b"IEND", b""))

    bomb = Attachment("bomb.png", "image/png", header(20_000, 20_000))
    assert withheld(bomb) == "image-too-large"
    with warnings.catch_warnings():
        warnings.simplefilter("error")                  # an application may run like this
        assert withheld(Attachment("big.png", "image/png", header(10_000, 9_000))) == \
            "image-too-large"


# --------------------------------------------------------------------------- GIF and WebP


def _frames(count: int) -> list[Image.Image]:
    colours = ["red", "green", "blue", "yellow"]
    return [Image.new("RGB", (16, 16), colours[i % 4]) for i in range(count)]


def test_an_animated_gif_keeps_its_frames_but_not_its_comment() -> None:
    first, *rest = _frames(3)
    buffer = io.BytesIO()
    first.save(buffer, "GIF", save_all=True, append_images=rest, duration=[100, 200, 300],
               loop=0, comment=COMMENT)
    assert COMMENT.encode() in buffer.getvalue()

    result = kept(Attachment("dance.gif", "image/gif", buffer.getvalue()))

    assert COMMENT.encode() not in result.data
    im = opened(result.data)
    assert im.format == "GIF" and "comment" not in im.info
    assert im.n_frames == 3
    durations = []
    for index in range(3):
        im.seek(index)
        durations.append(im.info.get("duration"))
    assert durations == [100, 200, 300]
    assert im.convert("RGB").getpixel((8, 8)) == (0, 0, 255)


def test_webp_loses_exif_and_xmp() -> None:
    buffer = io.BytesIO()
    two_colour().save(buffer, "WEBP", exif=phone_exif(1), xmp=XMP, quality=90)
    assert CAMERA.encode() in buffer.getvalue() and PLACE.encode() in buffer.getvalue()

    result = kept(Attachment("sticker.webp", "image/webp", buffer.getvalue()))

    assert result.content_type == "image/webp"
    assert_no_metadata(result.data)


def test_an_animated_webp_keeps_its_frames() -> None:
    first, *rest = _frames(3)
    buffer = io.BytesIO()
    first.save(buffer, "WEBP", save_all=True, append_images=rest, duration=100, exif=phone_exif(1),
               lossless=True)
    result = kept(Attachment("sticker.webp", "image/webp", buffer.getvalue()))
    assert opened(result.data).n_frames == 3
    assert_no_metadata(result.data)


# --------------------------------------------------------------------------- uncleanable images


HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64


@pytest.mark.parametrize(("filename", "content_type", "data"), [
    ("IMG_0001.HEIC", "image/heic", HEIC),
    ("IMG_0001.HEIC", "application/octet-stream", HEIC),
    ("IMG_0001.jpg", "image/jpeg", HEIC),                           # iOS mislabels these
    (None, "application/octet-stream", HEIC),
    ("scan.tif", "image/tiff", b"II*\x00" + b"\x00" * 64),
    ("scan.tif", "application/octet-stream", b"MM\x00*" + b"\x00" * 64),
    ("old.bmp", "image/bmp", b"BM" + b"\x00" * 64),
    ("raw.dng", "application/octet-stream", b"\x00" * 64),
])
def test_image_formats_that_cannot_be_cleaned_are_withheld(
        filename: str | None, content_type: str, data: bytes) -> None:
    assert withheld(Attachment(filename, content_type, data)) == "uncleanable-image"


def test_a_real_tiff_is_withheld_even_though_pillow_could_read_it() -> None:
    buffer = io.BytesIO()
    two_colour().save(buffer, "TIFF", tiffinfo={ExifTags.Base.Artist: NAME})
    assert withheld(Attachment("scan.tiff", "image/tiff", buffer.getvalue())) == \
        "uncleanable-image"


@pytest.mark.parametrize(("filename", "content_type", "data"), [
    ("IMG_0001.MOV", "video/quicktime", b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  "),
    ("clip.bin", "application/octet-stream", b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isom"),
    (None, "video/mp4", b"\x00" * 32),
])
def test_videos_which_may_hold_the_recording_position_are_withheld(
        filename: str | None, content_type: str, data: bytes) -> None:
    assert withheld(Attachment(filename, content_type, data)) == "uncleanable-video"


def test_audio_that_cannot_be_read_to_clean_its_tags_is_withheld() -> None:
    memo = b"\x00\x00\x00\x1cftypM4A \x00\x00\x00\x00M4A mp42isom" + b"\x00" * 32
    assert withheld(Attachment("memo.m4a", "audio/mp4", memo)) == "uncleanable-audio"


# --------------------------------------------------------------------------- withheld outright

KEY = b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGVERA...\n-----END PGP PUBLIC KEY BLOCK-----\n"
SIG = b"-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCAAdFiEE...\n-----END PGP SIGNATURE-----\n"
VCARD = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{NAME}\r\nTEL:+32470000000\r\nEND:VCARD\r\n".encode()
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nORGANIZER:mailto:v@example.org\r\n"
DER = b"\x30\x82\x05\x00\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + b"\x00" * 40
CERT = b"-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n"


@pytest.mark.parametrize(("filename", "content_type", "data", "reason"), [
    ("publickey - vera@example.org - 0x1A2B3C4D.asc", "application/pgp-keys", KEY, "pgp-key"),
    ("publickey - vera@example.org - 0x1A2B3C4D.asc", "application/octet-stream", KEY,
     "pgp-key"),
    ("0x1A2B3C4D.asc", "text/plain", KEY, "pgp-key"),
    ("key.gpg", "application/octet-stream", b"\x99\x01\x0d\x04" + b"\x00" * 30, "pgp-key"),
    ("signature.asc", "application/pgp-signature", SIG, "pgp-signature"),
    ("signature.asc", "application/octet-stream", SIG, "pgp-signature"),
    ("Signature.ASC", "text/plain", b"iQIzBAEBCAAd", "pgp-signature"),
    ("message.sig", "application/octet-stream", b"\x89\x02\x33\x04", "pgp-signature"),
    (None, "application/pgp-encrypted", b"Version: 1\r\n", "pgp-encrypted"),
    ("secret.txt.gpg", "application/octet-stream", b"\x85\x02\x0c\x03" + b"\x00" * 30,
     "pgp-encrypted"),
    ("smime.p7s", "application/pkcs7-signature", DER, "smime-signature"),
    ("smime.p7s", "application/x-pkcs7-signature", DER, "smime-signature"),
    ("SMIME.P7S", "application/octet-stream", DER, "smime-signature"),
    ("smime.p7m", "application/pkcs7-mime", DER, "smime-message"),
    ("vera.cer", "application/x-x509-ca-cert", DER, "certificate"),
    ("vera.crt", "application/octet-stream", DER, "certificate"),
    ("vera.pem", "text/plain", CERT, "certificate"),
    ("notes.txt", "text/plain", CERT, "certificate"),
    ("Vera Verstraete.vcf", "text/vcard", VCARD, "vcard"),
    ("Vera Verstraete.vcf", "text/x-vcard", VCARD, "vcard"),
    (None, "text/directory", VCARD, "vcard"),
    ("Vera Verstraete.VCF", "application/octet-stream", VCARD, "vcard"),
    ("contact.txt", "text/plain", b"\xef\xbb\xbf" + VCARD, "vcard"),
    ("invite.ics", "text/calendar", ICS, "calendar"),
    (None, "application/ics", ICS, "calendar"),
    ("invite.ICS", "application/octet-stream", ICS, "calendar"),
    ("afspraak.txt", "text/plain", ICS, "calendar"),
    ("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22\x00\x00", "tnef"),
    ("winmail.dat", "application/octet-stream", b"\x78\x9f\x3e\x22\x00\x00", "tnef"),
    ("Fwd: hallo.eml", "message/rfc822", b"From: Vera <v@example.org>\r\n\r\nhi",
     "attached-message"),
    ("setup.exe", "application/octet-stream", b"MZ" + b"\x00" * 200, "executable"),
])
def test_files_that_name_their_sender_are_withheld_with_a_reason(
        filename: str | None, content_type: str, data: bytes, reason: str) -> None:
    code = withheld(Attachment(filename, content_type, data))
    assert code == reason
    assert code in ALL_REASONS


def test_a_reason_never_contains_the_filename() -> None:
    result = clean_attachments([
        Attachment("Vera Verstraete.vcf", "text/vcard", VCARD),
        Attachment("publickey - vera@example.org.asc", "application/pgp-keys", KEY),
    ])
    assert (result.kept, result.withheld) == ((), ("vcard", "pgp-key"))
    assert "vera" not in repr(result.outcomes).lower()


# --------------------------------------------------------------------------- office documents

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Default Extension="jpeg" ContentType="image/jpeg"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCUMENT = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>Ik weet niet aan wie ik het moet vertellen.</w:t></w:r></w:p>"
    b"</w:body></w:document>"
)
CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Brief</dc:title>"
    f"<dc:creator>{NAME}</dc:creator>"
    "<cp:lastModifiedBy>Vera V.</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T12:00:00Z</dcterms:created>'
    "</cp:coreProperties>"
).encode()
APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Microsoft Office Word</Application><Company>Basisschool De Linde</Company>"
    b"<Manager>Meester Jan</Manager><Pages>1</Pages></Properties>"
)


def make_zip(members: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content, compression in members:
            archive.writestr(zipfile.ZipInfo(name, (2024, 5, 1, 14, 35, 22)), content,
                             compress_type=compression)
    return buffer.getvalue()


def docx(photo: bytes | None = None) -> bytes:
    members = [
        ("[Content_Types].xml", CONTENT_TYPES, zipfile.ZIP_DEFLATED),
        ("word/document.xml", DOCUMENT, zipfile.ZIP_DEFLATED),
        ("docProps/core.xml", CORE, zipfile.ZIP_DEFLATED),
        ("docProps/app.xml", APP, zipfile.ZIP_STORED),
    ]
    if photo is not None:
        members.append(("word/media/image1.jpeg", photo, zipfile.ZIP_STORED))
    return make_zip(members)


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {info.filename: archive.read(info) for info in archive.infolist()}


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_the_author_of_a_word_document_is_removed_and_its_text_kept() -> None:
    original = docx()
    result = kept(Attachment("brief.docx", DOCX_TYPE, original))

    after = members(result.data)
    assert list(after) == list(members(original))
    assert after["word/document.xml"] == DOCUMENT
    assert after["[Content_Types].xml"] == CONTENT_TYPES
    for content in after.values():
        for secret in (NAME, "Vera V.", "Basisschool De Linde", "Meester Jan"):
            assert secret.encode() not in content
    core = ET.fromstring(after["docProps/core.xml"])
    ns = {"dc": "http://purl.org/dc/elements/1.1/",
          "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
    assert core.find("dc:title", ns) is None             # titles name people too
    assert core.find("dc:creator", ns) is None
    assert core.find("cp:lastModifiedBy", ns) is None
    ET.fromstring(after["docProps/app.xml"])


def test_a_rewritten_document_keeps_each_members_compression() -> None:
    result = kept(Attachment("brief.docx", DOCX_TYPE, docx()))
    with zipfile.ZipFile(io.BytesIO(result.data)) as archive:
        kinds = {info.filename: info.compress_type for info in archive.infolist()}
    assert kinds["docProps/app.xml"] == zipfile.ZIP_STORED
    assert kinds["word/document.xml"] == zipfile.ZIP_DEFLATED


def test_a_document_mislabelled_as_a_generic_file_is_cleaned_too() -> None:
    result = kept(Attachment("brief", "application/octet-stream", docx()))
    assert NAME.encode() not in members(result.data)["docProps/core.xml"]


def test_a_photo_inside_a_document_loses_its_position_but_keeps_its_layout() -> None:
    photo = phone_photo()
    result = kept(Attachment("verslag.docx", DOCX_TYPE, docx(photo)))

    picture = members(result.data)["word/media/image1.jpeg"]
    for secret in (NAME, CAMERA, PLACE, COMMENT, WHEN):
        assert secret.encode() not in picture
    im = opened(picture)
    assert im.size == (40, 20)                                  # pixels not turned ...
    exif = im.getexif()
    assert dict(exif) == {ExifTags.Base.Orientation: 6}        # ... the tag says how to show them
    assert not exif.get_ifd(GPS_IFD)


def test_the_author_of_an_opendocument_is_removed() -> None:
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
        f"<meta:initial-creator>{NAME}</meta:initial-creator><dc:creator>{NAME}</dc:creator>"
        f"<meta:printed-by>{NAME}</meta:printed-by><meta:generator>LibreOffice</meta:generator>"
        "</office:meta></office:document-meta>"
    ).encode()
    content = b'<?xml version="1.0"?><office:document-content>Hallo</office:document-content>'
    original = make_zip([
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("content.xml", content, zipfile.ZIP_DEFLATED),
        ("meta.xml", meta, zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", b"<manifest/>", zipfile.ZIP_DEFLATED),
    ])

    result = kept(Attachment("brief.odt", "application/vnd.oasis.opendocument.text", original))

    after = members(result.data)
    assert NAME.encode() not in after["meta.xml"]
    ET.fromstring(after["meta.xml"])
    assert after["content.xml"] == content
    with zipfile.ZipFile(io.BytesIO(result.data)) as archive:
        first = archive.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert result.data[30:38] == b"mimetype"         # still readable by magic-number sniffers


def test_a_broken_office_document_is_withheld() -> None:
    broken = docx()[:200]
    assert withheld(Attachment("brief.docx", DOCX_TYPE, broken)) == "uncleanable-document"


def test_an_old_binary_word_document_is_withheld_whatever_it_is_called() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    assert withheld(Attachment("brief.doc", "application/msword", ole)) == "binary-office"
    assert withheld(Attachment("brief.docx", DOCX_TYPE, ole)) == "binary-office"


def test_an_ordinary_zip_archive_is_withheld_because_its_members_cannot_be_seen_into() -> None:
    archive = make_zip([("readme.txt", b"hallo", zipfile.ZIP_DEFLATED)])
    assert withheld(Attachment("files.zip", "application/zip", archive)) == "archive"


# --------------------------------------------------------------------------- passed on as is

def test_a_voice_recording_keeps_its_sound_and_loses_its_id3_tags() -> None:
    sound = b"".join([b"\xff\xfb\x90\x64" + bytes(range(200)) * 2 + b"\x00" * 13] * 10)
    song = b"ID3\x04\x00\x00\x00\x00\x00\x00" + sound
    result = clean_attachment(Attachment("song.mp3", "audio/mpeg", song))
    assert not isinstance(result, str) and result.data == sound


@pytest.mark.parametrize(("filename", "content_type", "data"), [
    ("notes.txt", "text/plain", b"Ik ben 15 en ik weet het niet.\r\n"),
    ("page.html", "text/html", b"<p>The wide world</p>"),
])
def test_text_files_are_withheld_when_there_is_nothing_to_clean_them_with(
        filename: str, content_type: str, data: bytes) -> None:
    assert withheld(Attachment(filename, content_type, data)) == "uncleaned-text"
    assert kept(Attachment(filename, "application/octet-stream", data), IDENTITY).data == data


def test_text_files_go_through_the_text_cleaners() -> None:
    cleaners = TextCleaners(text=lambda text: text.replace("Vera", "X"),
                            html=lambda markup: markup.replace("<script>", ""))
    text = kept(Attachment("a.txt", "text/plain", b"Dag Vera"), cleaners)
    assert text.data == b"Dag X"
    page = kept(Attachment("a.html", "text/html", b"<html><script>x"), cleaners)
    assert b"<script>" not in page.data


def test_an_inline_image_keeps_its_content_id() -> None:
    att = Attachment(None, "image/jpeg", phone_photo(), content_id="<part1@x>", inline=True)
    result = kept(att)
    assert (result.filename, result.content_id, result.inline) == (None, "<part1@x>", True)


def test_clean_attachments_keeps_order_and_counts_what_was_withheld() -> None:
    text = Attachment("a.txt", "text/plain", b"a")
    result = clean_attachments([
        text,
        Attachment("x.vcf", "text/vcard", VCARD),
        Attachment("b.jpg", "image/jpeg", b"\xff\xd8\xff"),
        Attachment("c.ics", "text/calendar", ICS),
    ], IDENTITY)
    assert result.kept == (text,)
    assert [o.action for o in result.outcomes] == ["kept", "withheld", "withheld", "withheld"]
    assert result.withheld == ("vcard", "unreadable-image", "calendar")


def test_the_filename_of_a_kept_attachment_is_sanitised() -> None:
    result = kept(Attachment("C:\\Users\\vera\\Desktop\\brief.txt", "text/plain", b"x"),
                  IDENTITY)
    assert result.filename == "brief.txt"


# --------------------------------------------------------------------------- filenames


@pytest.mark.parametrize(("name", "content_type", "index", "expected"), [
    ("photo.jpg", "image/jpeg", 1, "photo.jpg"),
    ("/home/vera/Documents/brief.pdf", "application/pdf", 1, "brief.pdf"),
    ("C:\\Users\\Vera\\brief.pdf", "application/pdf", 1, "brief.pdf"),
    ("../../etc/passwd", "text/plain", 1, "passwd"),
    ("bad\x00name\r\n.txt", "text/plain", 1, "badname.txt"),
    ("photo\u202egpj.exe", "application/octet-stream", 1, "photogpj.exe"),
    ('what?<>:"|*.txt', "text/plain", 1, "what_______.txt"),
    ("CON.txt", "text/plain", 1, "_CON.txt"),
    (None, "image/jpeg", 3, "attachment-3.jpg"),
    ("", "application/pdf", 1, "attachment-1.pdf"),
    ("  ..  ", "text/plain", 2, "attachment-2.txt"),
    ("/dir/", "application/x-unknown", 4, "attachment-4.bin"),
    (None, "IMAGE/PNG; name=x", 5, "attachment-5.png"),
])
def test_safe_filename(name: str | None, content_type: str, index: int, expected: str) -> None:
    assert safe_filename(name, content_type, index) == expected


def test_a_long_filename_is_shortened_but_keeps_its_extension() -> None:
    name = safe_filename("x" * 300 + ".docx", DOCX_TYPE, 1)
    assert len(name) == 100 and name.endswith(".docx")
    assert len(safe_filename("y" * 300, "text/plain", 1)) == 100


@given(st.one_of(st.none(), st.text()), st.text(max_size=40), st.integers(0, 10_000))
def test_safe_filename_never_raises_and_stays_a_plain_name(
        name: str | None, content_type: str, index: int) -> None:
    result = safe_filename(name, content_type, index)
    assert result and len(result) <= 100
    assert "/" not in result and "\\" not in result
    assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in result)
    assert result not in (".", "..")


# --------------------------------------------------------------------------- never raises

TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/zip",
         DOCX_TYPE, "application/vnd.oasis.opendocument.text", "application/octet-stream",
         "text/plain", "application/pdf", "", "NOT A TYPE"]
NAMES = [None, "", "a.jpg", "a.png", "a.docx", "a.odt", "a.zip", "a.asc", "a.gpg", "a.bin"]


def _assert_sound(result: Attachment | str) -> None:
    assert result != UNPROCESSABLE, "an unexpected exception was swallowed"
    assert isinstance(result, Attachment) or result in ALL_REASONS


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from(TYPES), st.sampled_from(NAMES))
def test_random_bytes_never_raise(data: bytes, content_type: str, filename: str | None) -> None:
    _assert_sound(clean_attachment(Attachment(filename, content_type, data)))


def _seeds() -> list[bytes]:
    gif = io.BytesIO()
    first, *rest = _frames(2)
    first.save(gif, "GIF", save_all=True, append_images=rest, comment=COMMENT)
    webp = io.BytesIO()
    two_colour().save(webp, "WEBP", exif=phone_exif(6))
    png = io.BytesIO()
    two_colour().save(png, "PNG", pnginfo=_author_info(), exif=phone_exif(6))
    return [phone_photo(), png.getvalue(), gif.getvalue(), webp.getvalue(), docx(phone_photo())]


SEEDS = _seeds()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(len(SEEDS))), st.sampled_from(TYPES),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
       st.integers(0, 10**6))
def test_damaged_images_and_documents_never_raise_or_leak(
        seed: int, content_type: str, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(SEEDS[seed])
    for position, value in flips:
        data[position % len(data)] = value
    damaged = bytes(data[:max(8, cut % (len(data) + 1))])
    result = clean_attachment(Attachment("x", content_type, damaged))
    _assert_sound(result)
    if isinstance(result, Attachment) and result.content_type.startswith("image/"):
        assert NAME.encode() not in result.data and CAMERA.encode() not in result.data
