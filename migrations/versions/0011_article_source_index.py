"""An index on the article's file name: a bulk ingest asks, per batch, which of its articles
replace a stored one (the same URL, which 0010's unique index serves, or the same file name
without one); without it each batch reads the whole article table. And one on the mention's
stated date, which every new dated day looks up.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain CREATE INDEX: a batch (copy-and-move) of the article table is not needed for an index
    op.create_index("ix_article_source_name", "article", ["source_name"])
    # a dated day asks for the stored mentions of that day in an unknown year ("XXXX-11-21")
    op.create_index("ix_citation_value", "citation", ["value"])


def downgrade() -> None:
    op.drop_index("ix_citation_value", "citation")
    op.drop_index("ix_article_source_name", "article")
