"""Pure extraction pipeline: article text in, dataclasses out (no database, no web)."""
