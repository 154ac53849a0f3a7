"""The customer's data (LGPD art. 18 II) as a readable PDF: their registration, balance,
entries, contacts with the texts sent, promises and agreements, and the legal bases."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from fiado_app.documents.base import Layout, build_pdf, esc, styles
from fiado_app.documents.parts import grid_style
from fiado_app.domain.br_documents import format_cep, format_document
from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.phones import format_phone
from fiado_app.domain.records import ShopRecord
from fiado_app.domain.vocabulary import CHANNEL_LABELS, OUTCOME_LABELS

FIELDS = (
    ("nome", "Nome"), ("apelido", "Apelido"), ("telefone", "Telefone"), ("cpf_cnpj", "CPF/CNPJ"),
    ("email", "E-mail"), ("endereco", "Endereço"), ("numero_endereco", "Número"),
    ("complemento", "Complemento"), ("bairro", "Bairro"), ("cidade", "Cidade"), ("uf", "UF"),
    ("cep", "CEP"), ("observacoes", "Observações"), ("cadastrado_em", "Cadastrado em"),
)  # fmt: skip


def _date(value: object) -> str:
    return format_date(date.fromisoformat(str(value)[:10])) if value else ""


def _moment(value: object) -> str:
    text = str(value or "")
    return f"{_date(text)} {text[11:16]}".strip()


_SHOWN = {
    "telefone": lambda v: format_phone(str(v)),
    "cpf_cnpj": lambda v: format_document(str(v)),
    "cep": lambda v: format_cep(str(v)),
    "cadastrado_em": _moment,
}


def _money(value: object) -> str:
    return "" if value is None else format_brl(int(str(value)))


def _grid(rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Table:
    st = styles()
    body = [[Paragraph(esc(str(c)), st["head"] if i == 0 else st["cell"]) for c in row]
            for i, row in enumerate(rows)]  # fmt: skip
    # A long note may take more than a page: its row splits rather than leaving a blank page.
    table = Table(body, colWidths=list(widths), hAlign="LEFT", repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(grid_style()))
    return table


def render_customer_data(shop: ShopRecord, logo: bytes | None, data: Mapping[str, object]) -> bytes:
    st = styles()
    person = data["cliente"]
    assert isinstance(person, dict)
    story: list[Flowable] = [
        Paragraph("Dados pessoais guardados pela loja", st["title"]),
        Spacer(1, 2 * mm),
        Paragraph(
            esc(f"Pedido do titular (LGPD, art. 18, II). Gerado em {_date(data['gerado_em'])}."),
            st["small"],
        ),
        Spacer(1, 4 * mm),
        Paragraph("Cadastro", st["heading"]),
    ]
    info = [[label, _SHOWN.get(key, str)(person[key])] for key, label in FIELDS if person.get(key)]
    limit = person.get("limite_centavos")
    if limit is not None:
        info.append(["Limite de crédito", _money(limit)])
    info.append(["Saldo hoje", str(data["saldo"])])
    story.append(_grid([["Dado", "Valor"], *info], [45 * mm, 125 * mm]))
    entries = data["lancamentos"]
    assert isinstance(entries, list)
    story += [Spacer(1, 4 * mm), Paragraph(f"Lançamentos ({len(entries)})", st["heading"])]
    if entries:
        story.append(_grid(
            [["Data", "Nº", "Tipo", "Valor", "Vencimento", "Descrição"]]
            + [[_date(e["data"]), e["numero"], str(e["tipo"]).capitalize(),
                _money(e["valor_centavos"]), _date(e["vencimento"]),
                " ".join(x for x in (e["descricao"], e["observacao"]) if x)
                + (" (estornado)" if e["estornado_por"] else "")] for e in entries],
            [20 * mm, 14 * mm, 22 * mm, 24 * mm, 24 * mm, 66 * mm],
        ))  # fmt: skip
    contacts = data["contatos"]
    assert isinstance(contacts, list)
    story += [
        Spacer(1, 4 * mm),
        Paragraph(f"Contatos de cobrança ({len(contacts)})", st["heading"]),
    ]
    if contacts:
        story.append(_grid(
            [["Quando", "Canal", "Resultado", "Texto enviado e anotação"]]
            + [[_moment(k["quando"]), CHANNEL_LABELS.get(k["canal"], k["canal"]),
                OUTCOME_LABELS.get(k["resultado"], k["resultado"])
                + (f" para {_date(k['prometeu_para'])}" if k["prometeu_para"] else "")
                + (" (desfeito)" if k["desfeito_em"] else ""),
                "\n".join(x for x in (k["texto_enviado"], k["anotacao"]) if x)]
               for k in contacts],
            [30 * mm, 22 * mm, 34 * mm, 84 * mm],
        ))  # fmt: skip
    agreements = data["acordos"]
    assert isinstance(agreements, list)
    story += [Spacer(1, 4 * mm), Paragraph(f"Acordos ({len(agreements)})", st["heading"])]
    if agreements:
        story.append(_grid(
            [["Nº", "Feito em", "Dívida", "Desconto", "Entrada", "Total", "Situação"]]
            + [[a["numero"], _date(a["feito_em"]), _money(a["divida_centavos"]),
                _money(a["desconto_centavos"]), _money(a["entrada_centavos"]),
                _money(a["total_centavos"]),
                "desfeito" if a["desfeito"] else
                f"rompido em {_date(a['rompido_em'])}" if a["rompido_em"] else "feito"]
               for a in agreements],
            [12 * mm, 22 * mm, 26 * mm, 24 * mm, 24 * mm, 26 * mm, 36 * mm],
        ))  # fmt: skip
    story += [
        Spacer(1, 5 * mm),
        Paragraph("Por que a loja guarda estes dados", st["heading"]),
        Paragraph(esc(str(data["base_legal"])), st["body"]),
    ]
    layout = Layout(shop, logo, f"Dados de {person.get('nome', '')}")
    return build_pdf(layout, story, first_template="head")
