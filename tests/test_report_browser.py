"""The HTML report in a real browser: Debian's headless Chromium (installed by .ci/run).

The page loads without errors or blocked requests, has one bar per theme, fetches
nothing, and fits a phone's width without scrolling sideways.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from mailhandler.cli import main
from tests.conftest import require_server
from tests.test_report import SEEDED, THEMES, YEAR, Page, config_for, seed

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow

BAR = (0x5B, 0x3A, 0x8C)  # rect.bar's fill in templates/report.html.j2


@pytest.fixture
def chromium() -> str:
    path = shutil.which("chromium")
    require_server("Chromium", path is not None, "apt-get install chromium")
    assert path is not None
    return path


def browse(chromium: str, tmp_path: Path, page: Path, *args: str,
           width: int = 1280, height: int = 1800) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-extensions", "--hide-scrollbars",
         "--enable-logging=stderr", "--v=0",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", f"--window-size={width},{height}",
         *args, page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )


def page_problems(stderr: str) -> list[str]:
    """What the page itself got wrong: script errors, console errors, refused or failed loads.
    (Chromium's own complaints about D-Bus and the like are not about the page.)"""
    return [line for line in stderr.splitlines()
            if re.search(r"CONSOLE|Uncaught|Refused to|Content Security Policy|ERR_[A-Z_]+|"
                         r"Failed to load|net::", line)]


@pytest.fixture
def html_report(tmp_path: Path) -> Path:
    config = config_for(tmp_path)
    seed(config, SEEDED)
    out = tmp_path / "jaarverslag.html"
    assert main(["--config", str(config), "report", "--year", str(YEAR), "--format", "html",
                 "--output", str(out)]) == 0
    return out


def test_the_html_report_loads_cleanly_with_one_bar_per_theme(chromium: str, tmp_path: Path,
                                                              html_report: Path) -> None:
    shot = tmp_path / "report.png"
    result = browse(chromium, tmp_path, html_report, f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert page_problems(result.stderr) == []
    with Image.open(shot) as image:
        assert image.size == (1280, 1800)
        pixels = image.convert("RGB")
        colours = pixels.getcolors(maxcolors=1 << 20) or []
    bar_pixels = sum(n for n, rgb in colours if rgb == BAR)
    assert bar_pixels > 5000, "no bars drawn"
    assert len(colours) > 10, "a blank page"

    dom = browse(chromium, tmp_path, html_report, "--dump-dom")
    assert dom.returncode == 0 and page_problems(dom.stderr) == []
    page = Page.of(dom.stdout)
    themes = page.bars("theme")
    assert sorted(themes) == sorted(THEMES)
    assert len([a for t, a in page.tags if t == "rect" and "data-theme" in a]) == len(THEMES)
    assert len(page.bars("month")) == 12
    for _tag, attrs in page.tags:
        for name in ("src", "href", "srcset"):
            assert not re.match(r"(?i)\s*(https?:)?//", attrs.get(name) or ""), attrs
    assert "<script" not in dom.stdout


@pytest.mark.parametrize("width", [320, 360, 414, 768])
def test_the_html_report_fits_a_phone_without_sideways_scrolling(
        chromium: str, tmp_path: Path, html_report: Path, width: int) -> None:
    # Headless Chromium will not make its window narrower than 500 pixels, so the report
    # goes into a frame as wide as a phone; a few lines in the frame's parent (the report
    # has no script, and its CSP forbids one) write the report's widths into the DOM.
    probe = tmp_path / "probe.html"
    probe.write_text(
        f'<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe id="report" style="border:0" width="{width}" height="900" '
        f'srcdoc="{escape(html_report.read_text(encoding="utf-8"), quote=True)}"></iframe>'
        "<script>window.addEventListener('load', () => {"
        " const root = document.getElementById('report').contentDocument.documentElement;"
        " document.body.dataset.widths = root.scrollWidth + ' ' + root.clientWidth; });"
        "</script></body></html>", encoding="utf-8")
    result = browse(chromium, tmp_path, probe, "--dump-dom", "--virtual-time-budget=2000",
                    width=1024, height=1000)
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'data-widths="(\d+) (\d+)"', result.stdout)
    assert found, "the probe did not run"
    scroll_width, client_width = int(found.group(1)), int(found.group(2))
    assert client_width == width
    assert scroll_width <= client_width, "the report is wider than the phone"
