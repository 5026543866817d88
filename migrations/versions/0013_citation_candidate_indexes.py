"""Indexes for the candidate path of clustering (app/store/candidates.py): a new mention in a
crowded database looks up the stored primary mentions of its place, and of its type, whose dates
may be compatible with its own, by (place, date_start) and (event_type, date_start). Partial
indexes (primary mentions only: another passage of an article carries no place and is never
judged), which both SQLite and PostgreSQL have.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_PRIMARY = sa.text("primary_id IS NULL")


def upgrade() -> None:
    # plain CREATE INDEX on both (no batch copy of the table: its full-text triggers stay as they are)
    op.create_index("ix_citation_place_start", "citation", ["place", "date_start"],
                    sqlite_where=_PRIMARY, postgresql_where=_PRIMARY)
    op.create_index("ix_citation_type_start", "citation", ["event_type", "date_start"],
                    sqlite_where=_PRIMARY, postgresql_where=_PRIMARY)


def downgrade() -> None:
    op.drop_index("ix_citation_type_start", table_name="citation")
    op.drop_index("ix_citation_place_start", table_name="citation")
