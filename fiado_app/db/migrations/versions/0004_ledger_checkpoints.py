"""ledger checkpoints: where each customer's ledger is summed up

Today's receivables and agenda read each customer's recent entries plus a stored carry
(domain/checkpoint.py) instead of the whole history. This revision adds the table and the index
that reads a customer's entries by date; 0005 computes every customer's checkpoint.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
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
    # 0005 computes the checkpoints (with more of the position in them); until then a
    # customer without one is read whole.


def downgrade() -> None:
    op.drop_index("ix_entry_tail", table_name="entry")
    op.drop_table("ledger_checkpoint")
