"""JPEG and PNG metadata removed without decoding the pixels (mailhandler.core.lossless).

The pixels must come out bit for bit the same, no identity may survive in any byte, and
whatever the walk does not understand must take the decoding path or be withheld: never
passed on raw.
"""

from __future__ import annotations

import io
import os
import struct
import zlib

import pytest
from PIL import ExifTags, Image, ImageCms, features

from mailhandler.core import attachments, lossless
from mailhandler.core.attachments import Attachment, clean_attachment
from tests.test_attachments import (
    CAMERA,
    COMMENT,
    DOCX_TYPE,
    NAME,
    PLACE,
    WHEN,
    assert_no_metadata,
    docx,
    members,
    phone_photo,
    png_chunk,
    png_chunks,
    two_colour,
)

SECRETS = (NAME, CAMERA, PLACE, COMMENT, WHEN, "Fairphone")


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGB").tobytes()


def scan_data(jpeg: bytes) -> bytes:
    """The entropy-coded data and what follows the first scan header: equal only when the
    pixels were copied, not re-encoded."""
    start = jpeg.index(b"\xff\xda")
    return jpeg[start:jpeg.rindex(b"\xff\xd9")]


def assert_no_secret(data: bytes, *secrets: str) -> None:
    for secret in secrets or SECRETS:
        assert secret.encode() not in data, secret
        assert secret.encode("utf-16-be") not in data, secret


def personal_profile() -> bytes:
    """An sRGB profile whose description names a person, as a calibration tool run by that
    person writes it: a new 'mluc' description appended and the tag table pointed at it."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    text = f"Scherm van {NAME}".encode("utf-16-be")
    mluc = b"mluc" + bytes(4) + struct.pack(">II2s2sII", 1, 12, b"nl", b"BE", len(text), 28)
    mluc += text + bytes(-len(text) % 4)
    offset = len(profile)
    for index in range(int.from_bytes(profile[128:132], "big")):
        place = 132 + 12 * index
        if profile[place:place + 4] == b"desc":
            struct.pack_into(">II", profile, place + 4, offset, len(mluc))
    profile += mluc
    profile[:4] = len(profile).to_bytes(4, "big")
    profile[84:100] = bytes(16)                       # the ID no longer matches: not computed
    described = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(profile)))
    assert NAME in described
    return bytes(profile)


def upright_photo(icc: bytes | None = None) -> bytes:
    """phone_photo, but held level: orientation 1, so it can be cleaned without decoding."""
    from tests.test_attachments import iptc_segment, phone_exif, xmp_segment
    buffer = io.BytesIO()
    params: dict[str, object] = {"exif": phone_exif(1), "comment": COMMENT.encode()}
    if icc:
        params["icc_profile"] = icc
    two_colour().save(buffer, "JPEG", quality=95, **params)
    data = buffer.getvalue()
    return data[:2] + xmp_segment() + iptc_segment(NAME) + data[2:]


def cleaned(att: Attachment) -> Attachment:
    result = clean_attachment(att)
    assert isinstance(result, Attachment), f"withheld: {result}"
    return result


def test_an_upright_photo_loses_its_metadata_but_keeps_its_pixels_bit_for_bit() -> None:
    photo = upright_photo()
    result = cleaned(Attachment("foto.jpg", "image/jpeg", photo))

    assert_no_metadata(result.data)
    assert_no_secret(result.data)
    assert scan_data(result.data) == scan_data(photo)           # copied, not re-encoded
    assert pixels(result.data) == pixels(photo)


@pytest.mark.skipif(not features.check("littlecms2"), reason="Pillow built without littlecms")
def test_a_colour_profile_keeps_its_colours_but_loses_the_name_in_its_text() -> None:
    profile = personal_profile()
    photo = upright_photo(icc=profile)
    result = cleaned(Attachment("foto.jpg", "image/jpeg", photo))

    assert_no_secret(result.data)
    assert scan_data(result.data) == scan_data(photo)
    with Image.open(io.BytesIO(result.data)) as im:
        kept_profile = im.info["icc_profile"]
        assert len(kept_profile) == len(profile)                 # blanked in place
        opened = ImageCms.ImageCmsProfile(io.BytesIO(kept_profile))
        assert NAME not in ImageCms.getProfileDescription(opened)
        im.load()
        srgb = ImageCms.createProfile("sRGB")
        before = ImageCms.profileToProfile(im, ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                           srgb)
        after = ImageCms.profileToProfile(im, opened, srgb)
        assert before is not None and after is not None
        assert before.tobytes() == after.tobytes()


def test_a_sideways_picture_in_a_document_keeps_only_its_orientation_and_its_pixels() -> None:
    photo = phone_photo()                                        # orientation 6
    result = cleaned(Attachment("verslag.docx", DOCX_TYPE, docx(photo)))

    picture = members(result.data)["word/media/image1.jpeg"]
    assert_no_secret(picture)
    assert scan_data(picture) == scan_data(photo)                # not decoded, not turned
    with Image.open(io.BytesIO(picture)) as im:
        assert im.size == (40, 20)
        assert dict(im.getexif()) == {ExifTags.Base.Orientation: 6}
    assert pixels(picture) == pixels(photo)


def test_the_orientation_exif_written_holds_one_tag_and_nothing_else() -> None:
    segment = lossless.orientation_exif(8)
    exif = Image.Exif()
    exif.load(segment[4:])
    assert dict(exif) == {ExifTags.Base.Orientation: 8}
    assert len(segment) < 40


def test_a_sideways_photo_on_its_own_is_still_turned_upright() -> None:
    result = cleaned(Attachment("foto.jpg", "image/jpeg", phone_photo()))
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.size == (20, 40)
    assert_no_metadata(result.data)


def test_a_big_sideways_photo_on_its_own_keeps_only_its_orientation_and_is_not_decoded() -> None:
    """A phone's portrait photo of several MB: decoding it to turn it would cost some twenty
    times its size, so it keeps a one-tag EXIF holding its orientation instead."""
    from tests.test_attachments import iptc_segment, phone_exif, xmp_segment

    noise = Image.frombytes("RGB", (1800, 1200), os.urandom(1800 * 1200 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=95, exif=phone_exif(6), comment=COMMENT.encode())
    photo = buffer.getvalue()
    photo = photo[:2] + xmp_segment() + iptc_segment(NAME) + photo[2:]
    assert len(photo) > attachments.TURN_UPRIGHT_BELOW_BYTES

    result = cleaned(Attachment("foto.jpg", "image/jpeg", photo))
    assert_no_secret(result.data)
    assert scan_data(result.data) == scan_data(photo)           # not decoded, not turned
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.size == (1800, 1200)
        assert dict(im.getexif()) == {ExifTags.Base.Orientation: 6}


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_a_truncated_jpeg_is_never_passed_on_raw(cut: float) -> None:
    photo = upright_photo()
    truncated = photo[:int(len(photo) * cut)]
    assert lossless.strip_jpeg(truncated) is None
    result = clean_attachment(Attachment("foto.jpg", "image/jpeg", truncated))
    if isinstance(result, Attachment):                           # re-encoded by the slow path
        assert result.data != truncated
        assert_no_metadata(result.data)
        assert_no_secret(result.data)


def test_what_follows_the_end_of_a_jpeg_is_cut_off() -> None:
    photo = upright_photo() + b"\xff\xd8\xff\xfe" + NAME.encode() + b"\xff\xd9"   # an MPO tail
    result = cleaned(Attachment("foto.jpg", "image/jpeg", photo))
    assert_no_secret(result.data)
    assert result.data.endswith(b"\xff\xd9")


def test_a_jpeg_with_a_marker_the_walk_does_not_know_takes_the_decoding_path() -> None:
    photo = upright_photo()
    odd = photo[:2] + b"\xff\xf3\x00\x06" + NAME.encode()[:4] + photo[2:]     # JPG3
    assert lossless.strip_jpeg(odd) is None
    result = clean_attachment(Attachment("foto.jpg", "image/jpeg", odd))
    if isinstance(result, Attachment):
        assert_no_metadata(result.data)
        assert_no_secret(result.data)


def png_with_text() -> bytes:
    buffer = io.BytesIO()
    two_colour().save(buffer, "PNG")
    data = buffer.getvalue()
    text = png_chunk(b"tEXt", b"Author\x00" + NAME.encode())
    itxt = png_chunk(b"iTXt", b"Location\x00\x00\x00\x00\x00" + PLACE.encode())
    return data[:33] + text + itxt + data[33:]


def test_a_png_loses_its_text_chunks_but_keeps_its_pixel_chunks_bit_for_bit() -> None:
    image = png_with_text()
    result = cleaned(Attachment("scherm.png", "image/png", image))
    assert_no_secret(result.data)
    assert png_chunks(result.data) == [b"IHDR", b"IDAT", b"IEND"]
    assert pixels(result.data) == pixels(image)
    idat = image.index(b"IDAT") - 4
    assert image[idat:] in result.data                            # compressed pixels copied


@pytest.mark.skipif(not features.check("littlecms2"), reason="Pillow built without littlecms")
def test_a_png_colour_profile_is_kept_under_a_neutral_name_without_its_text() -> None:
    buffer = io.BytesIO()
    two_colour().save(buffer, "PNG", icc_profile=personal_profile())
    data = buffer.getvalue()
    result = cleaned(Attachment("scherm.png", "image/png", data))
    assert_no_secret(result.data)
    with Image.open(io.BytesIO(result.data)) as im:
        profile = im.info["icc_profile"]
        assert NAME.encode("utf-16-be") not in profile and NAME.encode() not in profile
        ImageCms.ImageCmsProfile(io.BytesIO(profile))            # still a valid profile
    assert pixels(result.data) == pixels(data)


def test_a_png_with_a_bad_crc_is_never_passed_on_raw() -> None:
    image = bytearray(png_with_text())
    crc_of_text = image.index(b"tEXt") + 4 + len(b"Author\x00" + NAME.encode())
    image[crc_of_text] ^= 0xFF
    broken = bytes(image)
    assert lossless.strip_png(broken) is None
    result = clean_attachment(Attachment("scherm.png", "image/png", broken))
    if isinstance(result, Attachment):
        assert result.data != broken
        assert_no_secret(result.data)


def test_a_png_with_an_unknown_critical_chunk_is_not_walked() -> None:
    buffer = io.BytesIO()
    two_colour().save(buffer, "PNG")
    data = buffer.getvalue()
    odd = data[:33] + png_chunk(b"ABCD", NAME.encode()) + data[33:]
    assert lossless.strip_png(odd) is None


def test_a_profile_with_a_tag_of_an_unknown_type_is_not_kept() -> None:
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    count = int.from_bytes(profile[128:132], "big")
    assert count
    for index in range(count):
        signature, offset, _ = struct.unpack_from(">4sII", profile, 132 + 12 * index)
        if signature == b"wtpt":                      # a colour tag, not one blanked by name
            profile[offset:offset + 4] = b"zzzz"
    assert lossless.blank_icc_text(bytes(profile)) is None


def test_a_png_colour_profile_that_inflates_past_the_bound_is_not_walked() -> None:
    buffer = io.BytesIO()
    two_colour().save(buffer, "PNG")
    data = buffer.getvalue()
    bomb = b"ICC\x00\x00" + zlib.compress(bytes(lossless.MAX_ICC + 10))
    odd = data[:33] + png_chunk(b"iCCP", bomb) + data[33:]
    assert lossless.strip_png(odd) is None
