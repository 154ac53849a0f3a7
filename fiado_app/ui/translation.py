"""Marking Portuguese source texts for translation where they are defined (page titles, column
headers, labels) and translating them where they are shown (`translate(context, text)`)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802  (Qt's name, for lupdate)
    """Qt's marker, typed: pyside6-lupdate finds `QT_TRANSLATE_NOOP("context", "text")` by
    name and lists the text; at run time it returns the text unchanged."""
    return source
