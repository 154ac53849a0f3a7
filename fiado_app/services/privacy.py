"""The customer's data rights under the LGPD (Lei 13.709/2018; docs/privacy.md).

- Access (art. 18 II): `customer_data` gathers everything the shop holds about one customer —
  their registration, entries, contacts with the texts sent, promises, agreements — for a JSON
  file or a readable PDF.
- Anonymisation (art. 18 IV and VI, with art. 16): `anonymise_customer` replaces the personal
  data (name, nickname, phone, CPF/CNPJ, e-mail, address, notes, the texts and notes of
  contacts, the notes and reasons of entries, agreements and pauses) while the amounts stay, so the books
  still add up. Refused while the customer owes, unless the owner confirms with a reason (art.
  16 lets the shop keep what it needs to exercise its rights). The act is logged with the
  customer's number only. Then the file itself is rewritten (VACUUM, and the WAL emptied into
  it), so that the old name, phone and CPF are gone from its bytes; backups made before still
  hold them, which the caller says (and may purge, services/backups.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, update

from fiado_app.db.collection_models import Contact, CustomerCollection
from fiado_app.db.engine import Database
from fiado_app.db.models import Agreement, Entry, PrivacyLog
from fiado_app.db.plain import plain_rows
from fiado_app.documents.files import why_not_written, write_atomically
from fiado_app.domain.changes import CONTACTS, CUSTOMERS, Changes
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_text
from fiado_app.domain.money import format_brl
from fiado_app.domain.vocabulary import KIND_LABELS
from fiado_app.services.customers import load_customer
from fiado_app.services.ledger import balance_cents

ANONYMISED = "Cliente anonimizado nº {id}"
LEGAL_BASES = (
    "O Fiado guarda os dados dos clientes da loja para: cumprir o combinado da venda a prazo "
    "(LGPD, art. 7º, V — execução de contrato), proteger o crédito da loja (art. 7º, X) e "
    "permitir que a loja cobre o que lhe é devido, inclusive na Justiça (art. 7º, VI — exercício "
    "regular de direitos). Os dados ficam só neste computador (e nas cópias de segurança que a "
    "loja fizer); nada é enviado a terceiros. O cliente pode pedir uma cópia dos seus dados "
    "(art. 18, II) ou que eles sejam anonimizados (art. 18, IV e VI); os valores continuam "
    "nas contas, sem o nome."
)


def _day(value: object) -> str | None:
    return None if value in (None, "") else str(value)[:10]


def _moment(value: object) -> str | None:
    """A date and time as aaaa-mm-ddTHH:MM, however SQLite keeps it."""
    return None if value in (None, "") else str(value)[:16].replace(" ", "T")


def customer_data(db: Database, customer_id: int) -> dict[str, object]:
    """Everything held about the customer, as plain JSON values."""
    with db.read() as session:
        c = load_customer(session, customer_id)
        balance = balance_cents(session, customer_id)
        person = {
            "numero": c.id, "nome": c.name, "apelido": c.nickname, "telefone": c.phone,
            "cpf_cnpj": c.document, "email": c.email, "endereco": c.street, "numero_endereco":
            c.number, "complemento": c.complement, "bairro": c.district, "cidade": c.city,
            "uf": c.uf, "cep": c.cep, "limite_centavos": c.credit_limit_cents,
            "observacoes": c.notes, "cadastrado_em": _moment(c.created_at),
            "anonimizado_em": _moment(c.anonymised_at),
        }  # fmt: skip
        params = {"cid": customer_id}
        entries = [
            {"numero": eid, "data": _day(on), "tipo": KIND_LABELS.get(kind, kind).lower(),
             "valor_centavos": cents,
             "vencimento": _day(due), "descricao": description, "forma": method,
             "observacao": note, "motivo": reason, "estorna": reverses, "estornado_por": by}
            for eid, on, kind, cents, due, description, method, note, reason, reverses, by
            in plain_rows(session, _ENTRIES, params)
        ]  # fmt: skip
        contacts = [
            {"numero": kid, "quando": _moment(at), "canal": channel, "etapa": stage,
             "resultado": outcome, "prometeu_para": _day(promised),
             "valor_prometido_centavos": cents, "anotacao": note, "texto_enviado": body,
             "desfeito_em": _moment(voided)}
            for kid, at, channel, stage, outcome, promised, cents, note, body, voided
            in plain_rows(session, _CONTACTS, params)
        ]  # fmt: skip
        agreements = [
            {"numero": aid, "feito_em": _day(made), "divida_centavos": covered,
             "total_centavos": total, "entrada_centavos": down, "desconto_centavos": discount,
             "rompido_em": _day(broken), "desfeito": undone is not None, "observacao": note}
            for aid, made, covered, total, down, discount, broken, undone, note
            in plain_rows(session, _AGREEMENTS, params)
        ]  # fmt: skip
        pause = session.get(CustomerCollection, customer_id)
    return {
        "gerado_em": _moment(datetime.now()),
        "base_legal": LEGAL_BASES,
        "cliente": person,
        "saldo_centavos": balance,
        "saldo": format_brl(balance),
        "lancamentos": entries,
        "contatos": contacts,
        "promessas": [k for k in contacts if k["resultado"] == "promessa"],
        "acordos": agreements,
        "cobranca": None
        if pause is None
        else {
            "pausada_ate": _day(pause.paused_until),
            "motivo_pausa": pause.pause_reason,
            "fora_da_cobranca": bool(pause.excluded),
            "motivo": pause.excluded_reason,
        },  # fmt: skip
    }


_ENTRIES = """
SELECT id, date, kind, amount_cents, due_date, description, method, note, reason, reverses_id,
       reversed_by_id
FROM entry WHERE customer_id = :cid ORDER BY date, id
"""
_CONTACTS = """
SELECT id, at, channel, stage_key, outcome, promise_date, promise_cents, note, text, voided_at
FROM contact WHERE customer_id = :cid ORDER BY at, id
"""
_AGREEMENTS = """
SELECT id, made_on, covered_cents, total_cents, down_payment_cents, discount_cents, broken_on,
       undone_by_id, note
FROM agreement WHERE customer_id = :cid ORDER BY id
"""


@dataclass(frozen=True)
class Anonymised:
    customer_id: int
    name: str  # the new one
    owed_cents: int
    file_rewritten: bool = True  # False: a reader kept the journal; emptied at its next checkpoint

    def changes(self) -> Changes:
        return Changes(frozenset({CUSTOMERS, CONTACTS}), frozenset({self.customer_id}))


def anonymise_customer(
    db: Database, customer_id: int, *, reason: str, force: bool = False, today: date | None = None
) -> Anonymised:
    reason = check_text(reason, "O motivo", "reason", required=True)
    now = datetime.now()
    with db.write() as session:
        c = load_customer(session, customer_id)
        if c.anonymised_at is not None:
            raise InvalidInput(f"O cliente nº {customer_id} já foi anonimizado.")
        owed = balance_cents(session, customer_id)
        if owed > 0 and not force:
            raise InvalidInput(
                f"O cliente nº {customer_id} ainda deve {format_brl(owed)}: os dados de quem deve "
                "podem ser guardados para cobrar (LGPD, art. 16). Para anonimizar mesmo assim, "
                "confirme que o cliente ainda deve (no terminal: --force)."
            )
        name = ANONYMISED.format(id=customer_id)
        for column in ("nickname", "email", "street", "number", "complement", "district",
                       "city", "uf", "cep", "notes"):  # fmt: skip
            setattr(c, column, "")
        c.name, c.search_key = name, name.lower()
        c.phone = c.document = c.document_kind = None
        c.anonymised_at = c.updated_at = now
        session.execute(
            update(Contact).where(Contact.customer_id == customer_id).values(text="", note="")
        )
        session.execute(
            update(Entry).where(Entry.customer_id == customer_id).values(note="", reason="")
        )
        session.execute(
            update(Agreement).where(Agreement.customer_id == customer_id).values(note="")
        )
        session.execute(
            update(CustomerCollection)
            .where(CustomerCollection.customer_id == customer_id)
            .values(pause_reason="", excluded_reason="")
        )
        session.add(PrivacyLog(customer_id=customer_id, act="anonimizacao", reason=reason,
                               owed_cents=max(owed, 0), at=now))  # fmt: skip
    rewritten = db.compact()  # the old values leave the free pages, the WAL and the indexes
    return Anonymised(customer_id, name, max(owed, 0), rewritten)


def privacy_log(db: Database) -> list[PrivacyLog]:
    with db.read() as session:
        rows = list(session.scalars(select(PrivacyLog).order_by(PrivacyLog.id)))
        session.expunge_all()
        return rows


def save_customer_json(db: Database, customer_id: int, target: Path) -> Path:
    """The customer's data as a JSON file, written atomically."""
    body = json.dumps(customer_data(db, customer_id), ensure_ascii=False, indent=2)
    target = target.expanduser()
    if target.is_dir():
        raise InvalidInput(f"{target} é uma pasta: informe o nome do arquivo.")
    try:
        write_atomically(target, lambda tmp: tmp.write_text(body + "\n", encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(why_not_written(exc, target)) from None
    return target
