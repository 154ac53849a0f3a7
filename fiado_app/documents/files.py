"""Files the app writes for the owner (PDFs, spreadsheets, data exports): written under a
temporary name and renamed into place, with the permissions of a normal new file."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def as_a_new_file(path: str | os.PathLike[str]) -> None:
    """Give a file made with mkstemp (readable by its owner only) the permissions a new file
    gets (0666 less the umask), before it is renamed into place: the owner's PDF or
    spreadsheet opens for the other programs and users a normal file would."""
    os.chmod(path, 0o666 & ~_umask())


def why_not_written(exc: OSError, target: Path) -> str:
    """Why a file could not be written, in the owner's words (the system's own are English)."""
    reasons = {
        errno.ENOENT: f"a pasta {target.parent} não existe",
        errno.ENOTDIR: f"{target.parent} não é uma pasta",
        errno.EACCES: f"não há permissão para gravar em {target.parent}",
        errno.EPERM: f"não há permissão para gravar em {target.parent}",
        errno.EROFS: f"{target.parent} está num disco que só pode ser lido",
        errno.ENOSPC: "o disco está cheio",
        errno.EISDIR: f"{target} é uma pasta",
    }
    reason = reasons.get(exc.errno or 0) or (exc.strerror or str(exc))
    return f"Não foi possível gravar {target.name}: {reason}."


def write_atomically(target: Path, write: Callable[[Path], T]) -> T:
    """`write(tmp)` into a temporary file beside `target`, then rename it into place with the
    permissions of a new file: a failure (an OSError, for the caller to explain) leaves
    neither a half-written `target` nor the temporary file."""
    handle, name = tempfile.mkstemp(prefix=".fiado-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        result = write(tmp)
        as_a_new_file(tmp)
        os.replace(tmp, target)
        return result
    finally:
        tmp.unlink(missing_ok=True)
