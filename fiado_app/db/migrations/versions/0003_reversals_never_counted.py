"""reversals correct mistakes: a reversed entry never counted

Before, a reversed entry stopped counting on the day the reversal was recorded, so a duplicate
sale reversed weeks later still showed in past receivables. A reversal now means the entry never
counted: the reversed entry's `reversed_on` and its reversal's `date` become the original's date
(`created_at` keeps when the reversal was recorded). Bounced payments recorded from now on say
from which day they stop counting (`fiado reverse --effective`).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE entry SET date = (SELECT o.date FROM entry AS o WHERE o.id = entry.reverses_id) "
        "WHERE kind = 'reversal' AND reverses_id IS NOT NULL"
    )
    op.execute("UPDATE entry SET reversed_on = date WHERE reversed_by_id IS NOT NULL")


def downgrade() -> None:
    op.execute(
        "UPDATE entry SET reversed_on = date(created_at) WHERE reversed_by_id IS NOT NULL"
    )
