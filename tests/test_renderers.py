"""Both renderers produce every page: `make site` with MkDocs and with Zensical
(mkdocs-material's successor, which reads the same mkdocs.yml and ignores MkDocs-only
hooks and plugins — the builder writes plain Markdown, so nothing depends on them)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from conftest import ROOT, checkout_docs


@pytest.mark.slow
@pytest.mark.xdist_group("zensical-venv")  # one worker makes .venv-zensical (test_new too)
@pytest.mark.parametrize("renderer", ["mkdocs", "zensical"])
def test_make_site_renders_every_page(renderer: str) -> None:
    site = f"build/test-{renderer}"
    shutil.rmtree(ROOT / site, ignore_errors=True)
    with checkout_docs(exclusive=True):  # make render builds into the checkout's docs/
        result = subprocess.run(
            ["make", "-s", "render", f"RENDERER={renderer}", f"SITE={site}"], cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
        pages = sorted(p.relative_to(ROOT / "docs").with_suffix(".html") for p in (ROOT / "docs").rglob("*.md"))
    assert len(pages) > 45
    missing = [str(p) for p in pages if not (ROOT / site / p).is_file()]
    assert missing == []
    hun_sen = (ROOT / site / "people" / "hun-sen.html").read_text(encoding="utf-8")
    assert 'class="entity entity-party"' in hun_sen and "dossier.css" in hun_sen
    source = next((ROOT / site / "sources").glob("2013-07-28-cambodia-ruling-party*.html")).read_text(encoding="utf-8")
    assert len(re.findall(r'<p class="para[^"]*"[^>]* id="p-', source)) == 30  # attribute lists applied by both
    shutil.rmtree(ROOT / site)
