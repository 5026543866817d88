"""Corrections: what people changed in the extracted timeline, stored apart from what extraction
produced, and the state they leave on an event (`hidden`, and which fields `corrected` names).

A correction names its event by its mentions' stable identity (the article's content hash and
the passage's offsets), never by the event's id, which re-clustering may change; an actor by its
name. `store/corrections.apply_all` re-applies every correction not undone after each recluster
and ingestion, and `event_id` is where it landed last (null when its sources are gone).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("anchors", sa.Text, nullable=False, server_default="[]"),
        sa.Column("actor_name", sa.String, nullable=True),
        sa.Column("old_value", sa.Text, nullable=False, server_default="null"),
        sa.Column("new_value", sa.Text, nullable=False, server_default="null"),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("event_id", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("undone_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_correction_event_id", "correction", ["event_id"])
    op.create_index("ix_correction_undone_at", "correction", ["undone_at", "created_at"])
    # event has a generated column (0004), which a batch copy cannot recreate: plain ADD COLUMNs
    op.execute("ALTER TABLE event ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE")  # both backends read FALSE
    op.execute("ALTER TABLE event ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]'")
    op.create_index("ix_event_hidden", "event", ["hidden"])


def downgrade() -> None:
    op.drop_index("ix_event_hidden", "event")
    op.execute("ALTER TABLE event DROP COLUMN corrected")
    op.execute("ALTER TABLE event DROP COLUMN hidden")
    op.drop_index("ix_correction_undone_at", "correction")
    op.drop_index("ix_correction_event_id", "correction")
    op.drop_table("correction")
