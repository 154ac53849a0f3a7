"""Reminder texts for a customer, the wa.me link, the call script and the agreement summary.

Values come from the customer's position on the day (receivables), their open sales split into
overdue and not yet due (domain/dues.py) and the shop. When the shop has a Pix key (and a
city), the text carries a static Pix "copia e cola" for what the text asks (the overdue amount
with its charges; the whole balance when the owner asks for it), with a txid that identifies
the customer.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.db.models import AgreementInstallment, Customer
from fiado_app.domain.address import Address
from fiado_app.domain.agreement import installment_txid, installments_phrase
from fiado_app.domain.br_documents import format_document
from fiado_app.domain.collection_records import Reminder, StageRecord
from fiado_app.domain.dates import format_date
from fiado_app.domain.default_texts import AGREEMENT_SUMMARY, CALL_SCRIPT, default_text_for
from fiado_app.domain.dues import Dues, due_values, split_dues
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import LETTER, PHONE, WHATSAPP, current_stage
from fiado_app.domain.money import format_brl
from fiado_app.domain.phones import format_phone, is_mobile, whatsapp_digits
from fiado_app.domain.pix import build_pix_payload, pix_txid_for_customer
from fiado_app.domain.records import ReceivableRow
from fiado_app.domain.templates import render_template
from fiado_app.domain.text import first_name
from fiado_app.services.collection_settings import as_domain, ladder_in
from fiado_app.services.customers import CustomerNotFound
from fiado_app.services.ledger import open_sales_in
from fiado_app.services.receivables import receivable_rows
from fiado_app.services.shop import load_shop


def _position(session: Session, customer_id: int, as_of: date) -> tuple[Customer, ReceivableRow]:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(f"Cliente nº {customer_id} não encontrado.")
    rows = receivable_rows(session, as_of, customer_id)
    if not rows or rows[0].open_cents <= 0 or rows[0].oldest_due is None:
        raise InvalidInput(f"{customer.name} não tem valor em aberto em {format_date(as_of)}.")
    return customer, rows[0]


def template_values(
    session: Session,
    customer_id: int,
    as_of: date,
    *,
    pix_cents: int | None = None,
    whole_balance: bool = False,
    promise_date: date | None = None,
    promise_cents: int | None = None,
) -> tuple[dict[str, str], str | None, ReceivableRow, list[str]]:
    """Every placeholder's value for this customer, the Pix payload, the position, warnings.
    The Pix asks for `pix_cents`, else the whole balance if `whole_balance`, else what the text
    asks (`valor_a_pagar`)."""
    customer, row = _position(session, customer_id, as_of)
    shop = load_shop(session)
    dues = split_dues(
        open_sales_in(session, customer_id, as_of), as_of, shop.fine_bp, shop.interest_monthly_bp
    )
    asks_what_is_due = pix_cents is None and not whole_balance
    if pix_cents is None:
        pix_cents = row.open_cents if whole_balance else dues.amount_asked
    if not shop.name.strip():
        raise InvalidInput(
            "Informe o nome da loja antes de gerar lembretes: o cliente precisa saber quem "
            "está cobrando (CDC art. 42-A)."
        )
    warnings: list[str] = []
    payload = None
    installment, installment_pix = _installments_asked(session, dues)
    if shop.pix_key:
        if shop.city.strip():
            payload = build_pix_payload(
                shop.pix_key,
                shop.name,
                shop.city,
                pix_cents,
                txid=(installment_pix if asks_what_is_due else None)
                or pix_txid_for_customer(customer_id, as_of),
            )
        else:
            warnings.append("Informe a cidade da loja para gerar o Pix copia e cola.")
    document = ""
    if shop.document:
        label = "CNPJ" if shop.document_kind == "cnpj" or len(shop.document) == 14 else "CPF"
        document = f"{label} {format_document(shop.document)}"
    values = {
        "nome": customer.name,
        "primeiro_nome": first_name(customer.name),
        "loja": shop.name.strip(),
        "telefone_loja": format_phone(shop.phone) if shop.phone else "",
        "documento_loja": document,
        "endereco_loja": Address.of(shop).short(),
        **due_values(dues),
        "parcela_acordo": installment,
        "pix_copia_e_cola": payload or "",
        "chave_pix": shop.pix_key or "",
        "data_hoje": format_date(as_of),
        "data_promessa": format_date(promise_date),
        "valor_promessa": format_brl(promise_cents) if promise_cents else "",
    }
    return values, payload, row, warnings


def _installments_asked(session: Session, dues: Dues) -> tuple[str, str | None]:
    """The agreement instalments among what the text asks for (the overdue sales, else those
    due on the next due date), as a sentence; and the instalment's own Pix txid when the text
    asks for exactly one instalment."""
    first = dues.first_due
    asked = dues.overdue or tuple(s for s in dues.upcoming if s.due_date == first)
    ids = [s.entry_id for s in asked]
    if not ids:
        return "", None
    counts = (
        select(AgreementInstallment.agreement_id, func.count().label("n"))
        .group_by(AgreementInstallment.agreement_id)
        .subquery()
    )
    rows = session.execute(
        select(AgreementInstallment.agreement_id, AgreementInstallment.number, counts.c.n)
        .join(counts, counts.c.agreement_id == AgreementInstallment.agreement_id)
        .where(AgreementInstallment.entry_id.in_(ids))
    ).all()
    phrase = installments_phrase([(int(n), int(c)) for _a, n, c in rows])
    only = rows[0] if len(rows) == 1 and len(ids) == 1 else None
    return phrase, installment_txid(only[0], only[1]) if only is not None else None


def _pick_stage(
    ladder: list[StageRecord], row: ReceivableRow, as_of: date, key: str | None
) -> StageRecord:
    if not ladder:
        raise InvalidInput("A régua de cobrança está vazia: adicione uma etapa.")
    if key is not None:
        for stage in ladder:
            if stage.key == key:
                return stage
        keys = ", ".join(s.key for s in ladder)
        raise InvalidInput(f"Etapa “{key}” não existe. Etapas da régua: {keys}.")
    reached = current_stage(as_domain(ladder), row.oldest_due, as_of)
    if reached is None:
        # Nothing reached yet: the earliest stage, or, once something is late, the first stage
        # for late purchases (a "vence hoje" text would be untrue).
        late = [s for s in ladder if s.offset_days > 0]
        return late[0] if row.overdue_cents > 0 and late else ladder[0]
    return next(s for s in ladder if s.key == reached.key)


def _stage_text(ladder: list[StageRecord], stage: StageRecord) -> str:
    if stage.channel == LETTER:
        # A printed stage: its template is the letter's body (it refers to the purchases and the
        # deadline printed below it); the WhatsApp text that goes with it is the latest
        # WhatsApp stage's.
        earlier = [
            s for s in ladder if s.channel == WHATSAPP and s.offset_days <= stage.offset_days
        ]
        if earlier and earlier[-1].template.strip():
            return earlier[-1].template
        return default_text_for("segundo_aviso", WHATSAPP)
    if stage.template.strip():
        return stage.template
    return default_text_for(stage.key, stage.channel)


def reminder_for(
    db: Database,
    customer_id: int,
    as_of: date | None = None,
    stage_key: str | None = None,
    *,
    whole_balance: bool = False,
) -> Reminder:
    """The text for the customer's current stage (or the named one) on `as_of`; its Pix asks
    for what is due (or for the whole balance)."""
    as_of = as_of or date.today()
    with db.read() as session:
        ladder = ladder_in(session)
        values, payload, row, warnings = template_values(
            session, customer_id, as_of, whole_balance=whole_balance
        )
        stage = _pick_stage(ladder, row, as_of, stage_key)
        text = render_template(_stage_text(ladder, stage), values)
    if stage.channel == LETTER:
        warnings.append(
            f"A etapa “{stage.name}” é uma carta impressa; este texto pode acompanhar a carta."
        )
    return Reminder(
        customer_id,
        row.name,
        row.phone,
        stage.key,
        stage.name,
        stage.channel,
        text,
        row.open_cents,
        payload,
        warnings,
    )


def call_script(db: Database, customer_id: int, as_of: date | None = None) -> str:
    """The phone-call script filled with the customer's data (a call stage's text if any)."""
    as_of = as_of or date.today()
    with db.read() as session:
        ladder = ladder_in(session)
        values, _payload, _row, _warnings = template_values(session, customer_id, as_of)
        calls = [s for s in ladder if s.channel == PHONE and s.template.strip()]
        return render_template(calls[0].template if calls else CALL_SCRIPT, values)


def agreement_summary(
    db: Database,
    customer_id: int,
    promise_date: date,
    promise_cents: int,
    as_of: date | None = None,
) -> str:
    """The "resumo do acordo" to send after a call; its Pix carries the agreed amount."""
    as_of = as_of or date.today()
    if promise_cents <= 0:
        raise InvalidInput("Informe o valor combinado.")
    if promise_date < as_of:
        raise InvalidInput(f"A data combinada ({format_date(promise_date)}) já passou.")
    with db.read() as session:
        values, _p, _r, _w = template_values(
            session,
            customer_id,
            as_of,
            pix_cents=promise_cents,
            promise_date=promise_date,
            promise_cents=promise_cents,
        )
    return render_template(AGREEMENT_SUMMARY, values)


def encode_text(text: str) -> str:
    """Percent-encoded UTF-8 (`%20` for spaces, `%0A` new lines, `%2B` for +, `%2A` for *)."""
    return quote(text, safe="")


def whatsapp_link(phone: str | None, text: str, *, desktop: bool = False, name: str = "") -> str:
    """`https://wa.me/<digits>?text=...` (or `whatsapp://send?...` for WhatsApp Desktop)."""
    who = name or "O cliente"
    if not phone:
        raise InvalidInput(
            f"{who} não tem celular cadastrado. Cadastre um celular com DDD para usar o "
            "WhatsApp, ou copie o texto."
        )
    try:
        mobile = is_mobile(phone)
    except InvalidInput:
        mobile = False
    if not mobile:
        raise InvalidInput(
            f"O telefone de {name or 'cliente'} não é um celular válido para o WhatsApp "
            "(ex.: (11) 98765-4321). Corrija o cadastro ou copie o texto."
        )
    digits = whatsapp_digits(phone)
    if desktop:
        return f"whatsapp://send?phone={digits}&text={encode_text(text)}"
    return f"https://wa.me/{digits}?text={encode_text(text)}"


def preview_values(db: Database, customer_id: int, as_of: date | None = None) -> dict[str, str]:
    """Every placeholder's value for a customer: the template editor's live preview."""
    as_of = as_of or date.today()
    with db.read() as session:
        values, _payload, _row, _warnings = template_values(
            session, customer_id, as_of, promise_date=as_of, promise_cents=1000
        )
    return values
