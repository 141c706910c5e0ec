"""spliced(): one copy with an item taken out and one put in equals np.delete then np.insert."""

import numpy as np

from timeline_app.model.splice import spliced


def test_spliced_is_delete_then_insert_for_every_pair_of_positions():
    a = np.arange(7, dtype=np.float64) * 10
    for cut in [None, *range(7)]:
        for at in [None, *range(7 if cut is not None else 8)]:
            expected = a if cut is None else np.delete(a, cut)
            expected = expected if at is None else np.insert(expected, at, -1.0)
            got = spliced(a, cut, at, -1.0)
            assert np.array_equal(got, expected), (cut, at)
            assert got is not a
