import html
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.render import displacy_data, highlighted_text, highlights, render_html
from tests.conftest import SEED_TEXT


def test_every_extraction_becomes_a_labelled_highlight():
    text = "Türkiye ile İtalya görüştü."
    found = highlights(pipeline.extract(text))
    assert [(text[h.start : h.end], h.label) for h in found] == [("Türkiye", "COUNTRY"), ("İtalya", "COUNTRY")]


def test_highlighting_keeps_the_text_unchanged():
    text = "Türkiye'nin  İtalya ile\nilişkileri."
    marked = highlighted_text(text, pipeline.extract(text))
    assert html.unescape(re.sub(r'<span class="trn-label">\w+</span>|<[^>]+>', "", marked)) == text


def test_page_is_standalone_and_escapes_the_text():
    text = "Türkiye <script>alert(1)</script> açıklama yaptı."
    page = render_html([(text, pipeline.extract(text, id="a<b"))])
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "http://" not in page and "https://" not in page  # nothing to fetch


def test_render_command_writes_a_page_with_the_seed_entities(tmp_path):
    page = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["render", str(SEED_TEXT), "-o", str(page)])
    assert result.exit_code == 0, result.output
    content = page.read_text(encoding="utf-8")
    assert "Arnavutluk" in content and "COUNTRY" in content


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (installed by .ci/run)")
def test_page_loads_in_a_headless_browser_and_shows_the_seed_entities(tmp_path):
    page = tmp_path / "page.html"
    CliRunner().invoke(app, ["render", str(SEED_TEXT), "-o", str(page)])
    result = subprocess.run(
        [CHROMIUM, *HEADLESS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    for shown in ("İtalya", "Sırbistan", "COUNTRY", "2026-01-22"):
        assert shown in dom


def test_displacy_data_keeps_the_outermost_of_overlapping_extractions():
    text = "Türkiye-Bosna-Hersek-Hırvatistan mekanizması."
    record = pipeline.extract(text)
    from pipeline.schema import Topic

    record.topics.append(Topic(text=text[:32], start=0, end=32))
    data = displacy_data(text, record)
    assert [(e["start"], e["end"], e["label"]) for e in data["ents"]] == [(0, 32, "TOPIC")]
