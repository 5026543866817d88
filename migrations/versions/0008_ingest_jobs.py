"""Ingest jobs: what the browser asked to add (each file, or the pasted text, with its bytes until
the worker has read them) and what became of each, so the page can show progress and the
ingestion runs in the app's worker thread, not in the request.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingestjob",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
    )
    op.create_index("ix_ingestjob_status", "ingestjob", ["status"])
    op.create_table(
        "ingestjobfile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("job_id", sa.Integer, sa.ForeignKey("ingestjob.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("pasted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("refusal", sa.String),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
        sa.Column("new_events", sa.Integer, nullable=False, server_default="0"),
        sa.Column("merged_events", sa.Integer, nullable=False, server_default="0"),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("data", sa.LargeBinary),
        sa.Column("title", sa.String),
        sa.Column("outlet", sa.String),
        sa.Column("url", sa.String),
        sa.Column("published_text", sa.String),
        sa.Column("results", sa.Text, nullable=False, server_default="[]"),
    )
    op.create_index("ix_ingestjobfile_job_id", "ingestjobfile", ["job_id"])


def downgrade() -> None:
    op.drop_index("ix_ingestjobfile_job_id", "ingestjobfile")
    op.drop_table("ingestjobfile")
    op.drop_index("ix_ingestjob_status", "ingestjob")
    op.drop_table("ingestjob")
