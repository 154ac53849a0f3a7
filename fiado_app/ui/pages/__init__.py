"""The pages of the main window, in navigation order (Ctrl+1..N follow it). The first one,
"Cobranças de hoje", is the home page shown at start."""

from __future__ import annotations

from fiado_app.ui.collection.agenda_page import AgendaPage
from fiado_app.ui.collection.ladder_page import LadderPage
from fiado_app.ui.page import Page
from fiado_app.ui.pages.customers import CustomersPage
from fiado_app.ui.pages.painel import PainelPage
from fiado_app.ui.pages.receivables import ReceivablesPage
from fiado_app.ui.pages.shop import ShopPage

PAGES: list[type[Page]] = [
    AgendaPage,
    ReceivablesPage,
    CustomersPage,
    PainelPage,  # after the pages of every day, so that Ctrl+1..3 keep their places
    LadderPage,
    ShopPage,
]
