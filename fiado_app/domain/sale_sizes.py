"""When the counter asks "are you sure?" before recording a sale (docs/counter.md).

A sale far above what this customer and this shop usually sell is most often a slip: a phone
number or a barcode typed into Valor, an extra zero. The dialog then asks for confirmation,
naming the usual figures. "Far above" is three times the larger of
- the customer's largest sale of the last 12 months, and
- the shop's usual large sale: the 95th percentile of its sales of the last 30 days (once it
  has at least 20 of them),
never below R$ 100,00; a new shop with neither asks above R$ 500,00.
"""

from __future__ import annotations

from dataclasses import dataclass

CONFIRM_FACTOR = 3
FLOOR_CENTS = 100_00
NEW_SHOP_CENTS = 500_00
MIN_SHOP_SALES = 20
SHOP_DAYS = 30


@dataclass(frozen=True)
class UsualSale:
    customer_largest: int | None  # centavos, the customer's largest sale in 12 months
    shop_typical: int | None  # centavos, the shop's 95th percentile over 30 days

    @property
    def confirm_above(self) -> int:
        known = [v for v in (self.customer_largest, self.shop_typical) if v]
        if not known:
            return NEW_SHOP_CENTS
        return max(FLOOR_CENTS, CONFIRM_FACTOR * max(known))

    def is_unusual(self, amount_cents: int) -> bool:
        return amount_cents > self.confirm_above
