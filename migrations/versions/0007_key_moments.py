"""Key moments: a happening told by two or more outlets, or the most-told happening of its month
(so a collection from one outlet has key moments too), flagged on the event and indexed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

from app.store.dialect import month_of

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: event has a generated column (0004), which a batch copy cannot recreate
    op.add_column("event", sa.Column("key_moment", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_index("ix_event_key_moment", "event", ["key_moment", "date_start"])
    month = month_of(op.get_bind().dialect.name, "e.date_start")
    op.execute(f"""
        UPDATE event SET key_moment = TRUE WHERE outlet_count >= 2 OR id IN (
            SELECT id FROM (
                SELECT e.id, ROW_NUMBER() OVER (
                    PARTITION BY {month}
                    ORDER BY e.outlet_count DESC,
                             (SELECT count(*) FROM citation c WHERE c.event_id = e.id) DESC,
                             e.date_start, e.id) AS place_in_month
                FROM event e WHERE e.granularity IN ('day', 'month')) AS ranked
            WHERE place_in_month = 1)""")


def downgrade() -> None:
    op.drop_index("ix_event_key_moment", "event")
    op.execute("ALTER TABLE event DROP COLUMN key_moment")
