"""Installed copies find their files, and the Linux desktop files say what the README promises.

The run-time files travel inside the package (pyproject's force-include); these tests lay the
package out as a wheel and as a zip would, without building anything (tests/test_install.py
builds and installs the real wheel)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from timeline_app import __version__, cli
from timeline_app.paths import BUNDLED_NAME
from timeline_app.render.fonts import FONT_FILES
from timeline_app.ui import language

REPO = Path(__file__).resolve().parents[1]
LINUX = REPO / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

tomllib = pytest.importorskip("tomllib")
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())
FORCE_INCLUDE = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]


def runtime_files() -> dict[str, str]:
    """Every file the app opens by name at run time: packaged path -> checkout path."""
    files = {f"_data/{BUNDLED_NAME}": f"data/{BUNDLED_NAME}",
             "_resources/timeline-app.svg": "resources/timeline-app.svg",
             "_resources/timeline.schema.json": "resources/timeline.schema.json"}
    files |= {f"_resources/fonts/{name}": f"resources/fonts/{name}" for name in FONT_FILES}
    files |= {f"_resources/translations/timeline-app_{code}.qm": f"resources/translations/timeline-app_{code}.qm"
              for code in language.LANGUAGES if code != language.DEFAULT}
    return files


def test_the_wheel_maps_every_runtime_file_from_the_checkout():
    mapped = {dest.removeprefix("timeline_app/"): src for src, dest in FORCE_INCLUDE.items()}
    for packaged, source in runtime_files().items():
        assert mapped.get(packaged) == source, f"pyproject.toml's force-include lacks {source} -> {packaged}"
    missing = [src for src in FORCE_INCLUDE if not (REPO / src).exists()]
    assert not missing, missing


def lay_out_package(site: Path) -> None:
    """The package as a wheel installs it: code, plus the force-included files beside it."""
    shutil.copytree(REPO / "timeline_app", site / "timeline_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for src, dest in FORCE_INCLUDE.items():
        (site / dest).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / src, site / dest)


PROBE = ("import sys; sys.path.insert(0, sys.argv[1]); from timeline_app import paths; "
         "print(paths.bundled_timeline()); print(paths.resources_dir()); print(paths.readme_path())")


def probe(path_entry: Path, cwd: Path) -> list[Path]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(path_entry)], cwd=cwd, env=env,
                         capture_output=True, text=True, check=True).stdout
    return [Path(line) for line in out.splitlines()]


def test_an_installed_copy_reads_its_own_files_not_a_checkouts(tmp_path):
    site = tmp_path / "site-packages"
    lay_out_package(site)
    bundled, resources_dir, readme = probe(site, tmp_path)
    assert bundled == site / "timeline_app" / "_data" / BUNDLED_NAME
    assert bundled.read_bytes() == (REPO / "data" / BUNDLED_NAME).read_bytes()
    for packaged in runtime_files():
        assert (site / "timeline_app" / packaged).is_file()
    assert resources_dir == site / "timeline_app" / "_resources"
    assert readme == site / "timeline_app" / "_data" / "README.md"


def test_a_zip_import_extracts_the_fonts_and_translations(tmp_path):
    site = tmp_path / "site"
    lay_out_package(site)
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in sorted(site.rglob("*")):
            zf.write(f, f.relative_to(site).as_posix())
    shutil.rmtree(site)
    check = ("import sys; sys.path.insert(0, sys.argv[1]); from timeline_app import paths; "
             "from timeline_app.render.fonts import FONT_FILES; "
             "r = paths.resources_dir(); "
             "print(all((r / 'fonts' / n).stat().st_size > 100_000 for n in FONT_FILES), "
             "paths.bundled_timeline().read_text(encoding='utf-8').count('\"id\"') > 3, "
             "(r / 'translations' / 'timeline-app_ko.qm').is_file(), str(r).startswith(sys.argv[1]))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", check, str(archive)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout
    # Qt opens fonts and translations by file name: real files, outside the zip.
    assert out.split() == ["True", "True", "True", "False"]


def test_the_checkout_is_the_source_of_truth():
    from timeline_app import paths

    assert paths.bundled_timeline() == REPO / "data" / BUNDLED_NAME
    assert paths.resources_dir() == REPO / "resources"
    assert not (REPO / "timeline_app" / "_data").exists() and not (REPO / "timeline_app" / "_resources").exists()


def test_the_version_has_one_source(capsys):
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "timeline_app/__init__.py"
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"timeline-app {__version__}"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types_declared() -> dict[str, ET.Element]:
    root = ET.parse(LINUX / "timeline-app.xml").getroot()
    return {t.get("type"): t for t in root.iter(f"{MIME_NS}mime-type")}


def test_the_desktop_entry_opens_files_of_every_type_the_app_reads():
    entry = desktop_entry(LINUX / "timeline-app.desktop")
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "timeline-app %f"  # %f: a double-click passes the file
    assert entry["Icon"] == "timeline-app" and (REPO / "resources" / "timeline-app.svg").is_file()
    types = [t for t in entry["MimeType"].split(";") if t]
    assert {"application/json", "text/calendar", "application/x-timeline-app+json"} <= set(types)
    ours = mime_types_declared()["application/x-timeline-app+json"]
    assert [g.get("pattern") for g in ours.iter(f"{MIME_NS}glob")] == ["*.timeline.json"]
    assert ours.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    # The magic must match how the app writes (and the README shows) the format's first key.
    head = (REPO / "data" / BUNDLED_NAME).read_text(encoding="utf-8")[:256]
    assert any(m.get("value") in head for m in ours.iter(f"{MIME_NS}match"))


def run_install(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    return subprocess.run(["bash", str(REPO / "packaging" / "install-desktop"), *args],
                          env=env, capture_output=True, text=True)


def test_install_desktop_user_puts_the_files_where_menus_look(tmp_path):
    done = run_install("--user", home=tmp_path)
    assert done.returncode == 0, done.stderr
    share = tmp_path / ".local" / "share"
    installed = share / "applications" / "timeline-app.desktop"
    assert installed.read_text() == (LINUX / "timeline-app.desktop").read_text()
    assert (share / "mime" / "packages" / "timeline-app.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "timeline-app.svg").is_file()
    done = run_install("--user", "--uninstall", home=tmp_path)
    assert done.returncode == 0 and not installed.exists()


def test_install_desktop_points_at_a_bundle_off_the_path(tmp_path):
    program = tmp_path / "opt dir" / "timeline-app"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    done = run_install("--prefix", str(tmp_path / "share"), "--exec", str(program), home=tmp_path)
    assert done.returncode == 0, done.stderr
    entry = desktop_entry(tmp_path / "share" / "applications" / "timeline-app.desktop")
    assert entry["Exec"] == f'"{program}" %f'
    refused = run_install("--prefix", str(tmp_path / "s2"), "--exec", "relative/timeline-app", home=tmp_path)
    assert refused.returncode == 2 and "absolute path" in refused.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt package desktop-file-utils)")
def test_desktop_file_validate_accepts_the_entries(tmp_path):
    program = tmp_path / "bundle dir" / "timeline-app"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    assert run_install("--prefix", str(tmp_path / "share"), "--exec", str(program), home=tmp_path).returncode == 0
    for entry in (LINUX / "timeline-app.desktop", tmp_path / "share" / "applications" / "timeline-app.desktop"):
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
