"""Dates as a reader sees them, at their own granularity."""
from __future__ import annotations

import pytest

from app.web.labels import axis_label, label


@pytest.mark.parametrize("value,id_label,en_label", [
    ("2023-09-11", "11 Sep 2023", "11 Sep 2023"),
    ("2023-07", "Juli 2023", "July 2023"),
    ("195X", "1950-an", "1950s"),
    ("1950/1953", "1950–1953", "1950–1953"),
    ("2019", "2019", "2019"),
])
def test_labels_keep_granularity(value, id_label, en_label):
    assert (label(value, "id"), label(value, "en")) == (id_label, en_label)


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
