"""ledger checkpoints: where each customer's ledger is summed up

Today's receivables and agenda read each customer's recent entries plus a stored carry
(domain/checkpoint.py) instead of the whole history. This revision adds the table and the index
that reads a customer's entries by date, and computes every customer's checkpoint.

Revision ID: 0004
Revises: 0003
"""

from datetime import date
from itertools import groupby

import sqlalchemy as sa
from alembic import op

from fiado_app.domain.checkpoint import checkpoint

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    table = op.create_table(
        "ledger_checkpoint",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("carry_cents", sa.Integer(), nullable=False),
        sa.Column("last_payment", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"],
            name=op.f("fk_ledger_checkpoint_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_ledger_checkpoint")),
    )
    op.create_index(
        "ix_entry_tail",
        "entry",
        ["customer_id", "date", "kind", "amount_cents", "due_date", "reversed_on"],
    )
    rows = op.get_bind().execute(
        sa.text(
            "SELECT customer_id, date, kind, amount_cents, due_date, reversed_on FROM entry "
            "ORDER BY customer_id, date, id"
        )
    )
    points = []
    for cid, group in groupby(rows, key=lambda r: r[0]):
        facts = (
            (date.fromisoformat(str(on)[:10]), kind, cents, _day(due), _day(rev))
            for _c, on, kind, cents, due, rev in group
        )
        found = checkpoint(facts, date.today())
        if found is not None:
            points.append(
                {
                    "customer_id": cid,
                    "since": found.since,
                    "carry_cents": found.carry_cents,
                    "last_payment": found.last_payment,
                }
            )
    if points:
        op.bulk_insert(table, points)


def downgrade() -> None:
    op.drop_index("ix_entry_tail", table_name="entry")
    op.drop_table("ledger_checkpoint")
