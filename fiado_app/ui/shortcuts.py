"""The app's keyboard shortcuts, in one place. The platform's standard keys (QKeySequence's
StandardKey: Ctrl+P prints, Ctrl+S saves, Ctrl+Z undoes...) keep their meaning; the app's own
commands use keys no standard one takes on any platform (tests/ui/test_shortcuts.py)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

_S = QKeySequence.StandardKey

NEW_SALE = _S.New  # Ctrl+N: a sale is what the counter creates most
PAYMENT = "F4"  # not Ctrl+P, which prints everywhere else
NEW_CUSTOMER = "Ctrl+Shift+N"
LETTER = "Ctrl+L"
AGREEMENT = "Ctrl+Shift+A"  # Fazer acordo
FIND = _S.Find
SAVE = _S.Save
UNDO = _S.Undo
QUIT = _S.Quit


def text(key: str | QKeySequence.StandardKey) -> str:
    """How the key reads in a tooltip or a message on this platform ("Ctrl+N", "F4")."""
    sequence = QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)
