"""A small shop with a few customers in every situation, and a fixed "today"."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage

from fiado_app.services.customers import CustomerInput, add_customer
from fiado_app.services.ledger import record_payment, record_sale
from fiado_app.services.shop import update_shop
from tests.conftest import new_database

TODAY = date(2026, 3, 20)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("FiadoTests")
    QCoreApplication.setApplicationName("FiadoTests")
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg")
    )
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    yield


def build_shop(path: Path):
    db = new_database(path)
    update_shop(
        db,
        name="Mercadinho São José",
        document="11.222.333/0001-81",
        street="Rua das Flores",
        number="120",
        district="Centro",
        city="Campinas",
        uf="SP",
        cep="13010-000",
        phone="(19) 99876-5432",
        pix_key="11222333000181",
        terms_days=30,
    )
    ana = add_customer(db, CustomerInput("Ana Conceição", "Aninha", "(19) 98765-4321"))
    bruno = add_customer(
        db, CustomerInput("Bruno Souza", "", "(19) 97777-1234", credit_limit="100")
    )
    carla = add_customer(db, CustomerInput("Carla Dias", "Ca", "(19) 96666-0000"))
    add_customer(db, CustomerInput("Diego Lima", "", ""))
    t = TODAY
    record_sale(db, ana.id, 5000, on=t - timedelta(days=60), description="Arroz e feijão", today=t)
    record_sale(db, ana.id, 3000, on=t - timedelta(days=10), description="Pão e leite", today=t)
    record_payment(db, ana.id, 2000, on=t - timedelta(days=20), today=t)
    record_sale(
        db, bruno.id, 8000, on=t - timedelta(days=5), description="Material de limpeza", today=t
    )
    record_sale(
        db, carla.id, 12000, on=t - timedelta(days=100), description="Compra do mês", today=t
    )
    return db, {"ana": ana, "bruno": bruno, "carla": carla}


@pytest.fixture
def shop(tmp_path):
    db, people = build_shop(tmp_path / "f.sqlite3")
    yield db, people
    db.close()


@pytest.fixture
def ctx(shop, qapp):
    from fiado_app.ui.context import AppContext
    from fiado_app.ui.theme import apply_theme

    apply_theme(qapp, dark=False)
    ctx = AppContext(shop[0], today=lambda: TODAY)
    yield ctx
    ctx.close()  # background work ends before the database closes


@pytest.fixture(scope="session", autouse=True)
def fresh_screenshots():
    """Each run starts with an empty artifacts/screenshots/: what is there was drawn now."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield


def drawn_colours(image: QImage, samples: int = 24) -> int:
    """How many different colours a grid of sample points finds (1: a blank picture)."""
    seen = {
        image.pixel(x * (image.width() - 1) // samples, y * (image.height() - 1) // samples)
        for x in range(samples + 1)
        for y in range(samples + 1)
    }
    return len(seen)


def save_screenshot(widget, name: str) -> Path:
    """Save the widget's picture, after checking that something was really drawn in it."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 100 and image.height() > 50, name
    assert drawn_colours(image) > 3, f"{name}: the picture is blank"
    assert image.save(str(path)), path
    return path


@pytest.fixture
def screenshot():
    """Save a widget's picture into artifacts/screenshots/ (look at them!)."""
    return save_screenshot
