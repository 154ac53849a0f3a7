"""agreements: instalments that replace a customer's open sales

A new entry kind, 'agreement', marks the sales an agreement settled (it adds nothing to a
balance). The CHECK on `entry.kind` only widens, so instead of copying the whole ledger
table (minutes on a shop with years of entries) the table's definition is edited in place, as
SQLite documents for loosening a constraint (https://sqlite.org/lang_altertable.html, "making
other kinds of table schema changes"): every existing row already satisfies the new CHECK.

Stage texts still equal to the default ones of 0007 are stored empty, so that they follow the
default texts from now on (new shops got a copy of the defaults of the day they were created).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD_KINDS = "kind IN ('sale', 'payment', 'discount', 'reversal')"
NEW_KINDS = "kind IN ('sale', 'payment', 'discount', 'reversal', 'agreement')"

# The default stage texts as they were up to revision 0007, word for word.
TEXTS_0007 = {
    'lembrete': 'Oi, {primeiro_nome}! Tudo bem? Aqui é da loja {loja}.\nSó para lembrar: {valor_a_pagar} da sua conta vence em {vencimento}.\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nSe preferir, pode pagar aqui na loja, em dinheiro ou cartão.\nObrigado pela preferência!',  # noqa: E501
    'vencimento': 'Oi, {primeiro_nome}! Aqui é da loja {loja}.\nHoje, {vencimento}, vence {valor_a_pagar} da sua conta.\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nOu aqui na loja, em dinheiro ou cartão, como for melhor para você.\nQualquer dúvida, é só chamar. Obrigado!',  # noqa: E501
    'amigavel': 'Oi, {primeiro_nome}, tudo bem? Aqui é da loja {loja}.\nPassando para lembrar que {valor_vencido} da sua conta venceu em {vencimento}. Na correria, acontece!\n{encargos}\nAinda a vencer, sem pressa: {valor_a_vencer}.\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nTambém dá para pagar aqui na loja, em dinheiro ou cartão.\nSe já pagou, desconsidere esta mensagem. Está tudo bem por aí? Um abraço!',  # noqa: E501
    'segundo_aviso': 'Olá, {primeiro_nome}. Aqui é da loja {loja}.\nSua conta está vencida desde {vencimento}, há {tempo_atraso}. Valor vencido: {valor_vencido}.\n{encargos}\nCompras vencidas:\n{itens_vencidos}\nAinda a vencer, sem pressa: {valor_a_vencer}.\nSe ficar melhor, podemos dividir em partes.\nQual data fica boa para você? Me responda por aqui, por favor.\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nTambém dá para pagar aqui na loja, em dinheiro ou cartão.\nSe já pagou, desconsidere. Obrigado!\n{loja} · {documento_loja}',  # noqa: E501
    'ligacao': 'Roteiro de ligação: {nome}\n\n1. Apresente-se: “Bom dia! Aqui é [seu nome], da loja {loja}.”\n2. Confirme com quem fala: “Falo com {nome}?” Se não for a pessoa, não fale da conta: pergunte um bom horário para ligar de novo e agradeça.\n3. Explique com calma: “Estou ligando por causa da sua conta aqui na loja. Está vencido {valor_vencido}, desde {vencimento}.”\n   Atraso: {tempo_atraso}.\n   {encargos}\n   Compras vencidas:\n{itens_vencidos}\n   Ainda a vencer (não cobre agora): {valor_a_vencer}\n4. Proponha formas de pagar {valor_a_pagar}: Pix (chave {chave_pix}), dinheiro ou cartão na loja, ou dividir em partes.\n5. Ouça: pergunte se está tudo bem e se há algo errado na conta. Anote o que for dito.\n6. Resuma o acordo: “Então fica combinado: [valor] até [data], por [forma de pagamento]. Vou te mandar o resumo pelo WhatsApp.”\n7. Agradeça, registre o resultado no Fiado e envie o resumo do acordo.',  # noqa: E501
}
GENERIC_0007 = {"whatsapp": TEXTS_0007["amigavel"], "telefone": TEXTS_0007["ligacao"]}


def _follow_defaults() -> None:
    """Stages whose text is still a default one store it empty, so they follow the default
    texts (which now name the agreement instalment a text asks for)."""
    conn = op.get_bind()
    stages = conn.execute(sa.text("SELECT id, key, channel, template FROM ladder_stage")).all()
    for stage_id, key, channel, template in stages:
        old = {TEXTS_0007.get(key, ""), GENERIC_0007.get(channel, "")} - {""}
        if template and template.strip() in {t.strip() for t in old}:
            conn.execute(
                sa.text("UPDATE ladder_stage SET template = '' WHERE id = :id"), {"id": stage_id}
            )


def _entry_kinds(old: str, new: str) -> None:
    conn = op.get_bind()
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'entry'"
    ).scalar_one()
    if old not in sql:
        raise RuntimeError("entry's CHECK on kind is not the one this migration expects")
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'entry'",
        (sql.replace(old, new),),
    )
    conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def _entry_fk(column: str, table: str = "agreement") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["entry.id"], name=f"fk_{table}_{column}_entry")


def upgrade() -> None:
    _entry_kinds(OLD_KINDS, NEW_KINDS)
    _follow_defaults()
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("covered_cents", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("down_payment_cents", sa.Integer(), nullable=False),
        sa.Column("down_payment_entry_id", sa.Integer(), nullable=True),
        sa.Column("discount_cents", sa.Integer(), nullable=False),
        sa.Column("discount_entry_id", sa.Integer(), nullable=True),
        sa.Column("balance_entry_id", sa.Integer(), nullable=True),
        sa.Column("every_days", sa.Integer(), nullable=True),
        sa.Column("break_after_days", sa.Integer(), nullable=False),
        sa.Column("accelerate_on_break", sa.Boolean(), nullable=False),
        sa.Column("discount_lost_on_break", sa.Boolean(), nullable=False),
        sa.Column("fine_bp", sa.Integer(), nullable=False),
        sa.Column("interest_monthly_bp", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("broken_on", sa.Date(), nullable=True),
        sa.Column("accelerated_entry_id", sa.Integer(), nullable=True),
        sa.Column("lost_discount_entry_id", sa.Integer(), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "total_cents > 0 AND covered_cents >= total_cents", name="ck_agreement_amounts"
        ),
        sa.CheckConstraint("break_after_days >= 1", name="ck_agreement_break_days"),
        sa.CheckConstraint(
            "every_days IS NULL OR every_days >= 1", name="ck_agreement_every_days"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name="fk_agreement_customer_id_customer"
        ),
        *(
            _entry_fk(c)
            for c in (
                "entry_id",
                "down_payment_entry_id",
                "discount_entry_id",
                "balance_entry_id",
                "accelerated_entry_id",
                "lost_discount_entry_id",
                "undone_by_id",
            )
        ),
        sa.PrimaryKeyConstraint("id", name="pk_agreement"),
        sa.UniqueConstraint("entry_id", name="uq_agreement_entry_id"),
    )
    op.create_index("ix_agreement_customer_id", "agreement", ["customer_id"])
    op.create_table(
        "agreement_sale",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("open_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name="fk_agreement_sale_agreement_id_agreement"
        ),
        _entry_fk("entry_id", "agreement_sale"),
        sa.PrimaryKeyConstraint("agreement_id", "entry_id", name="pk_agreement_sale"),
    )
    op.create_table(
        "agreement_installment",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name="ck_agreement_installment_amount_positive"),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name="fk_agreement_installment_agreement_id_agreement",
        ),
        _entry_fk("entry_id", "agreement_installment"),
        sa.PrimaryKeyConstraint("agreement_id", "number", name="pk_agreement_installment"),
        sa.UniqueConstraint("entry_id", name="uq_agreement_installment_entry_id"),
    )


def downgrade() -> None:
    made = op.get_bind().exec_driver_sql("SELECT COUNT(*) FROM agreement").scalar_one()
    if made:
        raise RuntimeError(f"{made} agreement(s) recorded: the ledger needs them")
    op.drop_table("agreement_installment")
    op.drop_table("agreement_sale")
    op.drop_index("ix_agreement_customer_id", table_name="agreement")
    op.drop_table("agreement")
    _entry_kinds(NEW_KINDS, OLD_KINDS)
