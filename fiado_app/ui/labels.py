"""The services' Portuguese labels (aging buckets, entry kinds, payment methods), passed through
Qt's translation so an English build shows them translated too."""

from __future__ import annotations

from fiado_app.domain.address import ADDRESS_PARTS
from fiado_app.domain.aging import BUCKET_LABELS
from fiado_app.domain.vocabulary import (
    AGREEMENT_LABELS,
    BEHAVIOUR_LABELS,
    INSTALLMENT_LABELS,
    KIND_LABELS,
    METHOD_LABELS,
)
from fiado_app.ui.common import translate
from fiado_app.ui.translation import QT_TRANSLATE_NOOP

_CONTEXT = "labels"
ADDRESS_LABELS = {part.name: part.label for part in ADDRESS_PARTS}

# Listed for pyside6-lupdate; the values must match records.py (a test checks it).
_NOOP = (
    QT_TRANSLATE_NOOP("labels", "A vencer"),
    QT_TRANSLATE_NOOP("labels", "1–30 dias"),
    QT_TRANSLATE_NOOP("labels", "31–60 dias"),
    QT_TRANSLATE_NOOP("labels", "61–90 dias"),
    QT_TRANSLATE_NOOP("labels", "Mais de 90 dias"),
    QT_TRANSLATE_NOOP("labels", "Crédito"),
    QT_TRANSLATE_NOOP("labels", "Venda"),
    QT_TRANSLATE_NOOP("labels", "Pagamento"),
    QT_TRANSLATE_NOOP("labels", "Abatimento"),
    QT_TRANSLATE_NOOP("labels", "Estorno"),
    QT_TRANSLATE_NOOP("labels", "Acordo"),
    QT_TRANSLATE_NOOP("labels", "Em dia"),
    QT_TRANSLATE_NOOP("labels", "Atrasado"),
    QT_TRANSLATE_NOOP("labels", "Quitado"),
    QT_TRANSLATE_NOOP("labels", "Rompido"),
    QT_TRANSLATE_NOOP("labels", "Desfeito"),
    QT_TRANSLATE_NOOP("labels", "Paga"),
    QT_TRANSLATE_NOOP("labels", "Atrasada"),
    QT_TRANSLATE_NOOP("labels", "Vencida antecipadamente"),
    QT_TRANSLATE_NOOP("labels", "Desfeita"),
    QT_TRANSLATE_NOOP("labels", "Dinheiro"),
    QT_TRANSLATE_NOOP("labels", "Pix"),
    QT_TRANSLATE_NOOP("labels", "Cartão de débito"),
    QT_TRANSLATE_NOOP("labels", "Cartão de crédito"),
    QT_TRANSLATE_NOOP("labels", "Transferência"),
    QT_TRANSLATE_NOOP("labels", "Outro"),
    QT_TRANSLATE_NOOP("labels", "Pontual"),
    QT_TRANSLATE_NOOP("labels", "Esquece às vezes"),
    QT_TRANSLATE_NOOP("labels", "Atrasa sempre"),
    QT_TRANSLATE_NOOP("labels", "Inadimplente"),
    QT_TRANSLATE_NOOP("labels", "Sem histórico"),
    QT_TRANSLATE_NOOP("labels", "Rua"),
    QT_TRANSLATE_NOOP("labels", "Número"),
    QT_TRANSLATE_NOOP("labels", "Complemento"),
    QT_TRANSLATE_NOOP("labels", "Bairro"),
    QT_TRANSLATE_NOOP("labels", "Cidade"),
    QT_TRANSLATE_NOOP("labels", "UF"),
    QT_TRANSLATE_NOOP("labels", "CEP"),
)


def bucket_label(key: str) -> str:
    return translate(_CONTEXT, BUCKET_LABELS.get(key, key))


def kind_label(key: str) -> str:
    return translate(_CONTEXT, KIND_LABELS.get(key, key))


def method_label(key: str | None) -> str:
    return translate(_CONTEXT, METHOD_LABELS.get(key or "", key or ""))


def behaviour_label(key: str) -> str:
    return translate(_CONTEXT, BEHAVIOUR_LABELS.get(key, key))


def address_label(name: str) -> str:
    return translate(_CONTEXT, ADDRESS_LABELS[name])


def all_label_sources() -> set[str]:
    return {
        *ADDRESS_LABELS.values(),
        *BUCKET_LABELS.values(),
        *KIND_LABELS.values(),
        *METHOD_LABELS.values(),
        *BEHAVIOUR_LABELS.values(),
    }


def noop_sources() -> set[str]:
    return set(_NOOP)


def agreement_label(key: str) -> str:
    return translate(_CONTEXT, AGREEMENT_LABELS.get(key, key))


def installment_label(key: str) -> str:
    return translate(_CONTEXT, INSTALLMENT_LABELS.get(key, key))
