"""receipt numbers, and contacts undone

Receipts were numbered with the payment's entry id (nº 000002, then 016847). Each receipt now
takes the next number of its own sequence the first time it is issued, and keeps it. A contact
logged by mistake can be undone: it is marked `voided_at` (kept, but counting no more), and the
agenda's indexes on the contact log carry that column.

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
    op.add_column("contact", sa.Column("voided_at", sa.DateTime(), nullable=True))
    op.drop_index("ix_contact_stage", table_name="contact")
    op.drop_index("ix_contact_made", table_name="contact")
    op.create_index(
        "ix_contact_stage",
        "contact",
        ["customer_id", "stage_key", "at", "outcome", "voided_at"],
        sqlite_where=sa.text("stage_key IS NOT NULL"),
    )
    op.create_index("ix_contact_made", "contact", ["customer_id", "at", "outcome", "voided_at"])


def downgrade() -> None:
    op.drop_index("ix_contact_made", table_name="contact")
    op.drop_index("ix_contact_stage", table_name="contact")
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("voided_at")
    op.create_index(
        "ix_contact_stage",
        "contact",
        ["customer_id", "stage_key", "at", "outcome"],
        sqlite_where=sa.text("stage_key IS NOT NULL"),
    )
    op.create_index("ix_contact_made", "contact", ["customer_id", "at", "outcome"])
    op.drop_table("receipt")
