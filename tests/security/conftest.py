"""Shared pieces of the security tests: the corpus folder and the files made at test time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE))  # fuzzing.py, imported by the fuzz tests


def generated_cases(folder: Path) -> list[Path]:
    """Nasty files too large to keep in the repository, written into `folder`."""
    made = {
        "deep-nesting.json": b"[" * 100_000 + b"]" * 100_000,
        "deep-nesting-object.json": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        "deep-nesting-in-timelinejs.json": b'{"events":[{"start_date":{"year":2000},"text":{"text":'
                                           + b"[" * 50_000 + b"]" * 50_000 + b"}}]}",
        "huge-text.json": b'{"title":"' + b"a" * 200_000 + b'","events":[]}',
        "huge-cell.csv": b"Year,Headline,Text\n2000,x,\"" + b"a" * 200_000 + b"\"\n",
        "ok-deep-nesting.timeline": b"<timeline>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</timeline>",
    }
    paths = []
    for name, data in made.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> list[Path]:
    return generated_cases(tmp_path_factory.mktemp("generated-corpus"))
