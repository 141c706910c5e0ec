"""Years as people write them (500 BCE is -500, no year 0) against our astronomical years.

Our years are astronomical: 1 BCE is 0 and 500 BCE is -499. TimelineJS, like most people,
writes a negative year y for |y| BCE, so a negative written year becomes y + 1. From
DEEP_TIME_YEAR back, years are counted as "N years ago" both ways, so they are kept as written.
Both the TimelineJS importer and exporter use this, which is why it lives below them.
"""

from __future__ import annotations

from timeline_app.time.format import DEEP_TIME_YEAR


def historical_to_astronomical(year: int) -> int:
    """The astronomical year of a year written with negatives for BCE (no year 0)."""
    if DEEP_TIME_YEAR < year < 0:
        return year + 1
    return year


def astronomical_to_historical(year: int) -> int:
    """Inverse of historical_to_astronomical (1 BCE, astronomical 0, is written -1)."""
    if DEEP_TIME_YEAR + 1 < year <= 0:
        return year - 1
    return year
