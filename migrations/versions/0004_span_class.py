"""Span classes: "events overlapping a period" as a few bounded index ranges.

An event overlaps [first, last] when it starts by `last` and ends on or after `first`.
Neither date index alone bounds that: "ends on or after 2020" is every later event.
Knowing how long an event can be does: an event of at most 31 days that overlaps 2020
starts no earlier than 31 days before 2020. So every event (and every actor link, which
carries the event's dates) gets a generated `span_class` by its length: 0 one day,
1 up to a month, 2 up to a year, 3 up to a decade, 4 longer; and the overlap query asks
one date_start range per class (see app/store/filters.py).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from alembic import op

from app.store.dialect import generated_column, span_class_sql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None



def upgrade() -> None:
    # generated, so no writer can let it drift from the dates (days from first to last: 0 for one day)
    dialect = op.get_bind().dialect.name
    for table in ("event", "event_actor"):
        op.execute(f"ALTER TABLE {table} ADD COLUMN {generated_column(dialect, 'span_class', span_class_sql(dialect))}")
    # covering: the overlap test (and the actor link's event id) is read off the index alone
    op.execute("CREATE INDEX ix_event_span_start ON event (span_class, date_start, date_end)")
    op.execute("CREATE INDEX ix_event_actor_span_start ON event_actor (actor_id, span_class, date_start, date_end, "
               "event_id)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_event_actor_span_start")
    op.execute("DROP INDEX ix_event_span_start")
    for table in ("event", "event_actor"):
        op.execute(f"ALTER TABLE {table} DROP COLUMN span_class")
