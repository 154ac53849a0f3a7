"""Text helpers: accent-insensitive keys for searching names, counts as Brazilians write them."""

from __future__ import annotations

import unicodedata


def _strip_accents(c: str) -> str:
    return "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))


# The accented Latin letters of Portuguese (and their neighbours) mapped once: folding 10,000
# names at start-up is then one `translate` each, not a decomposition letter by letter.
_LATIN = str.maketrans({chr(i): _strip_accents(chr(i)) for i in range(0xC0, 0x250)})


def fold(text: str | None) -> str:
    """Lower case, no accents, single spaces: `  José  da Silva` -> `jose da silva`."""
    if not text:
        return ""
    quick = text.translate(_LATIN)
    if quick.isascii():
        return " ".join(quick.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


def format_count(n: int) -> str:
    """A count the Brazilian way, with a dot every three digits: 6881 -> `6.881`."""
    return f"{n:,}".replace(",", ".")


def plural(n: int, one: str, many: str) -> str:
    """`1 compra`, `3 compras`, `1.200 dias`: a count with its noun, never "compra(s)"."""
    return f"{format_count(n)} {one if abs(n) == 1 else many}"
