"""The view model is plain Python: importing and driving it loads no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, json
from timeline_app.model.load import parse_timeline
from timeline_app.viewmodel import ViewModel
data = {"format": "timeline-app", "version": 1, "title": "T",
        "events": [{"id": "a", "title": "A", "start": "2019-09-30"}]}
vm = ViewModel(parse_timeline(json.dumps(data).encode()).timeline)
vm.selection.select("a")
assert vm.selection.id == "a"
print(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")))
"""


def test_driving_the_view_model_imports_no_qt():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
