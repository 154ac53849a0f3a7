"""stage texts follow the defaults: what is due is told from what is not

The default WhatsApp texts and the call script now say what is overdue (with its due dates)
apart from what is not yet due, and their Pix asks for the overdue amount. A stage whose text
is still the old default one stores it empty, so it follows the default text from now on
(improvements included); texts the owner wrote are kept as they are.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The defaults as they were up to revision 0005, word for word.
OLD_TEXTS = {
    'lembrete': 'Oi, {primeiro_nome}! Tudo bem? Aqui é da loja {loja}.\nSó para lembrar: sua conta de {valor} vence em {vencimento}.\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nSe preferir, pode pagar aqui na loja, em dinheiro ou cartão.\nObrigado pela preferência!',
    'vencimento': 'Oi, {primeiro_nome}! Aqui é da loja {loja}.\nHoje, {vencimento}, vence sua conta de {valor}.\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nOu aqui na loja, em dinheiro ou cartão, como for melhor para você.\nQualquer dúvida, é só chamar. Obrigado!',
    'amigavel': 'Oi, {primeiro_nome}, tudo bem? Aqui é da loja {loja}.\nPassando para lembrar que sua conta venceu em {vencimento}. O total em aberto é {valor}. Na correria, acontece!\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nTambém dá para pagar aqui na loja, em dinheiro ou cartão.\nSe já pagou, desconsidere esta mensagem. Está tudo bem por aí? Um abraço!',
    'segundo_aviso': 'Olá, {primeiro_nome}. Aqui é da loja {loja}.\nSua conta está em aberto desde {vencimento}, há {dias_atraso} dias. Total: {valor}.\nCompras em aberto:\n{itens}\nSe ficar melhor, podemos dividir em partes.\nQual data fica boa para você? Me responda por aqui, por favor.\nPix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\nTambém dá para pagar aqui na loja, em dinheiro ou cartão.\nSe já pagou, desconsidere. Obrigado!\n{loja} · {documento_loja}',
    'ligacao': 'Roteiro de ligação: {nome}\n\n1. Apresente-se: “Bom dia! Aqui é [seu nome], da loja {loja}.”\n2. Confirme com quem fala: “Falo com {nome}?” Se não for a pessoa, não fale da conta: pergunte um bom horário para ligar de novo e agradeça.\n3. Explique com calma: “Estou ligando por causa da sua conta aqui na loja. O total em aberto é {valor}, com vencimento em {vencimento}.”\n   Dias de atraso: {dias_atraso}. Compras em aberto:\n{itens}\n4. Proponha formas de pagar: Pix (chave {chave_pix}), dinheiro ou cartão na loja, ou dividir em partes.\n5. Ouça: pergunte se está tudo bem e se há algo errado na conta. Anote o que for dito.\n6. Resuma o acordo: “Então fica combinado: [valor] até [data], por [forma de pagamento]. Vou te mandar o resumo pelo WhatsApp.”\n7. Agradeça, registre o resultado no Fiado e envie o resumo do acordo.',
}
# Stages the owner added got the friendly text (WhatsApp) or the call script (phone).
OLD_GENERIC = {"whatsapp": OLD_TEXTS["amigavel"], "telefone": OLD_TEXTS["ligacao"]}


def upgrade() -> None:
    conn = op.get_bind()
    stages = conn.execute(sa.text("SELECT id, key, channel, template FROM ladder_stage")).all()
    for stage_id, key, channel, template in stages:
        old = {OLD_TEXTS.get(key, ""), OLD_GENERIC.get(channel, "")} - {""}
        if template and template.strip() in {t.strip() for t in old}:
            conn.execute(
                sa.text("UPDATE ladder_stage SET template = '' WHERE id = :id"), {"id": stage_id}
            )


def downgrade() -> None:
    pass  # an empty text reads as the default one in every revision
