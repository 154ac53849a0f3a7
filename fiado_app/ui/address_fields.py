"""The address rows of a form (the shop's and a customer's), built from domain/address.py."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from fiado_app.domain.address import ADDRESS_PARTS, Address
from fiado_app.domain.br_documents import format_cep
from fiado_app.domain.errors import InvalidInput
from fiado_app.ui.labels import address_label


def add_address_rows(form: QFormLayout, parent: QWidget) -> dict[str, QLineEdit]:
    """One labelled line per address part, added to `form`; keyed by the part's name."""
    edits: dict[str, QLineEdit] = {}
    for part in ADDRESS_PARTS:
        edit = QLineEdit(parent)
        if part.name == "uf":
            edit.setMaxLength(2)  # longer texts are refused with a message, not cut
        form.addRow(address_label(part.name), edit)
        edits[part.name] = edit
    return edits


def show_address(edits: dict[str, QLineEdit], address: Address) -> None:
    for part in ADDRESS_PARTS:
        value = getattr(address, part.name)
        if part.name == "cep" and value:
            with contextlib.suppress(InvalidInput):  # an odd CEP saved long ago: shown as is
                value = format_cep(value)
        edits[part.name].setText(value)
