"""A fresh machine set up as the README says runs every test: CI installs nothing the tests
secretly need, waits for apt instead of failing, and the test extra holds the PDF readers."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CI_RUN = (REPO / ".ci" / "run").read_text()
README = (REPO / "README.md").read_text()

PDF_PROGRAMS = ("pdftotext", "pdfinfo", "pdftoppm", "pdffonts", "pdfimages", "mutool", "qpdf")


def ci_packages() -> set[str]:
    block = re.search(r"^PACKAGES=\((.*?)^\)", CI_RUN, re.S | re.M).group(1)
    return {w for line in block.splitlines() for w in line.split("#")[0].split()}


def readme_packages() -> set[str]:
    """Every package the README's set-up tells one to apt-get install (in code blocks or inline)."""
    setup = README.split("\n## ", 2)[1]  # the set-up section, up to "Using it"
    named = set()
    for m in re.finditer(r"apt-get install ((?:[a-z0-9.+-]+|\\\n|\s)+)", setup):
        named |= set(m.group(1).replace("\\", " ").split())
    return named


def test_ci_installs_only_what_the_readme_names():
    extra = ci_packages() - readme_packages()
    assert not extra, f".ci/run installs {sorted(extra)}, which the README's set-up never names"


def test_no_test_runs_a_pdf_program():
    offenders = [f"{p.relative_to(REPO)}: {prog}"
                 for p in sorted((REPO / "tests").rglob("*.py")) if p.name != Path(__file__).name
                 for prog in PDF_PROGRAMS if re.search(rf"""["']{prog}["']""", p.read_text())]
    assert not offenders, offenders


def test_every_apt_get_waits_for_the_dpkg_lock():
    calls = [line.strip() for line in CI_RUN.splitlines()
             if re.match(r"\s*apt-get\b", line) and not line.strip().startswith("#")]
    assert len(calls) >= 2  # update and install
    for call in calls:
        words = shlex.split(call)
        assert "-o" in words and any(w.startswith("DPkg::Lock::Timeout=") for w in words), call


def test_the_test_extra_holds_the_pdf_readers():
    tomllib = pytest.importorskip("tomllib")
    extra = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]["test"]
    names = {re.match(r"[A-Za-z0-9_.-]+", r).group(0).lower() for r in extra}
    assert {"pypdf", "pymupdf"} <= names
