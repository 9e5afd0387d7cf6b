"""Errors raised by Sourcebook. One tree, so callers can catch what they mean::

    SourcebookError
     +-- InputError            an input file or row that cannot be read (the build skips it)
     +-- ModelNotFound         no spaCy pipeline could be loaded
     +-- StoreError            the store cannot be opened or migrated
     +-- SettingsError         an option has a bad value (names the value and the valid ones)
     +-- NotFound              no record with the id asked for (the web app answers 404)

The library never prints or exits; the CLI turns these into friendly messages in one place.
"""

from __future__ import annotations

__all__ = ["InputError", "ModelNotFound", "NotFound", "SettingsError", "SourcebookError", "StoreError"]


class SourcebookError(Exception):
    """Base class of every error Sourcebook raises on purpose."""


class InputError(SourcebookError):
    """An input that cannot be read; ``where`` names the file (and line)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ModelNotFound(SourcebookError):
    """No spaCy pipeline could be loaded."""


class StoreError(SourcebookError):
    """The store cannot be opened, migrated or written."""


class SettingsError(SourcebookError):
    """An option or setting has a value Sourcebook cannot use."""


class NotFound(SourcebookError):
    """No article, speaker, measure or record has the id asked for; the message names it."""
