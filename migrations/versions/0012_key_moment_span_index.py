"""An index for the key moments of a period: key_moment, then span class and dates, as 0004's
ix_event_span_start, so that the key moments view of a year reads only its key moments'
index entries (at 1,000,000 events it read every event of the year and then each one's row
for its flag: about 100 ms per query, three queries a page).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # span_class is a generated column the models do not declare (0004): plain SQL, both dialects
    op.execute("CREATE INDEX ix_event_moment_span ON event (key_moment, span_class, date_start, date_end)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_event_moment_span")
