"""The one error every extractor raises, worded for the person importing."""

from __future__ import annotations


class ExtractionError(Exception):
    """The material cannot become a story; ``message`` says why, in words a person understands.

    The message is a translated string (English msgid), so the import command
    and the inbox show it in the editor's language; ``code`` is stable for
    programs ("empty", "binary", "encoding", "not-article").
    """

    def __init__(self, message: str, *, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = str(message)
        self.code = code

    def __str__(self) -> str:
        return self.message
