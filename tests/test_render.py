import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.render import render_html
from tests.conftest import SEED_TEXT


def test_the_page_draws_the_docs_spans_with_displacy():
    page = render_html([pipeline.process("Türkiye ile İtalya görüştü.", id="d1")])
    assert 'class="entities"' in page  # displaCy's entity view
    assert re.search(r'<mark class="entity"[^>]*>\s*Türkiye\s*<span[^>]*>COUNTRY</span>', page)
    assert "<h2>d1</h2>" in page and "<th>type</th>" in page  # the record beside the text


def test_page_is_standalone_and_escapes_the_text():
    text = "Türkiye <script>alert(1)</script> açıklama yaptı."
    page = render_html([pipeline.process(text, id="a<b")])
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


def test_render_writes_to_stdout_without_an_output_file():
    result = CliRunner().invoke(app, ["render", str(SEED_TEXT)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and "Arnavutluk" in result.stdout
    assert "rendered to stdout" in result.stderr


def render_rows(tmp_path, rows, *options):
    import json

    page = tmp_path / "page.html"
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    result = CliRunner().invoke(app, ["render", "-", "-o", str(page), *options], input=lines)
    assert result.exit_code == 0, result.output
    return page.read_text(encoding="utf-8"), result.stderr


RENDER_ROWS = [
    {"id": "h1", "text": "Türkiye ile İtalya görüştü."},
    {"id": "h2", "text": "  "},
    {"id": "h3", "text": "Sırbistan'da seçim yapıldı."},
]


def test_render_reads_stdin_shows_error_rows_and_a_table_of_contents(tmp_path):
    page, said = render_rows(tmp_path, RENDER_ROWS)
    assert "<h2>h2: no record</h2><p>text is empty</p>" in page
    assert '<nav class="trnews-toc">' in page and page.count("<li") == 3 and 'href="#a3-h3"' in page
    assert said.startswith("2 articles and 1 error rows rendered")


def test_render_limit_and_ids_choose_the_articles(tmp_path):
    page, _ = render_rows(tmp_path, RENDER_ROWS, "--limit", "1")
    assert "İtalya" in page and "Sırbistan" not in page
    page, _ = render_rows(tmp_path, RENDER_ROWS, "--ids", "h3")
    assert "Sırbistan" in page and "İtalya" not in page
