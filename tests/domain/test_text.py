"""Searching names ignores case, accents and extra spaces, for every letter a name may have."""

from __future__ import annotations

import unicodedata

from fiado_app.domain.text import fold


def by_decomposition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def test_names_fold_the_way_the_owner_types_them():
    assert fold("  José  da   Conceição ") == "jose da conceicao"
    assert fold("MARIA APARECIDA") == fold("maria aparecida")
    assert fold("Zé do Bar") == "ze do bar"
    assert fold("") == "" and fold(None) == ""


def test_the_quick_table_agrees_with_unicode_for_every_letter_up_to_cyrillic():
    for code in range(0x20, 0x500):
        letter = chr(code)
        assert fold(f"a{letter}b") == by_decomposition(f"a{letter}b"), hex(code)
