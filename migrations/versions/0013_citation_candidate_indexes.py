"""Indexes for ingesting into a large database. The candidate path of clustering
(app/store/candidates.py): a new mention in a crowded database looks up the stored primary mentions of its place, and of its type, whose dates
may be compatible with its own, by (place, date_start) and (event_type, date_start). Not partial
indexes (primary mentions only): SQLite's planner, without statistics, prefers ix_citation_primary
for the `primary_id IS NULL` a partial index needs the query to say, and reads every primary
mention; the queries say `+primary_id IS NULL` instead (app/store/dialect.unindexed). And
(granularity, date_start, outlet_count) on event, for the key moment of a month.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain CREATE INDEX on both (no batch copy of the table: its full-text triggers stay as they are)
    op.create_index("ix_citation_place_start", "citation", ["place", "date_start"])
    op.create_index("ix_citation_type_start", "citation", ["event_type", "date_start"])
    # the most told happening of a month among its day- and month-long events (store/happenings.py,
    # mark_key_moments): the month's largest outlet count read off the index, not off every row
    op.create_index("ix_event_granularity_start", "event", ["granularity", "date_start", "outlet_count"])


def downgrade() -> None:
    op.drop_index("ix_event_granularity_start", table_name="event")
    op.drop_index("ix_citation_type_start", table_name="citation")
    op.drop_index("ix_citation_place_start", table_name="citation")
