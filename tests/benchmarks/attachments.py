"""Benchmark: the cost of cleaning an attachment, per format, and its peak memory.

    .venv/bin/python -m tests.benchmarks.attachments [--mb 10] [--runs 3]

For each format a sample of about --mb megabytes is built from the committed fixtures
(tests/fixtures/attachments/) grown to size the way real files grow: a photo with more
pixels, a PDF and a Word document with a large photo inside, a spreadsheet with many rows,
text with many lines. Each is cleaned through the relay's own path
(mailhandler.core.relay._cleaned_attachments, text cleaners included) and the script
prints seconds per MB (best of --runs), the peak of Python allocations (tracemalloc) and
the peak of the process's resident set above what it held just before cleaning (VmHWM
from /proc/self/status, reset through /proc/self/clear_refs; it also counts what Pillow,
qpdf and zlib allocate in C, where tracemalloc does not look), both as multiples of the
input size. Each format runs in a fresh child process.

It prints figures; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import random
import subprocess
import sys
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


def _status(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in bytes."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Set the resident high-water mark back to the current resident set (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def measure_in_child(name: str, size: int, runs: int) -> dict[str, float | str]:
    """Run in a fresh process: warm up on a small sample of the format (imports, codec
    tables), then clean the full sample once for the native peak (VmHWM, reset just
    before, minus the resident set at that moment), once under tracemalloc, and --runs
    times for the time."""
    content_type, make = FORMATS[name]
    _cleaned_attachments([Attachment("x", content_type, make(64 * 1024))], WHO)
    data = make(size)
    att = Attachment("x", content_type, data)
    gc.collect()
    exact = _reset_peak()
    baseline = _status("VmRSS") if exact else _status("VmHWM")
    cleaned = _cleaned_attachments([att], WHO)
    native_peak = _status("VmHWM") - baseline
    outcome = cleaned.outcomes[0].action
    del cleaned
    gc.collect()
    tracemalloc.start()
    _cleaned_attachments([att], WHO)
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        _cleaned_attachments([att], WHO)
        best = min(best, time.perf_counter() - start)
    return {"size": len(data), "seconds": best, "python_peak": python_peak,
            "native_peak": native_peak, "outcome": outcome,
            "peak_reset": "yes" if exact else "no"}


def main() -> None:
    """Text formats are measured at 400 KB: the relay withholds text files over
    MAX_TEXT_CHARS (500,000 characters) rather than clean them for seconds. Each format
    is measured in its own process, so that memory one format freed cannot hide the peak
    of the next."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    size = int(args.mb * MB)
    if args.child:
        sample = min(size, 400 * 1024) if args.child in ("txt", "html") else size
        print(json.dumps(measure_in_child(args.child, sample, args.runs)))
        return
    print(f"{'format':8} {'size MB':>8} {'s/MB':>8} {'py peak':>9} {'RSS peak':>9}  outcome")
    for name in FORMATS:
        done = subprocess.run([sys.executable, "-m", "tests.benchmarks.attachments",
                               "--mb", str(args.mb), "--runs", str(args.runs),
                               "--child", name], capture_output=True, text=True, check=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        length = float(figures["size"])
        megabytes = length / MB
        note = "" if figures["peak_reset"] == "yes" else " (RSS peak since start)"
        print(f"{name:8} {megabytes:8.1f} {float(figures['seconds']) / megabytes:8.3f} "
              f"{float(figures['python_peak']) / length:8.1f}x "
              f"{max(float(figures['native_peak']), 0) / length:8.1f}x  "
              f"{figures['outcome']}{note}")


if __name__ == "__main__":
    main()
