"""receipt numbers: a gap-free sequence of their own

Receipts were numbered with the payment's entry id (nº 000002, then 016847). Each receipt now
takes the next number of its own sequence the first time it is issued, and keeps it.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipt",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], name=op.f("fk_receipt_entry_id_entry")),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_receipt")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_receipt_entry_id")),
    )


def downgrade() -> None:
    op.drop_table("receipt")
