"""Whether two event mentions are one happening."""
from __future__ import annotations

from app.extract.cluster import (
    EventSketch,
    dates_compatible,
    finer_value,
    same_happening,
)


def sketch(value, people=(), others=(), action="meet"):
    return EventSketch(value, frozenset(people) | frozenset(others), frozenset(people), action)


def test_a_year_and_a_month_in_it_are_compatible_and_the_month_is_finer():
    assert dates_compatible("2019", "2019-04")
    assert finer_value("2019", "2019-04") == "2019-04"
    assert not dates_compatible("2019", "2020-04")


def test_same_people_same_kind_of_happening_same_date_merge():
    a = sketch("2019", ["Kim Jong Un", "Vladimir Putin"], action="meet")
    b = sketch("2019-04", ["Kim Jong Un", "Vladimir Putin", "Donald Trump"], action="travel")
    assert same_happening(a, b) == (True, False)


def test_different_happenings_on_one_date_do_not_merge():
    arrival = sketch("2023-09-11", ["Kim Jong Un"], action="arrive")
    confirmation = sketch("2023-09-11", [], ["Kremlin", "Korea Utara"], action="announce")
    assert same_happening(arrival, confirmation) == (False, False)
    other_people = sketch("2023-09-11", ["Joe Biden", "Xi Jinping"], action="meet")
    assert same_happening(sketch("2023-09-11", ["Kim Jong Un", "Vladimir Putin"]), other_people)[0] is False


def test_one_day_apart_with_the_same_people_is_a_disagreement():
    a = sketch("2023-09-11", ["Kim Jong Un", "Vladimir Putin"], action="arrive")
    b = sketch("2023-09-12", ["Kim Jong Un", "Vladimir Putin"], action="arrive")
    assert same_happening(a, b) == (True, True)
