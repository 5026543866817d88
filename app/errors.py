"""Linimasa's exceptions: each carries a message meant for the person who caused it."""


class LinimasaError(Exception):
    """Base of every error the CLI and the web turn into a clear message."""


class ArticleTextError(LinimasaError):
    """An article file that cannot be read as text: empty, binary, not UTF-8 or too large.
    `code` names the refusal ("binary", "no_text", ...) so a page can word it in its own language,
    with `detail` (a size, a line number) filled in."""

    def __init__(self, message: str, code: str | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.code, self.detail = code, detail


class QueryError(LinimasaError):
    """A filter parameter that cannot be understood (a malformed date, an unknown status).
    `field` names the parameter; `code` and `params` let a page word the message in its own
    language (the web's i18n labels "query_<code>"), the English message stays for the API and CLI."""

    def __init__(self, message: str, field: str | None = None, code: str | None = None,
                 params: tuple = ()) -> None:
        super().__init__(message)
        self.field, self.code, self.params = field, code, params


class GazetteerError(LinimasaError):
    """The actor gazetteer is missing or cannot be read."""


class StoreError(LinimasaError):
    """A database operation the user asked for that cannot be done as asked (a backup onto an existing file)."""
