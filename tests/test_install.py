"""The wheel, installed into a fresh venv outside the repository, runs from any folder.

Slow (a minute or more: it builds the wheel and installs PySide6 from pip's cache or the
index), and run by the README's test command like every other test; `-m 'not slow'` skips it."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app import __version__
from timeline_app.paths import BUNDLED_NAME

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def run(cmd: list, cwd: Path, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_the_wheel_installed_in_a_fresh_venv_exports_and_validates(tmp_path):
    pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_PROGRESS_BAR": "off"}
    pip_env.pop("PYTHONPATH", None)
    run([sys.executable, "-m", "pip", "wheel", REPO, "--no-deps", "-q", "-w", tmp_path / "wheel"], tmp_path, pip_env)
    (wheel,) = (tmp_path / "wheel").glob("timeline_app-*.whl")
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], tmp_path, pip_env)
    run([venv / "bin" / "pip", "install", "-q", wheel], tmp_path, pip_env)

    # From a folder that is not the repository, with nothing pointing back at it.
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path / "home"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    app = venv / "bin" / "timeline-app"
    assert run([app, "--version"], work, env).stdout.strip() == f"timeline-app {__version__}"

    run([app, "export", "-o", "out.png"], work, env)
    assert png_size(work / "out.png") == (3200, png_size(work / "out.png")[1])  # 1600 px at the default 2x
    assert (work / "out.png").stat().st_size > 20_000

    bundled = Path(run([venv / "bin" / "python", "-c",
                        "from timeline_app.paths import bundled_timeline; print(bundled_timeline())"],
                       work, env).stdout.strip())
    assert venv in bundled.parents and bundled.name == BUNDLED_NAME  # the wheel's copy, not the checkout's
    assert bundled.read_bytes() == (REPO / "data" / BUNDLED_NAME).read_bytes()
    validated = run([app, "validate", bundled], work, env)
    assert "OK" in validated.stdout
    fonts = bundled.parent.parent / "_resources" / "fonts"
    assert (fonts / "TimelineHangul-Regular.ttf").stat().st_size > 100_000
