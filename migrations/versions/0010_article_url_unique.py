"""One article per URL: several ingest processes (or machines) feeding one database cannot store
the same page twice, as the unique content hash already keeps them from storing the same text
twice. Articles without a URL are not affected (NULLs are distinct in a unique index).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a newer text of the same URL always replaced the older one (store/ingest.py, _same_source),
    # so no database written by Linimasa holds a URL twice
    op.create_index("ix_article_url", "article", ["url"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_article_url", "article")
