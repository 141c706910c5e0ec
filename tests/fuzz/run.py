"""Fuzz every importer in turn: `python tests/fuzz/run.py --seconds 300` (per format).

Each format starts from its seeds (tests/fuzz/corpus/FORMAT/, plus the project's example files
and tests/security/corpus/) and grows a working corpus in $TMPDIR; findings land in
tests/fuzz/findings/FORMAT/. Limits per input: 10 s and 1,536 MB (libFuzzer's -timeout and
-rss_limit_mb), inputs up to 64 KiB.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SUFFIXES = {"json": (".json",), "timelinejs": (".json",), "csv": (".csv",), "timeline": (".timeline",),
            "ics": (".ics",)}


def seeds(fmt: str, into: Path) -> None:
    """The format's own corpus, and every example file with its suffix, copied into `into`."""
    into.mkdir(parents=True, exist_ok=True)
    sources = [HERE / "corpus" / fmt, ROOT / "tests" / "security" / "corpus", ROOT / "tests" / "importers" / "fixtures",
               ROOT / "data"]
    for folder in sources:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.is_file() and path.suffix in SUFFIXES[fmt] and path.stat().st_size <= 65536:
                if fmt == "timelinejs" and b"start_date" not in path.read_bytes():
                    continue
                shutil.copy(path, into / path.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=300, help="how long to fuzz each format")
    parser.add_argument("formats", nargs="*", default=list(SUFFIXES))
    args = parser.parse_args()
    found = 0
    for fmt in args.formats:
        work = Path(tempfile.mkdtemp(prefix=f"fuzz-{fmt}-"))
        seeds(fmt, work)
        findings = HERE / "findings" / fmt
        findings.mkdir(parents=True, exist_ok=True)
        start = time.monotonic()
        result = subprocess.run(
            [sys.executable, str(HERE / "harness.py"), fmt, str(work), f"-max_total_time={args.seconds}",
             "-timeout=10", "-rss_limit_mb=1536", "-max_len=65536", f"-artifact_prefix={findings}/",
             "-print_final_stats=1"], capture_output=True, text=True)
        took = time.monotonic() - start
        stats = [line for line in result.stderr.splitlines() if line.startswith(("stat::number_of_executed_units",
                                                                              "stat::peak_rss_mb"))]
        new = sorted(findings.iterdir())
        found += len(new)
        print(f"{fmt}: {took:.0f} s, {' '.join(s.split(':')[-1].strip() for s in stats)} (runs, peak MB); "
              f"exit {result.returncode}; findings: {', '.join(p.name for p in new) or 'none'}")
        if result.returncode not in (0,):
            print("\n".join(result.stderr.splitlines()[-30:]))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
