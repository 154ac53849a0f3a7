"""The pages of the main window, in navigation order. The next issues append theirs here
("Cobranças de hoje" will be inserted first and becomes the home page; documents after)."""

from __future__ import annotations

from fiado_app.ui.pages.customers import CustomersPage
from fiado_app.ui.pages.receivables import ReceivablesPage
from fiado_app.ui.pages.shop import ShopPage

PAGES: list[type] = [ReceivablesPage, CustomersPage, ShopPage]
