"""Initial schema: articles, timexes, actors, events, citations, and full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

from app.store.dialect import POSTGRESQL

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("outlet", sa.String),
        sa.Column("url", sa.String),
        sa.Column("published", sa.Date),
        sa.Column("published_source", sa.String, nullable=False, server_default="none"),
        sa.Column("source_name", sa.String),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_article_content_hash", "article", ["content_hash"], unique=True)
    op.create_index("ix_article_outlet", "article", ["outlet"])

    op.create_table(
        "timex",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("value", sa.String),
        sa.Column("granularity", sa.String, nullable=False),
        sa.Column("rule", sa.String, nullable=False),
        sa.Column("explanation", sa.String, nullable=False),
        sa.Column("weekday_conflict", sa.String),
    )
    op.create_index("ix_timex_article_id", "timex", ["article_id"])

    op.create_table(
        "actor",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
    )
    op.create_index("ix_actor_name", "actor", ["name"], unique=True)
    op.create_table(
        "actor_alias",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actor.id", ondelete="CASCADE"), nullable=False),
        sa.Column("alias", sa.String, nullable=False),
    )
    op.create_index("ix_actor_alias_actor_id", "actor_alias", ["actor_id"])
    op.create_index("ix_actor_alias_alias", "actor_alias", ["alias"], unique=True)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value", sa.String, nullable=False),
        sa.Column("date_start", sa.Date, nullable=False),
        sa.Column("date_end", sa.Date, nullable=False),
        sa.Column("granularity", sa.String, nullable=False),
        sa.Column("summary", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("place", sa.String),
        sa.Column("action", sa.String),
        sa.Column("flags", sa.Text, nullable=False, server_default="[]"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    # the timeline reads events in date order and narrows them by date range and status
    op.create_index("ix_event_dates", "event", ["date_start", "date_end"])
    op.create_index("ix_event_status_dates", "event", ["status", "date_start"])

    op.create_table(
        "event_actor",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_event_actor_actor", "event_actor", ["actor_id", "event_id"])

    op.create_table(
        "citation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("timex_start", sa.Integer, nullable=False),
        sa.Column("timex_end", sa.Integer, nullable=False),
        sa.Column("value", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.UniqueConstraint("event_id", "article_id", "start", "end"),
    )
    op.create_index("ix_citation_event_id", "citation", ["event_id"])
    op.create_index("ix_citation_article_id", "citation", ["article_id"])

    if op.get_bind().dialect.name == POSTGRESQL:
        # PostgreSQL's own full-text search: a tsvector of the quote that the database keeps in
        # step itself (a generated column, so no trigger), with the `simple` configuration
        # (lower case, no stemming: Indonesian has no configuration of its own), GIN-indexed
        op.execute("ALTER TABLE citation ADD COLUMN quote_search tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('simple', quote)) STORED")
        op.execute("CREATE INDEX ix_citation_quote_search ON citation USING GIN (quote_search)")
        return
    # Full-text search over cited passages and whole articles (external-content FTS5 tables,
    # kept in step by triggers). unicode61 folds case and strips diacritics.
    op.execute("""CREATE VIRTUAL TABLE citation_fts USING fts5(
        quote, content='citation', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""")
    op.execute("""CREATE TRIGGER citation_fts_insert AFTER INSERT ON citation BEGIN
        INSERT INTO citation_fts(rowid, quote) VALUES (new.id, new.quote); END""")
    op.execute("""CREATE TRIGGER citation_fts_delete AFTER DELETE ON citation BEGIN
        INSERT INTO citation_fts(citation_fts, rowid, quote) VALUES ('delete', old.id, old.quote); END""")
    op.execute("""CREATE TRIGGER citation_fts_update AFTER UPDATE OF quote ON citation BEGIN
        INSERT INTO citation_fts(citation_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
        INSERT INTO citation_fts(rowid, quote) VALUES (new.id, new.quote); END""")
    op.execute("""CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""")
    op.execute("""CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""")
    op.execute("""CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END""")
    op.execute("""CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == POSTGRESQL:
        for table in ("citation", "event_actor", "event", "actor_alias", "actor", "timex", "article"):
            op.drop_table(table)
        return
    for trigger in ("citation_fts_insert", "citation_fts_delete", "citation_fts_update",
                    "article_fts_insert", "article_fts_delete", "article_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS citation_fts")
    op.execute("DROP TABLE IF EXISTS article_fts")
    for table in ("citation", "event_actor", "event", "actor_alias", "actor", "timex", "article"):
        op.drop_table(table)
