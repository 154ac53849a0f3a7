"""the Painel's sums of past months and days, kept until the ledger under them changes

The Painel's numbers for a month (or a day) that is over depend only on the entries dated up to
its last day. `kpi_cache` keeps them (services/kpi_cache.py); triggers on `entry` delete every
kept slice whose last day is on or after the date of any entry inserted, changed or deleted (for
a sale an agreement takes off, the agreement's day), so a sale written with an old date, or a
reversal of one, makes those slices be summed again. The triggers live in the database: no way
of writing can forget them.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TRIGGERS = {
    "kpi_cache_entry_insert": "AFTER INSERT ON entry BEGIN "
    "DELETE FROM kpi_cache WHERE last_day >= NEW.date; END",
    # A sale an agreement (or a break) takes off stops counting on that day only; any other
    # change (a reversal, which removes the entry at every date) reaches back to its date.
    "kpi_cache_entry_update": "AFTER UPDATE ON entry BEGIN "
    "DELETE FROM kpi_cache WHERE last_day >= CASE WHEN OLD.reversed_by_id IS NULL "
    "AND NEW.reversed_by_id IS NOT NULL AND NEW.reversed_on IS NOT NULL "
    "AND OLD.date = NEW.date AND OLD.kind = NEW.kind AND OLD.customer_id = NEW.customer_id "
    "AND OLD.amount_cents = NEW.amount_cents AND OLD.due_date IS NEW.due_date "
    "AND (SELECT r.kind FROM entry AS r WHERE r.id = NEW.reversed_by_id) != 'reversal' "
    "THEN NEW.reversed_on ELSE min(OLD.date, NEW.date) END; END",
    "kpi_cache_entry_delete": "AFTER DELETE ON entry BEGIN "
    "DELETE FROM kpi_cache WHERE last_day >= OLD.date; END",
}


def upgrade() -> None:
    op.create_table(
        "kpi_cache",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_kpi_cache")),
    )
    op.create_index("ix_kpi_cache_last_day", "kpi_cache", ["last_day"])
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_kpi_cache_last_day", table_name="kpi_cache")
    op.drop_table("kpi_cache")
