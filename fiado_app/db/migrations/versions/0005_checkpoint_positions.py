"""checkpoint positions: each checkpoint keeps the customer's whole position on its day

The checkpoint now holds the open amount, the oldest open due date and the last payment on its
day, the sales not yet overdue then (`upcoming`, with the first of their due dates) and the
first entry dated after it (domain/checkpoint.py), so today's receivables read no entry; and
two indexes let today's agenda read the contact log by customer and stage, and the promises. A payment made
on the checkpoint's day is now summed up in it. Every customer's checkpoint is computed again.

Revision ID: 0005
Revises: 0004
"""

from datetime import date

import sqlalchemy as sa
from alembic import op

from fiado_app.domain.checkpoint import checkpoints_of

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _table(*extra: sa.Column) -> sa.Table:
    return op.create_table(
        "ledger_checkpoint",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("carry_cents", sa.Integer(), nullable=False),
        *extra,
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"],
            name=op.f("fk_ledger_checkpoint_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_ledger_checkpoint")),
    )


def upgrade() -> None:
    op.drop_table("ledger_checkpoint")
    table = _table(
        sa.Column("open_cents", sa.Integer(), nullable=False),
        sa.Column("oldest_due", sa.Date(), nullable=True),
        sa.Column("last_payment", sa.Date(), nullable=True),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("upcoming", sa.Text(), nullable=False),
        sa.Column("moves_on", sa.Date(), nullable=True),
    )
    rows = op.get_bind().execute(
        sa.text(
            "SELECT customer_id, date, kind, amount_cents, due_date, reversed_on FROM entry "
            "ORDER BY customer_id, date, id"
        )
    )
    points = [{"customer_id": cid, **p.stored()} for cid, p in checkpoints_of(rows, date.today())]
    if points:
        op.bulk_insert(table, points)
    # Today's agenda reads the contact log through these.
    op.create_index(
        "ix_contact_stage",
        "contact",
        ["customer_id", "stage_key", "at", "outcome"],
        sqlite_where=sa.text("stage_key IS NOT NULL"),
    )
    op.create_index("ix_contact_made", "contact", ["customer_id", "at", "outcome"])
    op.create_index(
        "ix_contact_promised",
        "contact",
        ["customer_id", "at", "id"],
        sqlite_where=sa.text("outcome = 'promessa'"),
    )


def downgrade() -> None:
    op.drop_index("ix_contact_made", table_name="contact")
    op.drop_index("ix_contact_promised", table_name="contact")
    op.drop_index("ix_contact_stage", table_name="contact")
    op.drop_table("ledger_checkpoint")
    _table(sa.Column("last_payment", sa.Date(), nullable=True))  # 0004 read it whole
