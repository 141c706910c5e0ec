"""Where the bundled timeline and the resources live, however the app was installed.

The top-level `data/` and `resources/` of the repository are the only copies in git. A wheel
(and so pipx) and the PyInstaller bundle carry the files the app reads at run time inside the
package, as `timeline_app/_data` and `timeline_app/_resources` (see pyproject.toml and
packaging/timeline-app.spec). `_tree` looks in the package first, then beside it (a checkout:
an editable install, or PYTHONPATH pointing at the clone).
"""

from __future__ import annotations

import atexit
import functools
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_ROOT = _PACKAGE_DIR.parent
BUNDLED_NAME = "songdo-2019.json"
README_NAME = "README.md"


def _copy_tree(tree, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for item in tree.iterdir():
        if item.is_dir():
            _copy_tree(item, target / item.name)
        else:
            (target / item.name).write_bytes(item.read_bytes())


def _extracted(tree, name: str) -> Path:
    """A real folder holding `tree`: Qt opens fonts and translations by file name, which a
    zip import does not have. Extracted once per process and removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="timeline-app-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    _copy_tree(tree, folder / name)
    return folder / name


@functools.lru_cache(maxsize=None)
def _tree(packaged: str, checkout: str) -> Path:
    """The folder of run-time files named `packaged` inside the package, else `checkout` in the
    repository. One place that knows every layout: installed wheel, PyInstaller one-folder
    bundle (the package lies under sys._MEIPASS), zip import, editable install, plain clone."""
    candidates = [_PACKAGE_DIR / packaged]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "timeline_app" / packaged)
    for folder in candidates:
        if folder.is_dir():
            return folder
    try:
        tree = resources.files("timeline_app") / packaged
        inside_an_archive = tree.is_dir() and not isinstance(tree, Path)
    except (ModuleNotFoundError, OSError, TypeError):
        inside_an_archive = False
    if inside_an_archive:
        return _extracted(tree, packaged)
    return _ROOT / checkout


def data_dir() -> Path:
    return _tree("_data", "data")


def resources_dir() -> Path:
    return _tree("_resources", "resources")


def bundled_timeline() -> Path:
    """The timeline opened when no file is given."""
    return data_dir() / BUNDLED_NAME


def icon_path() -> Path:
    return resources_dir() / "timeline-app.svg"


def readme_path() -> Path | None:
    """The README that Help > About links to when no project URL is known, if this copy has one."""
    for candidate in (data_dir() / README_NAME, _ROOT / README_NAME):
        if candidate.is_file():
            return candidate
    return None
