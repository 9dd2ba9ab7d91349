"""Finish and pack the offline bundle: `python scripts/pack_offline.py SITE SHIM OUTDIR`.

Copies the iframe-worker shim (which lets search run from file://) into the built site,
refuses a site that still references a remote script, stylesheet or font, and writes
`OUTDIR/<site-name>-offline.zip` with one top-level folder holding `index.html`. The zip
is deterministic: sorted entries, fixed timestamps. It is written beside the previous one
and renamed over it once whole: a failed or killed run leaves the previous zip.
"""

from __future__ import annotations

import re
import shutil
import sys
import zipfile
from pathlib import Path

from mkdocs.config import load_config

from builder.paths import file_name

REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//""", re.IGNORECASE)
STAMP = (1980, 1, 1, 0, 0, 0)


def main(site: Path, shim: Path, outdir: Path) -> Path:
    vendor = site / "assets" / "vendor"
    vendor.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shim, vendor / "iframe-worker-shim.js")
    for page in sorted(site.rglob("*.html")):
        found = REMOTE.search(page.read_text(encoding="utf-8"))
        if found:
            sys.exit(f"{page}: the offline bundle still loads {found.group(0)!r}")
    name = file_name(load_config("mkdocs.offline.yml").site_name)
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / f"{name}-offline.zip"
    partial = outdir / f".{target.name}.partial"  # renamed over the previous zip once whole
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path in sorted(p for p in site.rglob("*") if p.is_file() and p.suffix != ".map"):
                info = zipfile.ZipInfo(f"{name}-offline/{path.relative_to(site).as_posix()}", STAMP)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, path.read_bytes())
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB")
    return target


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
