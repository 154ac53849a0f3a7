"""Small helpers shared by the collection widgets: QR pixmaps, error boxes, contact hours."""

from __future__ import annotations

import io
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from fiado_app.domain.contact_hours import contact_allowed
from fiado_app.services.collection_settings import get_collection_settings
from fiado_app.services.storage import Database
from fiado_app.ui.common import ask


def qr_pixmap(payload: str, scale: int = 5) -> QPixmap:
    """The Pix payload as a QR code (segno, error correction M as Pix apps expect)."""
    import segno  # when a QR code is first drawn, not at start-up

    buffer = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, "Fiado", str(exc))


def outside_hours_reason(db: Database, now: datetime | None = None) -> str | None:
    """Why now is outside the contact hours (Sunday, holiday, out of hours), or None."""
    settings = get_collection_settings(db)
    allowed, reason = contact_allowed(now or datetime.now(), settings.hours)
    return None if allowed else reason


def confirm_outside_hours(parent: QWidget | None, reason: str) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("collection", "Fora do horário de contato"),
        QCoreApplication.translate(
            "collection",
            "{reason}\n\nCobrar fora do horário pode incomodar o cliente (CDC art. 42 e 71). "
            "Deseja abrir o WhatsApp mesmo assim?",
        ).format(reason=reason),
    )
