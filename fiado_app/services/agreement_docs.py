"""What an agreement's documents print: the carnê, the term, and the summary text."""

from __future__ import annotations

from datetime import date

from fiado_app.db.engine import Database
from fiado_app.db.models import Agreement, Customer
from fiado_app.domain.agreement import installment_txid
from fiado_app.domain.document_records import AgreementDocData, Slip
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.pix import build_pix_payload
from fiado_app.domain.vocabulary import INSTALLMENT_ACCELERATED
from fiado_app.services.agreements import AgreementNotFound, agreement_state
from fiado_app.services.customers import customer_record
from fiado_app.services.shop import printable_shop


def agreement_doc_data(
    db: Database, agreement_id: int, issued_on: date | None = None
) -> AgreementDocData:
    issued_on = issued_on or date.today()
    with db.read() as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None:
            raise AgreementNotFound(f"Acordo nº {agreement_id} não encontrado.")
        if agreement.undone_by_id is not None:
            raise InvalidInput(
                f"O acordo nº {agreement_id} foi desfeito (estornado): ele não vale mais."
            )
        customer = session.get(Customer, agreement.customer_id)
        assert customer is not None
        shop, logo = printable_shop(session, collection=True)
        state = agreement_state(session, agreement, max(issued_on, agreement.made_on))
    slips = tuple(
        Slip(
            i.number,
            state.broken_on if i.status == INSTALLMENT_ACCELERATED and state.broken_on else i.due,
            i.amount_cents,
            i.open_cents,
        )
        for i in state.installments
        if i.open_cents > 0
    )
    pix: dict[int, str | None] = {}
    for slip in slips:
        payload = None
        if shop.pix_key:
            try:
                payload = build_pix_payload(
                    shop.pix_key,
                    shop.name,
                    shop.city or "BRASIL",
                    slip.open_cents,
                    txid=installment_txid(agreement_id, slip.number),
                )
            except InvalidInput:
                payload = None
        pix[slip.number] = payload
    return AgreementDocData(shop, logo, customer_record(customer), state, pix, issued_on, slips)
