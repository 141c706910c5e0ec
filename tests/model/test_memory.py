"""The app's start asks for reused memory: NumPy's huge-page hint off, glibc's freed heap kept."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import numpy as np
from timeline_app.model.memory import prefer_reused_memory
took = prefer_reused_memory()
print(np._core.multiarray._set_madvise_hugepage(True), took)
"""


def test_the_huge_page_hint_is_off_and_the_allocator_takes_the_settings():
    # In a fresh interpreter: the settings are for the whole process, which tests must not change.
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "False"  # the hint as prefer_reused_memory left it
    if sys.platform.startswith("linux"):  # glibc (the README's platform): mallopt took both settings
        assert out[1] == "True"



def test_warm_heap_goes_a_piece_at_a_time_and_only_where_freed_heap_is_kept(monkeypatch):
    from timeline_app.model import memory

    monkeypatch.setattr(memory, "WARM_PIECE", 1 << 20)
    monkeypatch.setattr(memory, "WARM_BYTES_PER_EVENT", 1 << 10)
    monkeypatch.setattr(memory, "_kept", False)
    assert list(memory.warm_heap(5 << 10)) == []  # freed heap would go back to the system at once
    monkeypatch.setattr(memory, "_kept", True)
    assert list(memory.warm_heap(5 << 10)) == [k << 20 for k in range(1, 6)]
    assert len(list(memory.warm_heap(1 << 40))) == memory.KEPT_FREE // 2 // (1 << 20)  # never more than that
