"""Customers: add, change, find by what the owner types, resolve a CLI argument."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.db.models import Customer
from fiado_app.domain.address import ADDRESS_FIELDS, clean_address
from fiado_app.domain.br_documents import normalize_document
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import ascii_digits, check_amount, check_text, is_number
from fiado_app.domain.money import parse_cents
from fiado_app.domain.phones import format_phone, normalize_phone
from fiado_app.domain.records import CustomerRecord
from fiado_app.domain.text import fold


class CustomerNotFound(InvalidInput):
    pass


class DuplicateCustomer(InvalidInput):
    pass


@dataclass
class CustomerInput:
    """A customer's data as typed by the owner; validated by add/update."""

    name: str
    nickname: str = ""
    phone: str = ""
    document: str = ""
    email: str = ""
    street: str = ""
    number: str = ""
    complement: str = ""
    district: str = ""
    city: str = ""
    uf: str = ""
    cep: str = ""
    credit_limit: str = ""
    notes: str = ""


def customer_record(c: Customer) -> CustomerRecord:
    return CustomerRecord(**{f.name: getattr(c, f.name) for f in fields(CustomerRecord)})


# The customer's text fields besides the address (domain/address.py): (field, label for
# messages, kind of limit in domain/limits.py).
TEXT_FIELDS = (
    ("name", "O nome do cliente", "name"),
    ("nickname", "O apelido", "nickname"),
    ("email", "O e-mail", "email"),
    ("notes", "O texto das observações", "notes"),
    ("phone", "O telefone", "phone"),
    ("document", "O CPF/CNPJ", "document"),
    ("credit_limit", "O limite de crédito", "line"),
)


def clean_customer(data: CustomerInput) -> dict[str, object]:
    typed = {
        field: check_text(getattr(data, field), label, kind) for field, label, kind in TEXT_FIELDS
    }
    name = " ".join(typed["name"].split())
    if not name:
        raise InvalidInput("Informe o nome do cliente.")
    values: dict[str, object] = {
        "name": name,
        "nickname": " ".join(typed["nickname"].split()),
        "email": typed["email"],
        "notes": typed["notes"],
        "phone": normalize_phone(data.phone) if data.phone.strip() else None,
        **clean_address({name: getattr(data, name) for name in ADDRESS_FIELDS}),
    }
    if values["email"] and ("@" not in str(values["email"]) or " " in str(values["email"])):
        raise InvalidInput(f"E-mail inválido: “{data.email}”.")
    if data.document.strip():
        values["document_kind"], values["document"] = normalize_document(data.document)
    else:
        values["document_kind"], values["document"] = None, None
    if data.credit_limit.strip():
        values["credit_limit_cents"] = check_amount(
            parse_cents(data.credit_limit), "O limite de crédito"
        )
    else:
        values["credit_limit_cents"] = None
    values["search_key"] = fold(f"{name} {values['nickname']}")
    return values


def _refuse_duplicates(session: Session, values: dict[str, object], own_id: int | None) -> None:
    checks = (("phone", "telefone"), ("document", "CPF/CNPJ"))
    for column, label in checks:
        value = values.get(column)
        if not value:
            continue
        query = select(Customer).where(getattr(Customer, column) == value)
        if own_id is not None:
            query = query.where(Customer.id != own_id)
        other = session.scalars(query).first()
        if other is not None:
            shown = format_phone(str(value)) if column == "phone" else value
            raise DuplicateCustomer(
                f"Já existe um cliente com este {label} ({shown}): {other.name} (nº {other.id})."
            )


def add_customer(db: Database, data: CustomerInput) -> CustomerRecord:
    values = clean_customer(data)
    with db.write() as session:
        _refuse_duplicates(session, values, None)
        customer = Customer(**values)
        session.add(customer)
        session.flush()
        return customer_record(customer)


def update_customer(db: Database, customer_id: int, data: CustomerInput) -> CustomerRecord:
    values = clean_customer(data)
    with db.write() as session:
        customer = load_customer(session, customer_id)
        _refuse_duplicates(session, values, customer_id)
        for key, value in values.items():
            setattr(customer, key, value)
        customer.updated_at = datetime.now()
        return customer_record(customer)


def load_customer(session: Session, customer_id: int) -> Customer:
    """The customer row, or CustomerNotFound (inside a transaction of the caller's)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(f"Cliente nº {customer_id} não encontrado.")
    return customer


def get_customer(db: Database, customer_id: int) -> CustomerRecord:
    with db.read() as session:
        return customer_record(load_customer(session, customer_id))


def list_customers(db: Database) -> list[CustomerRecord]:
    with db.read() as session:
        rows = session.scalars(
            select(Customer)
            .where(Customer.archived_at.is_(None))
            .order_by(Customer.search_key, Customer.id)
        )
        return [customer_record(c) for c in rows]


def _by_phone(db: Database, raw: str, digits: str) -> CustomerRecord:
    """The customer whose phone ends with the number typed (a DDD, a 0 or +55 before it may be
    left out or given)."""
    tail = digits[-9:] if len(digits) >= 9 else digits  # the subscriber's number
    with db.read() as session:
        found = session.scalars(
            select(Customer).where(Customer.phone.contains(tail, autoescape=True))
        ).all()
    matches = [c for c in found if c.phone and (c.phone.endswith(digits[-11:]) or len(digits) < 10)]
    matches = matches or list(found)
    if len(matches) == 1:
        return customer_record(matches[0])
    if not matches:
        raise CustomerNotFound(f"Nenhum cliente com o telefone “{raw}”.")
    listed = "; ".join(f"{c.name} (nº {c.id})" for c in matches[:10])
    raise InvalidInput(f"O telefone “{raw}” é de mais de um cliente: {listed}. Use o número.")


def search_customers(db: Database, text: str, limit: int = 20) -> list[CustomerRecord]:
    """Customers whose name, nickname or phone contains what was typed (accents ignored)."""
    key = fold(text)
    digits = ascii_digits(text)
    if not key and not digits:
        return []
    conditions = []
    if key:
        conditions.append(Customer.search_key.contains(key, autoescape=True))
    if len(digits) >= 3:
        conditions.append(Customer.phone.contains(digits, autoescape=True))
    with db.read() as session:
        query = (
            select(Customer)
            .where(or_(*conditions), Customer.archived_at.is_(None))
            .order_by(func.instr(Customer.search_key, key) != 1, Customer.search_key)
            .limit(limit)
        )
        return [customer_record(c) for c in session.scalars(query)]


# A customer number has at most this many digits; more is a phone number (8 to 13 digits).
_ID_DIGITS = 7
_PHONE_CHARS = frozenset("0123456789 ()+-.")


def resolve_customer(db: Database, text: str) -> CustomerRecord:
    """A CLI argument: an id, a phone number (as the app's search takes it: `(11) 98765-4321`,
    `11987654321`, `+55 11 …`), or a name (case and accents ignored); ambiguity lists the
    candidates."""
    raw = text.strip()
    if is_number(raw) and len(raw) <= _ID_DIGITS:
        return get_customer(db, int(raw))
    digits = ascii_digits(raw)
    if len(digits) >= 8 and set(raw) <= _PHONE_CHARS:
        return _by_phone(db, raw, digits)
    key = fold(raw)
    if not key:
        raise InvalidInput("Informe o cliente (número ou nome).")
    with db.read() as session:
        matches = session.scalars(
            select(Customer)
            .where(Customer.search_key.contains(key, autoescape=True))
            .order_by(Customer.search_key, Customer.id)
        ).all()
    exact = [c for c in matches if key in (fold(c.name), fold(c.nickname))]
    if len(exact) == 1:
        return customer_record(exact[0])
    if len(exact) > 1:
        matches = exact
    if len(matches) == 1:
        return customer_record(matches[0])
    if not matches:
        raise CustomerNotFound(f"Nenhum cliente encontrado para “{raw}”.")
    listed = "; ".join(f"{c.name} (nº {c.id})" for c in matches[:10])
    more = " e outros" if len(matches) > 10 else ""
    raise InvalidInput(f"“{raw}” corresponde a mais de um cliente: {listed}{more}. Use o número.")
