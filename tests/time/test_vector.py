"""The loader's vector date parser agrees with parse_time on every text, offsets included."""

from __future__ import annotations

import random

import pytest

from timeline_app.time.value import TimeParseError, parse_time
from timeline_app.time.vector import NO_OFFSET, parse_times


def _agrees(texts: list[str]) -> list[int]:
    """Positions the fast path took; asserts every text gives what parse_time gives."""
    start, end, rank, offset, slow = parse_times(texts)
    fast = []
    for i, text in enumerate(texts):
        try:
            v = parse_time(text)
        except TimeParseError as exc:
            assert slow.get(i) == str(exc), text
            continue
        want = (v.ms, v.end_ms, v.precision.rank, NO_OFFSET if v.offset_minutes is None else v.offset_minutes)
        assert (start[i], end[i], rank[i], offset[i]) == want, text
        if i not in slow:
            fast.append(i)
    return fast


def test_zulu_and_offsets_take_the_fast_path_and_match_parse_time():
    texts = ["1914-07-15T05:12Z", "1914-07-15T05:12+09:00", "1914-07-15T05:12-05:30", "2019-10-14T15:00+0930",
             "2019-10-14T15:00:30Z", "2019-10-14T15:00:30.5+09:00", "2019-10-14T15:00:30.25-0100",
             "2019-10-14T15:00:30.123Z", "2019-12-31T23:30-01:00", "1914-07-15T05:12"] * 3
    fast = _agrees(texts)
    assert fast == list(range(len(texts)))  # not one of them one at a time
    start, _, _, offset, _ = parse_times(["1914-07-15T05:12+09:00", "1914-07-14T20:12Z"])
    assert start[0] == start[1] and offset.tolist() == [540, 0]  # the same instant, as written


@pytest.mark.parametrize("text", ["2019-10-14Z", "2019-10Z", "2019+09:00", "2019-10-14T15:00+24:00",
                                  "2019-10-14T15:00+09:60", "2019-10-14T15:00+9:00", "2019-10-14T15:00z",
                                  "2019-10-14T15:00ZZ", "2019-10-14T15:00+09:", "2019-10-14T15:00 ",
                                  "2019-10-14T24:00Z", "2019-02-29T10:00Z", "2019-10-14T15:00Z\x00",
                                  "2019\x00", "2019-13", "2019-10-14T15:00:60Z"])
def test_a_bad_or_odd_suffix_gets_parse_times_own_message(text):
    assert _agrees([text, "2019-10-14T15:00Z"] * 2) == [1, 3]


def test_random_texts_match_the_scalar_parser():
    rng = random.Random(5)
    texts = []
    for _ in range(6000):  # enough that a bad date sits deep in a long array
        t = rng.choice(["1914", "0001", "2020", "9999", "0000", "+12345", "-0500"])
        if rng.random() < 0.9:
            t += f"-{rng.randint(0, 13):02d}"
            if rng.random() < 0.9:
                t += f"-{rng.randint(0, 32):02d}"
                if rng.random() < 0.8:
                    t += f"T{rng.randint(0, 25):02d}:{rng.randint(0, 61):02d}"
                    if rng.random() < 0.5:
                        t += f":{rng.randint(0, 61):02d}"
                        if rng.random() < 0.3:
                            t += "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 4)))
        r = rng.random()
        if r < 0.3:
            t += "Z"
        elif r < 0.6:
            t += rng.choice("+-") + f"{rng.randint(0, 25):02d}" + rng.choice([":", ""]) + f"{rng.randint(0, 61):02d}"
        texts.append(t)
    assert len(_agrees(texts)) > 1000


def test_a_bad_time_after_thousands_of_good_ones_is_named_not_a_crash():
    # NumPy's own date parsing crashed the process when it met "12:61" deep in a long array.
    texts = ["2019-01-01"] * 3000 + ["9999-08-04T12:61:30"]
    _, _, _, _, slow = parse_times(texts)
    assert slow == {3000: parse_time_message("9999-08-04T12:61:30")}


def parse_time_message(text: str) -> str:
    with pytest.raises(TimeParseError) as info:
        parse_time(text)
    return str(info.value)


def test_a_very_long_or_non_ascii_text_is_named_and_the_rest_stay_fast():
    long_text = "2019-10-14" + "9" * 5_000_000  # one row of this width per text would need gigabytes
    texts = ["2019-10-14"] * 2000 + [long_text, "2019-10-14T15:00Z"]
    start, _, rank, _, slow = parse_times(texts)
    assert list(slow) == [2000] and "is not a date" in slow[2000]
    assert rank[0] == rank[1999] == 2 and rank[2001] == 3
    _agrees(["2019-10-14", "2019-10-1４", "١٩٧٠"])  # other scripts' digits: parse_time's word on each
