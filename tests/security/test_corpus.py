"""Every nasty file in corpus/ (and the large ones made at test time) through `timeline-app validate`
and through parse_any: exit 1 with one line per problem, each naming the file, or exit 0 for ok-*;
never a traceback or a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, generated_cases
from fuzzing import parse_any_outcome

from timeline_app.importers import open_timeline
from timeline_app.model import Loaded, TimelineError

REPO = Path(__file__).resolve().parents[2]
CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "README.md")


def _expect_ok(path: Path) -> bool:
    return path.name.startswith("ok-")


def _validate(paths: list[Path], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "timeline_app", "validate", *[p.name for p in paths]],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def _check_output(paths: list[Path], result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    assert result.stderr == "", result.stderr[-3000:]
    lines = result.stdout.splitlines()
    for path in paths:
        mine = [line for line in lines if line.startswith(f"{path.name}: ")]
        ok = [line for line in mine if line == f"{path.name}: OK" or line.startswith(f"{path.name}: OK (")]
        errors = [line for line in mine if line not in ok and not line.startswith(f"{path.name}: warning: ")]
        if _expect_ok(path):
            assert ok and not errors, f"{path.name} should open:\n" + "\n".join(mine)
            continue
        assert not ok, f"{path.name} opened but should not:\n" + "\n".join(mine)
        assert errors, f"{path.name}: no message"
        assert len(errors) == len(set(errors)), f"{path.name}: a problem reported twice:\n" + "\n".join(errors)
        try:
            open_timeline(path)
        except TimelineError as exc:  # the same problems, one line each, as the CLI printed them
            assert errors == [f"{path.name}: {p}" for p in exc.problems]
        for line in errors:
            assert len(line) < 1200, line[:300]
    assert set(lines) <= {line for line in lines if any(line.startswith(f"{p.name}: ") for p in paths)}, \
        "a line that names no file"


def test_corpus_through_the_cli():
    bad = [p for p in CORPUS_FILES if not _expect_ok(p)]
    ok = [p for p in CORPUS_FILES if _expect_ok(p)]
    assert bad and ok
    result = _validate(bad, CORPUS)
    assert result.returncode == 1, result.stdout[-2000:] + result.stderr[-2000:]
    _check_output(bad, result)
    result = _validate(ok, CORPUS)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    _check_output(ok, result)


@pytest.mark.parametrize("name", ["truncated.json", "billion-laughs.timeline", "bad-folding.ics", "utf16.csv"])
def test_exit_code_of_one_bad_file(name):
    result = _validate([CORPUS / name], CORPUS)
    assert result.returncode == 1
    _check_output([CORPUS / name], result)


def test_generated_files_through_the_cli(tmp_path):
    paths = generated_cases(tmp_path)
    result = _validate(paths, tmp_path)
    assert result.returncode == 1  # every file but the ok- ones fails
    _check_output(paths, result)


def test_a_folder_and_a_missing_file(tmp_path):
    (tmp_path / "folder.json").mkdir()
    paths = [tmp_path / "folder.json", tmp_path / "missing.json"]
    result = _validate(paths, tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["folder.json: is a folder, not a timeline file", "missing.json: no such file"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode, so chmod 000 cannot make a file unreadable "
                           "(CI runs the tests as root)")
def test_an_unreadable_file(tmp_path):
    path = tmp_path / "locked.json"
    path.write_text('{"title": "x", "events": []}')
    path.chmod(0)
    try:
        result = _validate([path], tmp_path)
    finally:
        path.chmod(0o600)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["locked.json: permission denied: the file cannot be read"]


def test_an_unreadable_file_in_process(tmp_path, monkeypatch):
    # Works as root too: the open itself is made to fail as it would for another user.
    path = tmp_path / "locked.json"
    path.write_text('{"title": "x", "events": []}')

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(TimelineError) as info:
        open_timeline(path)
    assert str(info.value) == f"{path}: permission denied: the file cannot be read"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_corpus_in_process(path):
    result = parse_any_outcome(path.read_bytes(), path.name)
    if _expect_ok(path):
        assert isinstance(result, Loaded), result
    else:
        assert isinstance(result, TimelineError), f"{path.name} opened but should not"


def test_generated_in_process(generated):
    for path in generated:
        expected = Loaded if _expect_ok(path) else TimelineError
        assert isinstance(parse_any_outcome(path.read_bytes(), path.name), expected), path.name


def test_xml_attacks_are_refused_with_our_message():
    for name in ("billion-laughs.timeline", "external-entity.timeline", "parameter-entity.timeline"):
        result = parse_any_outcome((CORPUS / name).read_bytes(), name)
        assert isinstance(result, TimelineError), name
        assert "root:" not in result.message() and "lollol" not in result.message()
    # An external DTD is never fetched (expat does not load it; test_no_network proves no connection).
    assert isinstance(parse_any_outcome((CORPUS / "ok-external-dtd.timeline").read_bytes(), "x.timeline"), Loaded)
    for name in ("billion-laughs.timeline", "external-entity.timeline", "parameter-entity.timeline"):
        result = parse_any_outcome((CORPUS / name).read_bytes(), name)
        assert result.message().startswith(f"{name}: refused unsafe XML"), result.message()


def test_bom_file_opens():
    loaded = parse_any_outcome((CORPUS / "ok-bom.json").read_bytes(), "ok-bom.json")
    assert loaded.timeline.title == "BOM"
