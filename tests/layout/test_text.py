"""Labels cut to their room with one ellipsis search (issue 15: the canvas and the exports'
titles shared two copies of it)."""

from __future__ import annotations

from timeline_app.layout.text import elide_end, elide_start


def measure(text: str, role: str) -> tuple[float, float]:
    return len(text) * 7.0, 12.0


TITLE = "Songdo Convensia opens with the first international conference"


def test_the_end_is_cut_to_the_longest_start_that_fits():
    cut = elide_end(TITLE, 140, measure)
    assert cut.endswith("…") and measure(cut, "event")[0] <= 140
    assert TITLE.startswith(cut[:-1])
    longer = TITLE[:len(cut)] + "…"  # one more letter would not fit
    assert measure(longer, "event")[0] > 140


def test_the_end_cut_drops_trailing_spaces_before_the_ellipsis():
    assert elide_end("Songdo Convensia opens", 7 * 8, measure) == "Songdo…"


def test_the_start_is_cut_between_words_and_keeps_the_end():
    cut = elide_start(TITLE, 200, measure)
    assert cut == "…international conference"
    assert measure(cut, "event")[0] <= 200


def test_nothing_fits_but_the_ellipsis():
    assert elide_end(TITLE, 3, measure) == "…"
    assert elide_start(TITLE, 3, measure) == "…"
