"""Files the app writes for the owner (PDFs, spreadsheets, data exports): written under a
temporary name and renamed into place, with the permissions of a normal new file."""

from __future__ import annotations

import os


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def as_a_new_file(path: str | os.PathLike[str]) -> None:
    """Give a file made with mkstemp (readable by its owner only) the permissions a new file
    gets (0666 less the umask), before it is renamed into place: the owner's PDF or
    spreadsheet opens for the other programs and users a normal file would."""
    os.chmod(path, 0o666 & ~_umask())
