"""store/axis.py: a filter's events as axis items, bounded, around the window when they do not fit."""
from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from app.errors import QueryError
from app.store.axis import axis_data, parse_lanes
from app.store.filters import EventQuery


def test_lanes_parameter():
    assert parse_lanes(None) is None and parse_lanes("") is None and parse_lanes(" Actor ") == "actor"
    with pytest.raises(QueryError, match="'lanes'"):
        parse_lanes("aktor")


def test_too_many_events_give_those_around_the_window(client):
    with Session(client.app.state.engine) as session:
        everything = axis_data(session, EventQuery())
        assert not everything.truncated
        june = EventQuery.from_params(date_from="2024-06", date_to="2024-06")
        bounded = axis_data(session, june, most=5)
        assert bounded.truncated and bounded.total == everything.total and len(bounded.items) <= 5
        # June 2024 widened by its own length either side: May to July 2024, nothing of the 1950s
        assert all(i.end > date(2024, 5, 1) and i.start <= date(2024, 7, 31) for i in bounded.items)
        assert bounded.window == (date(2024, 6, 1), date(2024, 7, 1))
