"""A mention's proper names: the mountain, defendant or ship a passage names that no actor or
place stands for ("Semeru", "Sambo"), and the names of its article's headline and lead, both
weighed when clustering mentions into happenings.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch copy of citation would drop its full-text triggers
    op.add_column("citation", sa.Column("names", sa.Text, nullable=False, server_default="[]"))
    op.add_column("citation", sa.Column("topic_names", sa.Text, nullable=False, server_default="[]"))


def downgrade() -> None:
    op.execute("ALTER TABLE citation DROP COLUMN topic_names")
    op.execute("ALTER TABLE citation DROP COLUMN names")
