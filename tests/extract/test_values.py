"""TIMEX3 values as data: the days a value covers."""
from __future__ import annotations

from datetime import date

import pytest

from app.extract.values import value_bounds


@pytest.mark.parametrize("value,first,last", [
    ("2023-09-11", date(2023, 9, 11), date(2023, 9, 11)),
    ("2023-07", date(2023, 7, 1), date(2023, 7, 31)),
    ("2019", date(2019, 1, 1), date(2019, 12, 31)),
    ("195X", date(1950, 1, 1), date(1959, 12, 31)),
    ("1950/1953", date(1950, 1, 1), date(1953, 12, 31)),
    ("2020-W47", date(2020, 11, 16), date(2020, 11, 22)),
    ("2023-Q3", date(2023, 7, 1), date(2023, 9, 30)),
    ("2022-H2", date(2022, 7, 1), date(2022, 12, 31)),
])
def test_bounds(value, first, last):
    assert value_bounds(value) == (first, last)


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "2023-13", "garbage"])
def test_no_bounds_for_vague_or_invalid(value):
    assert value_bounds(value) is None
