"""Storage: SQLModel tables, queries, and the one write path (ingestion)."""
