"""Mentions and happenings: every event mention is stored with what clustering weighs, and
events become the happenings derived from them.

A citation is one article's mention of a happening (or, with `primary_id`, another passage
of the same article telling it again). It now carries its own dates, type, place, actors,
lemmas, keys and figures, so happenings can be re-derived from citations alone
(`linimasa recluster`), and the reason it joined its event. A mention dated by a day of
unknown year ("XXXX-11-21") has no event until another source gives that day's year. `event.action` becomes
`event.event_type`; `event.outlet_count` ranks key moments.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

from app.store.dialect import POSTGRESQL

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_JSON_COLUMNS = ("place_within", "places_named", "actors", "reporters", "lemmas", "keys", "figures", "flags", "merge_reason")


# names for the reflected, unnamed constraints of 0001, so the batch copy can drop one
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    # (event, article, start, end) was unique: with happenings re-derived, mentions move between events in
    # steps, and one passage stating two dates is two mentions; the passage is no key any more
    postgres = op.get_bind().dialect.name == POSTGRESQL
    if postgres:  # the name PostgreSQL gave 0001's unnamed constraint
        op.drop_constraint("citation_event_id_article_id_start_end_key", "citation", type_="unique")
    with op.batch_alter_table("citation", naming_convention=_NAMING) as batch:
        if not postgres:
            batch.drop_constraint("uq_citation_event_id", type_="unique")
        batch.alter_column("event_id", existing_type=sa.Integer, nullable=True)
        batch.alter_column("timex_start", existing_type=sa.Integer, nullable=True)
        batch.alter_column("timex_end", existing_type=sa.Integer, nullable=True)
        batch.add_column(sa.Column("primary_id", sa.Integer, sa.ForeignKey("citation.id", ondelete="CASCADE",
                                                                           name="fk_citation_primary"),
                                   nullable=True))
        batch.add_column(sa.Column("date_start", sa.Date))
        batch.add_column(sa.Column("date_end", sa.Date))
        batch.add_column(sa.Column("granularity", sa.String))
        batch.add_column(sa.Column("event_type", sa.String))
        batch.add_column(sa.Column("place", sa.String))
        batch.add_column(sa.Column("summary", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("date_source", sa.String, nullable=False, server_default="stated"))
        batch.add_column(sa.Column("date_explanation", sa.Text, nullable=False, server_default=""))
        for name in _JSON_COLUMNS:
            batch.add_column(sa.Column(name, sa.Text, nullable=False,
                                       server_default="{}" if name == "merge_reason" else "[]"))
    op.create_index("ix_citation_dates", "citation", ["date_start", "date_end"])
    op.create_index("ix_citation_primary", "citation", ["primary_id"])
    _citation_fts_triggers()
    # event has a generated column (0004), which a batch copy cannot recreate: SQLite's own ALTER can
    op.execute("ALTER TABLE event RENAME COLUMN action TO event_type")
    op.execute("ALTER TABLE event ADD COLUMN outlet_count INTEGER NOT NULL DEFAULT 1")
    op.create_index("ix_event_outlet_count", "event", ["outlet_count", "date_start"])


def _citation_fts_triggers() -> None:
    """A batch copy of citation drops its triggers: the full-text index must follow it again.
    (PostgreSQL alters the table in place, and its tsvector column is generated: nothing to do.)"""
    if op.get_bind().dialect.name == POSTGRESQL:
        return
    for trigger in ("citation_fts_insert", "citation_fts_delete", "citation_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("""CREATE TRIGGER citation_fts_insert AFTER INSERT ON citation BEGIN
        INSERT INTO citation_fts(rowid, quote) VALUES (new.id, new.quote); END""")
    op.execute("""CREATE TRIGGER citation_fts_delete AFTER DELETE ON citation BEGIN
        INSERT INTO citation_fts(citation_fts, rowid, quote) VALUES ('delete', old.id, old.quote); END""")
    op.execute("""CREATE TRIGGER citation_fts_update AFTER UPDATE OF quote ON citation BEGIN
        INSERT INTO citation_fts(citation_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
        INSERT INTO citation_fts(rowid, quote) VALUES (new.id, new.quote); END""")
    op.execute("INSERT INTO citation_fts(citation_fts) VALUES ('rebuild')")


def downgrade() -> None:
    op.drop_index("ix_event_outlet_count", "event")
    op.execute("ALTER TABLE event DROP COLUMN outlet_count")
    op.execute("ALTER TABLE event RENAME COLUMN event_type TO action")
    op.drop_index("ix_citation_primary", "citation")
    op.drop_index("ix_citation_dates", "citation")
    with op.batch_alter_table("citation") as batch:
        batch.create_unique_constraint("uq_citation_event_id", ["event_id", "article_id", "start", "end"])
        for name in reversed(_JSON_COLUMNS):
            batch.drop_column(name)
        for name in ("date_explanation", "date_source", "summary", "place", "event_type", "granularity", "date_end",
                     "date_start", "primary_id"):
            batch.drop_column(name)
    _citation_fts_triggers()
