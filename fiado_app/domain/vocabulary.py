"""The words every layer shares: entry kinds, payment methods, contact channels and outcomes,
promise states, agenda reasons, behaviour labels, and their Portuguese labels.

The database's CHECK constraints, the CLI's choices and the app's combo boxes all read these
tuples, so a new value is added in one place (plus a migration for the constraint).
"""

from __future__ import annotations

from fiado_app.domain.ladder import CHANNELS as LADDER_CHANNELS
from fiado_app.domain.ladder import LETTER, PHONE, WHATSAPP

# Ledger entries.
SALE, PAYMENT, DISCOUNT, REVERSAL = "sale", "payment", "discount", "reversal"
# An agreement's own entry (services/agreements.py): it marks the sales it settled and is what
# a reversal undoes; it neither adds to nor takes from a balance (its instalments are sales).
AGREEMENT = "agreement"
ENTRY_KINDS = (SALE, PAYMENT, DISCOUNT, REVERSAL, AGREEMENT)
CREDIT_KINDS = (PAYMENT, DISCOUNT)
KIND_LABELS = {
    SALE: "Venda",
    PAYMENT: "Pagamento",
    DISCOUNT: "Abatimento",
    REVERSAL: "Estorno",
    AGREEMENT: "Acordo",
}
PAYMENT_METHODS = ("dinheiro", "pix", "debito", "credito", "transferencia", "outro")
METHOD_LABELS = {
    "dinheiro": "Dinheiro",
    "pix": "Pix",
    "debito": "Cartão de débito",
    "credito": "Cartão de crédito",
    "transferencia": "Transferência",
    "outro": "Outro",
}

# Collection contacts. The ladder's own channels (domain/ladder.py) are a subset.
CONTACT_CHANNELS = (WHATSAPP, PHONE, LETTER, "presencial", "sms", "email")
assert set(LADDER_CHANNELS) <= set(CONTACT_CHANNELS)
CHANNEL_LABELS = {
    WHATSAPP: "WhatsApp",
    PHONE: "Telefone",
    LETTER: "Carta",
    "presencial": "Presencial",
    "sms": "SMS",
    "email": "E-mail",
}
NO_ANSWER = "sem_resposta"
PROMISE = "promessa"
RENEGOTIATED = "renegociou"
TEXT_COPIED = "texto_copiado"
WHATSAPP_OPENED = "whatsapp_aberto"
OUTCOMES = (
    NO_ANSWER,
    PROMISE,
    "pagou",
    RENEGOTIATED,
    "contestou",
    "numero_errado",
    "outro",
)
# Logged by the app itself when the owner copies a text or opens WhatsApp (never "enviado").
AUTOMATIC_OUTCOMES = (TEXT_COPIED, WHATSAPP_OPENED)
ALL_OUTCOMES = OUTCOMES + AUTOMATIC_OUTCOMES
OUTCOME_LABELS = {
    NO_ANSWER: "Sem resposta",
    PROMISE: "Promessa de pagamento",
    "pagou": "Pagou",
    RENEGOTIATED: "Renegociou",
    "contestou": "Contestou",
    "numero_errado": "Número errado",
    "outro": "Outro",
    TEXT_COPIED: "Texto copiado",
    WHATSAPP_OPENED: "WhatsApp aberto",
}

# Why a customer is on today's agenda.
REASON_STAGE, REASON_PROMISE_DUE, REASON_PROMISE_BROKEN = "stage", "promise_due", "promise_broken"
REASON_LABELS = {
    REASON_STAGE: "Etapa da régua",
    REASON_PROMISE_DUE: "Promessa vence hoje",
    REASON_PROMISE_BROKEN: "Promessa não cumprida",
}

PROMISE_KEPT, PROMISE_BROKEN, PROMISE_OPEN = "cumprida", "quebrada", "aberta"
PROMISE_LABELS = {PROMISE_KEPT: "Cumprida", PROMISE_BROKEN: "Não cumprida", PROMISE_OPEN: "Aberta"}

# Behaviour labels (the rule is in services/behaviour.py).
PUNCTUAL, SOMETIMES_LATE, ALWAYS_LATE, DEFAULTER, NO_HISTORY = (
    "pontual",
    "esquece_as_vezes",
    "atrasa_sempre",
    "inadimplente",
    "sem_historico",
)
BEHAVIOUR_LABELS = {
    PUNCTUAL: "Pontual",
    SOMETIMES_LATE: "Esquece às vezes",
    ALWAYS_LATE: "Atrasa sempre",
    DEFAULTER: "Inadimplente",
    NO_HISTORY: "Sem histórico",
}

# Agreements (domain/agreement.py) and their instalments.
AGREEMENT_ON_TIME, AGREEMENT_LATE, AGREEMENT_PAID, AGREEMENT_BROKEN, AGREEMENT_UNDONE = (
    "em_dia",
    "atrasado",
    "quitado",
    "rompido",
    "desfeito",
)
AGREEMENT_RENEGOTIATED = "renegociado"  # what it left open went into a later agreement
AGREEMENT_LABELS = {
    AGREEMENT_ON_TIME: "Em dia",
    AGREEMENT_LATE: "Atrasado",
    AGREEMENT_PAID: "Quitado",
    AGREEMENT_BROKEN: "Rompido",
    AGREEMENT_UNDONE: "Desfeito",
    AGREEMENT_RENEGOTIATED: "Renegociado",
}
INSTALLMENT_PAID, INSTALLMENT_OPEN, INSTALLMENT_LATE, INSTALLMENT_ACCELERATED = (
    "paga",
    "a_vencer",
    "atrasada",
    "antecipada",
)
INSTALLMENT_RENEGOTIATED = "renegociada"
INSTALLMENT_LABELS = {
    INSTALLMENT_PAID: "Paga",
    INSTALLMENT_OPEN: "A vencer",
    INSTALLMENT_LATE: "Atrasada",
    INSTALLMENT_ACCELERATED: "Vencida antecipadamente",
    INSTALLMENT_RENEGOTIATED: "Renegociada",
    AGREEMENT_UNDONE: "Desfeita",
}
