"""TIMEX3 values as data: bounds, labels at their own granularity, typed date input."""
from __future__ import annotations

from datetime import date

import pytest

from app.extract.dates import axis_label, label, parse_date_input, value_bounds


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


@pytest.mark.parametrize("value,id_label,en_label", [
    ("2023-09-11", "11 Sep 2023", "11 Sep 2023"),
    ("2023-07", "Juli 2023", "July 2023"),
    ("195X", "1950-an", "1950s"),
    ("1950/1953", "1950–1953", "1950–1953"),
    ("2019", "2019", "2019"),
])
def test_labels_keep_granularity(value, id_label, en_label):
    assert (label(value, "id"), label(value, "en")) == (id_label, en_label)


@pytest.mark.parametrize("typed,value", [
    ("2023-09", "2023-09"), ("Juni 2024", "2024-06"), ("2019", "2019"), ("11/9/2023", "2023-09-11"),
    ("11 September 2023", "2023-09-11"), ("195X", "195X"), ("1950-an", "195X"),
])
def test_typed_dates(typed, value):
    assert parse_date_input(typed) == value


@pytest.mark.parametrize("typed", ["kemarin", "zzz", "2023-13", "31/2/2023", "'; DROP TABLE event;--"])
def test_typed_dates_rejected(typed):
    assert parse_date_input(typed) is None


@pytest.mark.parametrize("value,first,id_label,en_label", [
    ("2024-06", False, "Jun", "Jun"),
    ("2024-08", False, "Agu", "Aug"),
    ("2024-08", True, "Agu 2024", "Aug 2024"),  # the first bar says the year
    ("2025-01", False, "Jan 2025", "Jan 2025"),  # and so does a new year
    ("2023-09-12", False, "12", "12"),
    ("2023-09-01", False, "1 Sep", "1 Sep"),
    ("2023-09-11", True, "11 Sep", "11 Sep"),
    ("2024", False, "2024", "2024"),
    ("195X", True, "1950-an", "1950s"),
])
def test_axis_labels_are_short(value, first, id_label, en_label):
    assert axis_label(value, "id", first) == id_label
    assert axis_label(value, "en", first) == en_label
