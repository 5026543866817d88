"""Dates typed by a reader: every form the tagger knows, nothing else."""
from __future__ import annotations

import pytest

from app.extract.typed_dates import parse_date_input


@pytest.mark.parametrize("typed,value", [
    ("2023-09", "2023-09"), ("Juni 2024", "2024-06"), ("2019", "2019"), ("11/9/2023", "2023-09-11"),
    ("11 September 2023", "2023-09-11"), ("195X", "195X"), ("1950-an", "195X"),
])
def test_typed_dates(typed, value):
    assert parse_date_input(typed) == value


@pytest.mark.parametrize("typed", ["kemarin", "zzz", "2023-13", "31/2/2023", "'; DROP TABLE event;--"])
def test_typed_dates_rejected(typed):
    assert parse_date_input(typed) is None
