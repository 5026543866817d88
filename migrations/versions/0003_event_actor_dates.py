"""Event dates on event_actor, so "this actor, in this period" is one index range.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_actor") as batch:
        batch.add_column(sa.Column("date_start", sa.Date))
        batch.add_column(sa.Column("date_end", sa.Date))
    op.execute("UPDATE event_actor SET date_start = (SELECT date_start FROM event WHERE event.id = event_actor.event_id), "
               "date_end = (SELECT date_end FROM event WHERE event.id = event_actor.event_id)")
    op.create_index("ix_event_actor_actor_start", "event_actor", ["actor_id", "date_start", "event_id"])
    op.create_index("ix_event_actor_actor_end", "event_actor", ["actor_id", "date_end", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_actor_actor_end", "event_actor")
    op.drop_index("ix_event_actor_actor_start", "event_actor")
    with op.batch_alter_table("event_actor") as batch:
        batch.drop_column("date_end")
        batch.drop_column("date_start")
