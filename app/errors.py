"""Linimasa's exceptions: each carries a message meant for the person who caused it."""


class LinimasaError(Exception):
    """Base of every error the CLI and the web turn into a clear message."""


class ArticleTextError(LinimasaError):
    """An article file that cannot be read as text: empty, binary, not UTF-8 or too large."""


class QueryError(LinimasaError):
    """A filter parameter that cannot be understood (a malformed date, an unknown status)."""


class GazetteerError(LinimasaError):
    """The actor gazetteer is missing or cannot be read."""


class StoreError(LinimasaError):
    """A database operation the user asked for that cannot be done as asked (a backup onto an existing file)."""
