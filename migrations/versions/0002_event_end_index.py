"""Index on event end dates, so "events still running at the start of the range" is a range scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_date_end", "event", ["date_end", "date_start"])


def downgrade() -> None:
    op.drop_index("ix_event_date_end", "event")
