"""Errors the owner can fix: str(error) is a clear Portuguese message. Every layer may raise
and catch them; the storage ones are raised by db/ and shown by the UI and CLI."""

from __future__ import annotations

from pathlib import Path


class FiadoError(Exception):
    """An error the user can fix; str(error) is a clear Portuguese message, worded for both the
    app and the command line. `cli_hint` adds what only the command line has (an option to
    use), printed by the CLI after the message, on the same line."""

    cli_hint: str = ""

    def __init__(self, message: str = "", *, cli_hint: str = "") -> None:
        super().__init__(message)
        if cli_hint:
            self.cli_hint = cli_hint


class InvalidInput(FiadoError):
    """A value typed by the user (amount, date, phone, document...) is not acceptable."""


class DatabaseUnreadable(FiadoError):
    """The file is not a readable SQLite database (corrupt, truncated or not ours)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"Não foi possível abrir o banco de dados {path}: o arquivo parece danificado "
            f"ou não é um banco do Fiado ({detail})."
        )
        self.path = path


class DatabaseNotWritable(FiadoError):
    """The disk is full, or the file or its folder cannot be written."""


class DatabaseDamaged(DatabaseUnreadable):
    """The full check (`PRAGMA quick_check`) found damage: no write is accepted."""

    def __init__(self, path: Path, detail: str) -> None:
        FiadoError.__init__(
            self,
            f"O banco de dados {path} está danificado ({detail}). Para não perder nada, o Fiado "
            "não grava mais nada nele: restaure a cópia de segurança mais recente em bom estado.",
        )
        self.path = path


class JournalLost(FiadoError):
    """This process's journal was unlinked and what it held could not be put back for sure."""


class DatabaseBusy(FiadoError):
    def __init__(self) -> None:
        super().__init__(
            "O banco de dados está ocupado por outro programa. Tente de novo em instantes."
        )


class StorageFailure(FiadoError):
    """SQLite refused a statement for a reason the app did not foresee (nothing was written)."""
