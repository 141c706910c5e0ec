"""Where the app's big columns get their memory: set once, when the app starts.

An edit of a million-event timeline makes a few new million-item arrays (8 MB each: the
changed column, the chronological order, the lanes; editing/rows.py, layout/lane_edits.py)
while the old ones are still drawn. Copying 8 MB takes half a millisecond in memory the
process already has; in memory fresh from the kernel it took 5-25 ms on the 2-core test
machine, because every page is faulted in and zeroed on first touch, and NumPy asks for huge
pages on arrays over 4 MB (madvise), which makes the kernel compact memory synchronously on
the fault when it has no free huge page (transparent_hugepage/defrag = madvise, a common
default). A handful of such arrays per edit was most of an edit's time in the window.

`prefer_reused_memory()` therefore:
- turns NumPy's huge-page hint off (the env var NUMPY_MADVISE_HUGEPAGE=0 does the same when
  set before NumPy is imported);
- asks glibc's allocator to serve blocks up to 64 MB from its heap and to keep up to 512 MB
  of freed heap instead of giving it back at once, so the arrays an edit frees are the
  memory the next edit copies into, already faulted in.

Cost: after closing a big file the process may keep up to 512 MB it no longer uses, until
it needs it again. Elsewhere than glibc (macOS, Windows, musl) only the first applies.
Called by the app's entry point (ui/launch.py) and by the benchmarks that measure the app.

The first edits of a file still grow the heap (the window keeps a few versions of the
columns alive: editing/document.py), and met fresh pages then: 150-330 ms for each of the
first few edits at a million events. `warm_heap(nbytes)` faults that much heap in ahead, a
piece at a time, so the window can do it while idle after opening a big file, then frees it
into the kept free heap the edits take their memory from.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator

import numpy as np

_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters (malloc.h)
HEAP_BLOCK_LIMIT = 64 << 20
KEPT_FREE = 512 << 20  # free heap at the top beyond this goes back to the system


WARM_PIECE = 16 << 20  # under HEAP_BLOCK_LIMIT: from the heap, not a mapping of its own
WARM_BYTES_PER_EVENT = 240  # two versions of the columns, lanes and folded rows an edit makes (~120 B each)
_kept = False  # whether the allocator keeps freed heap (prefer_reused_memory took)


def prefer_reused_memory() -> bool:
    """Set the process up as above; True when the allocator took the settings."""
    global _kept
    hint = getattr(getattr(np, "_core", None), "multiarray", None)
    set_hugepage = getattr(hint, "_set_madvise_hugepage", None)
    if set_hugepage is not None:
        set_hugepage(False)
    _kept = _glibc_keeps_freed_blocks()
    return _kept


def warm_heap(events: int) -> Iterator[int]:
    """Fault in the heap the first edits of a timeline of `events` events will want
    (WARM_BYTES_PER_EVENT each, at most half of KEPT_FREE), one WARM_PIECE per step (a few ms
    each); yields the bytes done so far, and frees it all at the end (or when closed). Nothing
    to do where freed heap is not kept."""
    if not _kept:
        return
    pieces: list[np.ndarray] = []
    try:
        for _ in range(min(events * WARM_BYTES_PER_EVENT, KEPT_FREE // 2) // WARM_PIECE):
            piece = np.empty(WARM_PIECE, dtype=np.uint8)
            piece[::4096] = 0  # one write per page faults it in
            pieces.append(piece)
            yield len(pieces) * WARM_PIECE
    finally:
        pieces.clear()


def _glibc_keeps_freed_blocks() -> bool:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        mallopt = getattr(libc, "mallopt", None)
    except OSError:
        return False
    if mallopt is None or not hasattr(libc, "gnu_get_libc_version"):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, HEAP_BLOCK_LIMIT)) and bool(mallopt(_M_TRIM_THRESHOLD, KEPT_FREE))
