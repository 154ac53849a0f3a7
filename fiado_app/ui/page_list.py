"""The pages of the main window, in navigation order (Ctrl+1..N follow it), named without
importing them: the first one, "Cobranças de hoje", is built at start-up; the others, whose
services bring in SQLAlchemy (most of a second on a slow PC), are imported on a worker thread
once the home page shows its list, then built (ui/main_window.py). A test keeps each title
equal to its class's."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from fiado_app.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from fiado_app.ui.page import Page


@dataclass(frozen=True)
class PageSpec:
    module: str
    name: str
    title: str  # marked for translation in the "pages" context

    def load(self) -> type[Page]:
        page_class: type[Page] = getattr(import_module(self.module), self.name)
        return page_class


PAGE_SPECS = (
    PageSpec(
        "fiado_app.ui.collection.agenda_page",
        "AgendaPage",
        QT_TRANSLATE_NOOP("pages", "Cobranças de hoje"),
    ),
    PageSpec(
        "fiado_app.ui.pages.receivables",
        "ReceivablesPage",
        QT_TRANSLATE_NOOP("pages", "Contas a receber"),
    ),
    PageSpec(
        "fiado_app.ui.pages.customers", "CustomersPage", QT_TRANSLATE_NOOP("pages", "Clientes")
    ),
    # The Painel after the pages of every day, so that Ctrl+1..3 keep their places.
    PageSpec("fiado_app.ui.pages.painel", "PainelPage", QT_TRANSLATE_NOOP("pages", "Painel")),
    PageSpec(
        "fiado_app.ui.collection.ladder_page",
        "LadderPage",
        QT_TRANSLATE_NOOP("pages", "Régua de cobrança"),
    ),
    PageSpec("fiado_app.ui.pages.shop", "ShopPage", QT_TRANSLATE_NOOP("pages", "Dados da loja")),
)


def page_classes() -> list[type[Page]]:
    """Every page's class (imports them all)."""
    return [spec.load() for spec in PAGE_SPECS]


def load_page_modules() -> None:
    """Import every page's module (and the services under it): safe on a worker thread, as
    it defines classes and builds no widget."""
    for spec in PAGE_SPECS:
        import_module(spec.module)
