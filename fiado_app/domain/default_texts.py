"""Default pt-BR texts of the collection ladder, the phone-call script and the agreement summary.

Short enough for a phone screen, warm, and clear: greet by first name, name the shop, state what
is overdue and since when (and, apart, what is not yet due), offer Pix and other ways to pay,
end kindly. The early stages never say
"dívida". A line whose placeholder is empty is left out (see templates.render_template), so the
Pix lines disappear when the shop has no Pix key.
"""

from __future__ import annotations

from fiado_app.domain.ladder import DUE_TODAY, FRIENDLY, PHONE, PRE_DUE, SECOND_NOTICE, WHATSAPP

_PIX_LINES = "Pix (chave {chave_pix}), é só copiar e colar no app do banco:\n{pix_copia_e_cola}\n"

# What is not yet due is named as such, never asked for (domain/dues.py): its line, like the
# charges' line, is left out when there is none.
_NOT_YET_DUE = "Ainda a vencer, sem pressa: {valor_a_vencer}.\n"

DEFAULT_TEXTS: dict[str, str] = {
    PRE_DUE: (
        "Oi, {primeiro_nome}! Tudo bem? Aqui é da loja {loja}.\n"
        "Só para lembrar: {valor_a_pagar} da sua conta vence em {vencimento}.\n"
        "{parcela_acordo}\n"
        + _PIX_LINES
        + "Se preferir, pode pagar aqui na loja, em dinheiro ou cartão.\n"
        "Obrigado pela preferência!"
    ),
    DUE_TODAY: (
        "Oi, {primeiro_nome}! Aqui é da loja {loja}.\n"
        "Hoje, {vencimento}, vence {valor_a_pagar} da sua conta.\n"
        "{parcela_acordo}\n"
        + _PIX_LINES
        + "Ou aqui na loja, em dinheiro ou cartão, como for melhor para você.\n"
        "Qualquer dúvida, é só chamar. Obrigado!"
    ),
    FRIENDLY: (
        "Oi, {primeiro_nome}, tudo bem? Aqui é da loja {loja}.\n"
        "Passando para lembrar que {valor_vencido} da sua conta venceu em {vencimento}. "
        "Na correria, acontece!\n"
        "{parcela_acordo}\n"
        "{encargos}\n"
        + _NOT_YET_DUE
        + _PIX_LINES
        + "Também dá para pagar aqui na loja, em dinheiro ou cartão.\n"
        "Se já pagou, desconsidere esta mensagem. Está tudo bem por aí? Um abraço!"
    ),
    SECOND_NOTICE: (
        "Olá, {primeiro_nome}. Aqui é da loja {loja}.\n"
        "Sua conta está vencida desde {vencimento}, há {tempo_atraso}. "
        "Valor vencido: {valor_vencido}.\n"
        "{parcela_acordo}\n"
        "{encargos}\n"
        "Compras vencidas:\n{itens_vencidos}\n"
        + _NOT_YET_DUE
        + "Se ficar melhor, podemos dividir em partes.\n"
        "Qual data fica boa para você? Me responda por aqui, por favor.\n"
        + _PIX_LINES
        + "Também dá para pagar aqui na loja, em dinheiro ou cartão.\n"
        "Se já pagou, desconsidere. Obrigado!\n"
        "{loja} · {documento_loja}"
    ),
}

# For a stage the owner adds with a WhatsApp channel and no text of its own.
GENERIC_WHATSAPP_TEXT = DEFAULT_TEXTS[FRIENDLY]

CALL_SCRIPT = (
    "Roteiro de ligação: {nome}\n"
    "\n"
    "1. Apresente-se: “Bom dia! Aqui é [seu nome], da loja {loja}.”\n"
    "2. Confirme com quem fala: “Falo com {nome}?” Se não for a pessoa, não fale da conta: "
    "pergunte um bom horário para ligar de novo e agradeça.\n"
    "3. Explique com calma: “Estou ligando por causa da sua conta aqui na loja. "
    "Está vencido {valor_vencido}, desde {vencimento}.”\n"
    "   Atraso: {tempo_atraso}.\n"
    "   {encargos}\n"
    "   Compras vencidas:\n"
    "{itens_vencidos}\n"
    "   Ainda a vencer (não cobre agora): {valor_a_vencer}\n"
    "4. Proponha formas de pagar {valor_a_pagar}: Pix (chave {chave_pix}), dinheiro ou cartão "
    "na loja, ou dividir em parcelas (um acordo: entrada, se houver, e parcelas com data).\n"
    "5. Ouça: pergunte se está tudo bem e se há algo errado na conta. Anote o que for dito.\n"
    "6. Resuma o acordo: “Então fica combinado: [valor] até [data], por [forma de pagamento]. "
    "Vou te mandar o resumo pelo WhatsApp.”\n"
    "7. Agradeça, registre o resultado no Fiado e envie o resumo do acordo. Se dividiu em "
    "parcelas, registre “Renegociou”: o Fiado abre o acordo, com o carnê e o termo."
)

AGREEMENT_SUMMARY = (
    "Oi, {primeiro_nome}! Aqui é da loja {loja}. Obrigado pela conversa.\n"
    "Resumo do que combinamos:\n"
    "• Valor: {valor_promessa}\n"
    "• Pagamento até: {data_promessa}\n"
    "• Vencido hoje: {valor_vencido}\n"
    "• Ainda a vencer: {valor_a_vencer}\n"
    + _PIX_LINES
    + "Ou aqui na loja, em dinheiro ou cartão.\n"
    "Se algo mudar, é só avisar. Um abraço!\n"
    "{loja} · {documento_loja}"
)


def default_text_for(stage_key: str, channel: str) -> str:
    """The default text of a stage: its own, the call script for calls, else the generic one."""
    if stage_key in DEFAULT_TEXTS:
        return DEFAULT_TEXTS[stage_key]
    if channel == PHONE:
        return CALL_SCRIPT
    if channel == WHATSAPP:
        return GENERIC_WHATSAPP_TEXT
    return ""
