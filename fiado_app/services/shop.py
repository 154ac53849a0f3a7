"""The shop's own data: read and change it (validated), and the terms that set due dates."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.db.models import Shop
from fiado_app.domain.address import ADDRESS_FIELDS, clean_address
from fiado_app.domain.br_documents import normalize_document
from fiado_app.domain.dates import Terms
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.late_charges import MAX_FINE_BP, MAX_INTEREST_MONTHLY_BP
from fiado_app.domain.limits import check_text
from fiado_app.domain.phones import normalize_phone
from fiado_app.domain.pix import validate_pix_key
from fiado_app.domain.records import ShopRecord

# The shop's text fields and the label used in messages (limits in domain/limits.py).
TEXT_FIELDS = {
    "name": "O nome da loja",
    "email": "O e-mail da loja",
}
TYPED = {  # fields parsed after a first check of length and control characters
    "document": ("O CPF/CNPJ da loja", "document"),
    "phone": ("O telefone da loja", "phone"),
    "pix_key": ("A chave Pix", "pix_key"),
}


def load_shop(session: Session) -> Shop:
    shop = session.get(Shop, 1)
    if shop is None:
        shop = Shop(
            id=1,
            name="",
            terms_days=30,
            fine_bp=0,
            interest_monthly_bp=0,
            may_register_credit_bureau=False,
            configured=False,
        )
        session.add(shop)
        session.flush()
    return shop


def shop_record(shop: Shop) -> ShopRecord:
    values = {f.name: getattr(shop, f.name) for f in fields(ShopRecord) if f.name != "has_logo"}
    return ShopRecord(**values, has_logo=bool(shop.logo))


def create_shop(db: Database) -> ShopRecord:
    """The shop's row, written the first time (services/shop_record.get_shop reads it)."""
    with db.write() as session:
        return shop_record(load_shop(session))


def get_logo(db: Database) -> bytes | None:
    with db.read() as session:
        shop = session.get(Shop, 1)
        return shop.logo if shop else None


def shop_terms(shop: ShopRecord | Shop) -> Terms:
    if shop.terms_day_of_month:
        return Terms(days=None, day_of_month=shop.terms_day_of_month)
    return Terms(days=shop.terms_days if shop.terms_days is not None else 30)


def update_shop(db: Database, **changes: Any) -> ShopRecord:
    """Change the given fields (strings as typed by the owner); refuse invalid ones."""
    clean = _validate(changes)
    with db.write() as session:
        shop = load_shop(session)
        for key, value in clean.items():
            setattr(shop, key, value)
        shop_terms(shop)  # re-check the combination
        if shop.name.strip():
            shop.configured = True
        shop.updated_at = datetime.now()
        return shop_record(shop)


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if value is None and key not in ("terms_days", "terms_day_of_month", "logo"):
            continue
        if key in TYPED:
            check_text(str(value), *TYPED[key])
        if key in TEXT_FIELDS:
            clean[key] = check_text(str(value), TEXT_FIELDS[key], key)
        elif key == "document":
            if str(value).strip():
                clean["document_kind"], clean["document"] = normalize_document(str(value))
            else:
                clean["document_kind"], clean["document"] = None, None
        elif key == "phone":
            clean["phone"] = normalize_phone(str(value)) if str(value).strip() else None
        elif key == "pix_key":
            clean["pix_key"] = validate_pix_key(str(value)) if str(value).strip() else None
        elif key in ADDRESS_FIELDS:
            clean.update(clean_address({key: value}))
        elif key == "terms_days":
            clean["terms_days"] = None if value is None else int(value)
            if value is not None:
                clean["terms_day_of_month"] = None
            Terms(days=clean["terms_days"] if value is not None else 30)
        elif key == "terms_day_of_month":
            clean["terms_day_of_month"] = None if value is None else int(value)
            if value is not None:
                Terms(days=None, day_of_month=int(value))
                clean["terms_days"] = None
        elif key == "fine_bp":
            if not 0 <= int(value) <= MAX_FINE_BP:
                raise InvalidInput(
                    "A multa por atraso não pode passar de 2 % (Código de Defesa do Consumidor, "
                    "art. 52 §1)."
                )
            clean["fine_bp"] = int(value)
        elif key == "interest_monthly_bp":
            if not 0 <= int(value) <= MAX_INTEREST_MONTHLY_BP:
                raise InvalidInput(
                    "Os juros não podem passar de 1 % ao mês, juros simples: uma loja não é "
                    "banco, e a Lei de Usura (Decreto 22.626/1933, arts. 1º e 4º) e o Código "
                    "Civil (arts. 406 e 591) limitam os juros combinados e proíbem juros sobre "
                    "juros."
                )
            clean["interest_monthly_bp"] = int(value)
        elif key == "may_register_credit_bureau":
            clean[key] = bool(value)
        elif key == "logo":
            clean["logo"] = value or None
        else:
            raise InvalidInput(f"Campo desconhecido nos dados da loja: {key}")
    if "name" in clean and not clean["name"]:
        raise InvalidInput("Informe o nome da loja.")
    return clean


def printable_shop(session: Session, *, collection: bool) -> tuple[ShopRecord, bytes | None]:
    """The shop's data for a printed document, refusing what the law requires but is missing.

    A collection letter must carry the creditor's name, CPF/CNPJ and address (CDC art. 42-A);
    statements and receipts need at least the shop's name.
    """
    shop = session.get(Shop, 1)
    missing: list[str] = []
    if shop is None or not shop.name.strip():
        missing.append("nome")
    if collection and (shop is None or not shop.document):
        missing.append("CPF ou CNPJ")
    if collection and (shop is None or not shop.street.strip() or not shop.city.strip()):
        missing.append("endereço")
    if missing or shop is None:
        what = ", ".join(missing)
        law = " (exigência do Código de Defesa do Consumidor, art. 42-A)" if collection else ""
        raise InvalidInput(
            f"Complete os dados da loja antes de imprimir: falta {what}{law}. "
            "Eles ficam em Dados da loja.",
            cli_hint="Na linha de comando: fiado shop set (veja fiado shop set --help).",
        )
    return shop_record(shop), shop.logo
