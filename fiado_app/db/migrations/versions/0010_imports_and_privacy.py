"""spreadsheet imports that can be undone, and the customer's data rights

`import_batch` records each import of a spreadsheet, with the customers it created and the
entries it wrote (and the sheet line of each), so that it can be undone. Customers get
`archived_at` (an undone import's customers leave the lists, their history kept) and
`anonymised_at` (LGPD erasure); `privacy_log` records those acts without personal data.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customer", sa.Column("archived_at", sa.DateTime(), nullable=True))
    op.add_column("customer", sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sheet", sa.String(length=255), nullable=False),
        sa.Column("shape", sa.String(length=12), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("customers_added", sa.Integer(), nullable=False),
        sa.Column("customers_matched", sa.Integer(), nullable=False),
        sa.Column("entries_added", sa.Integer(), nullable=False),
        sa.Column("rows_skipped", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_index("ix_import_batch_file_sha256", "import_batch", ["file_sha256"])
    op.create_table(
        "import_batch_customer",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batch.id"], name=op.f("fk_import_batch_customer_batch_id_import_batch")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_import_batch_customer_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("batch_id", "customer_id", name=op.f("pk_import_batch_customer")),
    )
    op.create_table(
        "import_batch_entry",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batch.id"], name=op.f("fk_import_batch_entry_batch_id_import_batch")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_import_batch_entry_entry_id_entry")
        ),
        sa.PrimaryKeyConstraint("batch_id", "entry_id", name=op.f("pk_import_batch_entry")),
    )
    op.create_table(
        "privacy_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("act", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("owed_cents", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_log")),
    )


def downgrade() -> None:
    op.drop_table("privacy_log")
    op.drop_table("import_batch_entry")
    op.drop_table("import_batch_customer")
    op.drop_index("ix_import_batch_file_sha256", table_name="import_batch")
    op.drop_table("import_batch")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("anonymised_at")
        batch.drop_column("archived_at")
