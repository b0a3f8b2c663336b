"""Benchmark: the cost of cleaning an attachment, per format, and its peak memory.

    .venv/bin/python -m tests.benchmarks.attachments [--mb 10] [--runs 3]

For each format a sample of about --mb megabytes is built from the committed fixtures
(tests/fixtures/attachments/) grown to size the way real files grow: a photo with more
pixels, a PDF and a Word document with a large photo inside, a spreadsheet with many rows,
text with many lines. Each is cleaned through the relay's own path
(mailhandler.core.relay._cleaned_attachments, text cleaners included) and the script
prints seconds per MB (best of --runs), the peak of Python allocations (tracemalloc) and
the growth of the process's resident set (which also counts what Pillow, qpdf and zlib
allocate in C, where tracemalloc does not look), both as multiples of the input size.

It prints figures; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import random
import resource
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pikepdf
from PIL import Image

from mailhandler.core.attachments import Attachment
from mailhandler.core.relay import Replacement, _cleaned_attachments
from mailhandler.core.scrub import Identity

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "attachments"
WHO = Replacement(Identity(("sam.janssens@thuis.example",), ("Sam Janssens",)),
                  "k7q2mx@lumi.example", "K7Q2MX")
MB = 1024 * 1024


def noisy_jpeg(size: int) -> bytes:
    """A photo of about `size` bytes: noise compresses like a real photo's detail."""
    side = int((size / 0.9) ** 0.5 / 0.92)
    im = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85, exif=Image.Exif())
    return out.getvalue()


def noisy_png(size: int) -> bytes:
    side = int((size / 3) ** 0.5)
    im = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def pdf_with_photo(size: int) -> bytes:
    with pikepdf.open(CORPUS / "seeker-Sam_Janssens_folder.pdf") as pdf:
        photo = noisy_jpeg(size)
        with Image.open(io.BytesIO(photo)) as im:
            width, height = im.size
        image = pikepdf.Stream(pdf, photo, Type=pikepdf.Name.XObject,
                               Subtype=pikepdf.Name.Image, Width=width, Height=height,
                               ColorSpace=pikepdf.Name.DeviceRGB, BitsPerComponent=8,
                               Filter=pikepdf.Name.DCTDecode)
        page = pdf.pages[0]
        if "/XObject" not in page.Resources:
            page.Resources.XObject = pikepdf.Dictionary()
        page.Resources.XObject["/Im9"] = image
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def zip_with(fixture: str, member: str, content: bytes, compress: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(CORPUS / fixture) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr(member, content, compress_type=compress)
    return out.getvalue()


def docx_with_photo(size: int) -> bytes:
    return zip_with("seeker-Sam_Janssens_CV.docx", "word/media/image9.jpeg", noisy_jpeg(size),
                    zipfile.ZIP_STORED)


def xlsx_with_rows(size: int) -> bytes:
    rng = random.Random(1)
    rows: list[str] = []
    total = 0
    while total < size * 6:                    # XML compresses about 6:1 here
        n = len(rows) + 1
        rows.append(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{rng.random()}</t></is>'
                    f'</c><c r="B{n}"><v>{rng.randint(0, 10**9)}</v></c></row>')
        total += len(rows[-1])
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(rows) +
             "</sheetData></worksheet>").encode()
    return zip_with("seeker-Sam_Janssens_planning.xlsx", "xl/worksheets/sheet9.xml", sheet,
                    zipfile.ZIP_DEFLATED)


def odt_with_photo(size: int) -> bytes:
    return zip_with("seeker-Sam_Janssens_verslag.odt", "Pictures/big.jpg", noisy_jpeg(size),
                    zipfile.ZIP_STORED)


def text(size: int) -> bytes:
    rng = random.Random(2)
    words = ["ik", "weet", "niet", "wat", "ik", "moet", "doen", "school", "thuis", "vandaag"]
    lines: list[str] = []
    total = 0
    while total < size:
        lines.append(" ".join(rng.choice(words) for _ in range(12)) + "\n")
        total += len(lines[-1])
    return "".join(lines).encode()


def html(size: int) -> bytes:
    return b"<html><body>" + text(size).replace(b"\n", b"<br>\n") + b"</body></html>"


FORMATS: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "jpeg": ("image/jpeg", noisy_jpeg),
    "png": ("image/png", noisy_png),
    "pdf": ("application/pdf", pdf_with_photo),
    "docx": ("application/octet-stream", docx_with_photo),
    "odt": ("application/octet-stream", odt_with_photo),
    "xlsx": ("application/octet-stream", xlsx_with_rows),
    "txt": ("text/plain", text),
    "html": ("text/html", html),
}


def rss() -> int:
    """Resident set now, from /proc (ru_maxrss is a high-water mark, useless per format)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def measure(content_type: str, data: bytes, runs: int) -> tuple[float, int, int, str]:
    att = Attachment("x", content_type, data)
    best = float("inf")
    outcome = ""
    for _ in range(runs):
        start = time.perf_counter()
        cleaned = _cleaned_attachments([att], WHO)
        best = min(best, time.perf_counter() - start)
        outcome = cleaned.outcomes[0].action
    gc.collect()
    before = rss()
    tracemalloc.start()
    _cleaned_attachments([att], WHO)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    grown = rss() - before
    return best, peak, grown, outcome


def main() -> None:
    """Text formats are measured at 400 KB: the relay withholds text files over
    MAX_TEXT_CHARS (500,000 characters) rather than clean them for seconds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    size = int(args.mb * MB)
    print(f"{'format':8} {'size MB':>8} {'s/MB':>8} {'py peak':>9} {'RSS grew':>9}  outcome")
    for name, (content_type, make) in FORMATS.items():
        data = make(min(size, 400 * 1024) if name in ("txt", "html") else size)
        seconds, peak, grown, outcome = measure(content_type, data, args.runs)
        megabytes = len(data) / MB
        print(f"{name:8} {megabytes:8.1f} {seconds / megabytes:8.3f} "
              f"{peak / len(data):8.1f}x {max(grown, 0) / len(data):8.1f}x  {outcome}")


if __name__ == "__main__":
    main()
