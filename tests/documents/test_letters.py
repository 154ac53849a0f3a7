"""Collection letters: what the law and the shop owner expect to find on the printed page."""

from __future__ import annotations

import io
import re
import struct
import zlib
from datetime import date

import pytest
from pypdf import PdfReader

from fiado_app.documents.letters import render_letters
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.letter_texts import render_body
from fiado_app.domain.pix import parse_pix_payload
from fiado_app.services import printing
from fiado_app.services.letters import letter_candidates, letter_plan, letters_for, load_letter
from fiado_app.services.shop import update_shop

from .conftest import AS_OF, LONG_NAME, ODD_NAME, add, pdf_text, sale

SHOP_ID = "CNPJ 11.222.333/0001-81"


def one(db, customer_id, stage=None, **kwargs):
    data, printed = render_letters([load_letter(db, customer_id, AS_OF, stage)], **kwargs)
    return data, printed, pdf_text(data)


def test_formal_letter_carries_everything_a_letter_needs(db, shop) -> None:
    _, printed, pages = one(db, shop.ana)
    text = "\n".join(pages)
    assert printed[0].stage == "carta"
    assert "São Paulo, 23 de novembro de 2026" in text
    assert "***.982.247-**" in text and "529.982.247-25" not in text
    for wanted in ("Ana Paula Souza", "Avenida Paulista, 1000", "01310-100 São Paulo/SP"):
        assert wanted in text
    assert "Assunto: Carta de cobrança" in text
    assert "Arroz, feijão e óleo" in text and "R$ 100,00" in text  # open part of the first sale
    assert "Valor vencido R$ 145,90" in text
    assert "Prazo para pagar o valor vencido: até 03/12/2026" in text
    assert "desconsidere este aviso" in text
    assert "Multa" not in text and "Juros" not in text  # not configured
    assert "SPC" not in text


def test_shop_identification_is_in_the_footer_of_every_page(db, shop) -> None:
    _, _, pages = one(db, shop.many)
    assert len(pages) >= 2
    for page in pages:
        assert "Mercadinho Boa Vista" in page
        assert SHOP_ID in page
        assert "Rua das Flores, 123" in page
        assert "(11) 98765-4321" in page


def test_forty_purchases_continue_with_the_header_repeated(db, shop) -> None:
    _, _, pages = one(db, shop.many)
    assert "Compra 1\n" in pages[0] or "Compra 1 " in pages[0]
    assert "Compra 40" in pages[-1]
    for page in pages[:2]:
        assert "Vencimento" in page and "Em aberto" in page
    assert "Página 1 de 2" in pages[0] and "Página 2 de 2" in pages[1]
    assert LONG_NAME.split()[0] in pages[0]


def test_pix_copia_e_cola_is_for_the_exact_total(db, shop) -> None:
    _, _, pages = one(db, shop.ana)
    text = "".join(pages).replace("\n", "")
    payload = re.search(r"000201.*?6304[0-9A-F]{4}", text)
    assert payload, text
    fields = parse_pix_payload(payload.group(0))
    assert fields["54"] == "145.90"


def test_odd_name_prints_literally(db, shop) -> None:
    _, _, pages = one(db, shop.bar)
    text = "\n".join(pages)
    assert ODD_NAME in text
    assert "Refrigerantes <caixa> & gelo" in text


def test_prior_notice_names_the_credit_bureau_only_when_configured(db, shop) -> None:
    _, printed, pages = one(db, shop.bar)
    assert printed[0].stage == "notificacao"
    text = " ".join(" ".join(pages).split())
    assert "NOTIFICAÇÃO EXTRAJUDICIAL" in text
    assert "SPC" not in text and "Súmula 359" not in text
    update_shop(db, may_register_credit_bureau=True)
    _, _, pages = one(db, shop.bar)
    text = " ".join(" ".join(pages).split())
    assert "SPC/Serasa" in text
    assert "art. 43, § 2º" in text and "Súmula 359" in text


def test_fine_and_interest_only_when_configured(db, shop) -> None:
    update_shop(db, fine_bp=200, interest_monthly_bp=100)
    _, _, pages = one(db, shop.bar)  # R$ 300,00 due 14/09/2026, 70 days late on 23/11
    text = " ".join(" ".join(pages).split())
    assert "Multa de 2 % sobre o valor vencido R$ 6,00" in text
    assert "Juros de 1 % ao mês" in text and "R$ 7,00" in text
    assert "Total vencido, atualizado até 23/11/2026 R$ 313,00" in text


def test_a_letter_asks_only_for_what_is_overdue(db, shop) -> None:
    # Carla owes R$ 80,00 due in October and bought R$ 50,00 more on 10/11, due 10/12: the
    # letter of 23/11 asks for the R$ 80,00 (Pix too) and lists the rest apart, not asked for.
    carla = add(db, "Carla Nunes")
    sale(db, carla, 8_000, date(2026, 9, 20), what="Compras de setembro")
    sale(db, carla, 5_000, date(2026, 11, 10), what="Gás")
    data, printed, pages = one(db, carla, "carta")
    text = " ".join(" ".join(pages).split())
    assert "Valor vencido R$ 80,00" in text
    assert "Compras que ainda não venceram (somam R$ 50,00; não são cobradas nesta carta" in text
    assert "somam R$ 80,00" in text and "R$ 130,00" not in text
    assert printed[0].amount_cents == 8_000
    payload = re.search(r"000201.*?6304[0-9A-F]{4}", "".join(pages).replace("\n", ""))
    assert payload and parse_pix_payload(payload.group(0))["54"] == "80.00"


def test_a_letter_with_a_few_purchases_fits_one_page_and_the_signature_never_stands_alone(
    db, shop
) -> None:
    _, _, pages = one(db, shop.ana)  # two purchases
    assert len(pages) == 1 and "Atenciosamente" in pages[0] and "Como pagar" in pages[0]
    many = add(db, "Otávio Prado")
    for n in range(12):
        sale(db, many, 1_000 + n, date(2026, 8, 1 + n), what=f"Compra {n + 1}")
    _, _, pages = one(db, many, "carta")
    assert len(pages) >= 2
    last = pages[-1]
    assert "Atenciosamente" in last and "Como pagar" in last  # the ending moves as one
    assert all("Atenciosamente" not in page for page in pages[:-1])


def test_fonts_embedded_and_page_is_a4(db, shop) -> None:
    data, _, _ = one(db, shop.ana)
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVuSans" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def _png(width: int = 2, height: int = 1) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    raw = b"".join(b"\x00" + b"\xcc\x22\x22" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_logo_is_drawn_when_set_and_a_broken_logo_never_stops_printing(db, shop) -> None:
    def images(data: bytes) -> int:
        page = PdfReader(io.BytesIO(data)).pages[0]
        xobjects = page["/Resources"].get("/XObject", {})
        return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")

    assert images(one(db, shop.ana)[0]) == 0
    update_shop(db, logo=_png())
    assert images(one(db, shop.ana)[0]) == 1
    update_shop(db, logo=b"not an image")
    assert "Mercadinho Boa Vista" in one(db, shop.ana)[2][0]


def test_batch_each_letter_on_its_own_pages_with_progress_and_log(db, shop) -> None:
    letters = letters_for(db, AS_OF)
    assert {letter.customer.id for letter in letters} == {shop.ana, shop.bar, shop.many}
    seen: list[tuple[int, int]] = []
    logged = []
    data, printed = render_letters(
        letters, progress=lambda done, total: seen.append((done, total)), on_printed=logged.append
    )
    pages = pdf_text(data)
    assert [p.customer_id for p in logged] == [p.customer_id for p in printed]
    assert seen[-1][0] == seen[-1][1] and seen == sorted(seen)
    starts = [i for i, page in enumerate(pages) if "Página 1 de" in page]
    assert len(starts) == 3
    assert any("Ana Paula Souza" in p and "Página 1 de 1" in p for p in pages)  # fits a page
    assert any("Página 2 de 2" in p and "Compra 40" in p for p in pages)


def test_candidates_by_stage(db, shop) -> None:
    assert dict(letter_candidates(db, AS_OF)) == {
        shop.ana: "carta",
        shop.bar: "notificacao",
        shop.many: "notificacao",
    }
    assert [c for c, _ in letter_candidates(db, AS_OF, "carta")] == [shop.ana]
    reminder = {c for c, _ in letter_candidates(db, AS_OF, "lembrete_impresso")}
    assert reminder == {shop.ana, shop.bar, shop.many, shop.late5}


def test_the_days_batch_leaves_out_who_has_no_postal_address_and_says_so(db, shop) -> None:
    # Dona Zilda owes since August but only her phone is known: no letter goes out to her.
    zilda = add(db, "Zilda Farias", street="", number="", complement="", district="", city="",
                uf="", cep="")  # fmt: skip
    sale(db, zilda, 5_000, date(2026, 8, 1))
    plan = letter_plan(db, AS_OF)
    assert plan.no_address == [(zilda, "Zilda Farias")]
    assert zilda not in {cid for cid, _stage in plan.requests} and "Ana Paula Souza" in plan.names
    batch = printing.letter_batch(db, AS_OF)
    assert batch is not None and batch.no_address == [(zilda, "Zilda Farias")]
    assert zilda not in {letter.customer.id for letter in batch.letters}
    chosen = printing.customer_letter(db, zilda, AS_OF, "notificacao")  # asked for her: made
    assert chosen.letters[0].customer.id == zilda


def test_customer_not_at_a_letter_stage_needs_an_explicit_kind(db, shop) -> None:
    with pytest.raises(InvalidInput, match="etapa de carta"):
        load_letter(db, shop.late5, AS_OF)
    _, printed, pages = one(db, shop.late5, "lembrete_impresso")
    assert printed[0].stage == "lembrete_impresso"
    assert "Olá, Carlos!" in pages[0]


def test_customer_with_nothing_open_is_refused(db, shop) -> None:
    with pytest.raises(InvalidInput, match="não tem compras em aberto"):
        load_letter(db, shop.paid, AS_OF, "carta")


def test_letters_refused_until_the_shop_is_identified(db, shop) -> None:
    update_shop(db, document="")
    with pytest.raises(InvalidInput, match="CPF ou CNPJ"):
        load_letter(db, shop.ana, AS_OF)


def test_owner_template_overrides_the_default(db, shop) -> None:
    _, _, pages = one(db, shop.ana, templates={"carta": "Caro {primeiro_nome}, deve {valor}."})
    assert "Caro Ana, deve R$ 145,90." in pages[0]
    with pytest.raises(InvalidInput, match="desconhecido"):
        one(db, shop.ana, templates={"carta": "Oi {apelido}"})


@pytest.mark.parametrize("bad", ["{nome.__class__}", "{nome[0]}", "{ nome", "x } y"])
def test_strict_renderer_refuses_anything_but_plain_names(bad: str) -> None:
    with pytest.raises(InvalidInput):
        render_body(bad, {"nome": "Ana"})


def test_strict_renderer_fills_plain_text() -> None:
    assert render_body("{{x}} {nome} <b>", {"nome": "A & B"}) == "{x} A & B <b>"


def test_letter_body_uses_the_shared_engine_every_placeholder_and_empty_line_rule(db, shop) -> None:
    text = (
        "Caro {primeiro_nome}, {loja} ({documento_loja}), {endereco_loja}, {data_hoje}.\n"
        "Pix: {pix_copia_e_cola}\n"
        "Combinado: {valor_promessa} até {data_promessa}\n"
        "Fim."
    )
    _, _, pages = one(db, shop.ana, templates={"carta": text})
    body = pages[0]
    assert "Caro Ana, Mercadinho Boa Vista (CNPJ 11.222.333/0001-81), Rua das Flores, 123" in body
    assert "23/11/2026" in body
    assert "Combinado" not in body  # empty placeholder: the line is left out
    assert "Fim." in body


def test_printing_a_batch_logs_one_carta_contact_per_customer(db, shop, tmp_path) -> None:
    from fiado_app.cli import main
    from fiado_app.services.collection import list_contacts

    out = tmp_path / "cartas.pdf"
    assert main(["--db", str(db.path), "letters", "--as-of", "23/11/2026", "-o", str(out)]) == 0
    for cid, stage in ((shop.ana, "carta"), (shop.bar, "notificacao"), (shop.many, "notificacao")):
        contacts = list_contacts(db, cid, AS_OF)
        assert len(contacts) == 1
        c = contacts[0]
        assert (c.channel, c.stage_key, c.outcome) == ("carta", stage, "sem_resposta")
        assert "Carta impressa" in c.note and "entreg" in c.note and "não" in c.note
        assert c.text.startswith("Prezado(a)") and "{" not in c.text
    assert list_contacts(db, shop.late5, AS_OF) == []
    ana = list_contacts(db, shop.ana, AS_OF)[0]
    assert "R$\u00a0145,90" in ana.text  # the text as it was printed


def test_single_letter_logs_its_contact_and_a_failed_pdf_logs_nothing(db, shop, tmp_path) -> None:
    from fiado_app.cli import main
    from fiado_app.services.collection import list_contacts

    base = ["--db", str(db.path), "letter", str(shop.late5), "--stage", "lembrete_impresso"]
    assert main([*base, "-o", str(tmp_path / "nope" / "x.pdf")]) == 2
    assert list_contacts(db, shop.late5, AS_OF) == []
    assert main([*base, "--as-of", "23/11/2026", "-o", str(tmp_path / "x.pdf")]) == 0
    (c,) = list_contacts(db, shop.late5, AS_OF)
    assert (c.channel, c.stage_key) == ("carta", "lembrete_impresso")
    assert c.text.startswith("Olá, Carlos!")


def test_no_letter_charges_a_customer_with_nothing_overdue(db, shop) -> None:
    """A sale due next month, part paid: any kind of letter is refused with the reason, never
    "R$ 0,00 vencidos" with a deadline before the purchase is due."""
    from fiado_app.services.ledger import record_payment

    cid = add(db, "Cliente em dia")
    sale(db, cid, 12_550, AS_OF, days=30)
    record_payment(db, cid, 5_000, on=AS_OF, today=AS_OF)
    for stage in (None, "lembrete_impresso", "carta"):
        with pytest.raises(InvalidInput, match="não tem nada vencido"):
            load_letter(db, cid, AS_OF, stage)
