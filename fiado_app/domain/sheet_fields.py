"""What the columns of an imported spreadsheet mean, and how its cells are read
(docs/spreadsheets.md): headers matched ignoring case, accents, spacing and punctuation, with
the synonyms people write; money, dates and kinds the Brazilian way and the spreadsheet way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fiado_app.domain.dates import parse_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_amount
from fiado_app.domain.money import parse_cents
from fiado_app.domain.text import fold

CUSTOMERS = "clientes"
ENTRIES = "lancamentos"


@dataclass(frozen=True)
class Field:
    key: str  # the template's header
    label: str  # what the mapping step shows
    synonyms: tuple[str, ...] = ()
    required: bool = False


CUSTOMER_FIELDS = (
    Field("nome", "Nome", ("nome do cliente", "cliente", "nome completo", "razao social"), True),
    Field("apelido", "Apelido", ("conhecido como", "nome fantasia")),
    Field(
        "telefone",
        "Telefone",
        (
            "fone",
            "tel",
            "celular",
            "cel",
            "whatsapp",
            "whats",
            "zap",
            "telefone celular",
            "telefone whatsapp",
            "contato",
        ),
    ),  # fmt: skip
    Field("cpf_cnpj", "CPF/CNPJ", ("cpf", "cnpj", "documento", "doc", "cpf cnpj", "cpf ou cnpj")),
    Field("email", "E-mail", ("e mail", "correio eletronico")),
    Field("endereco", "Endereço", ("rua", "logradouro", "endereco rua", "avenida")),
    Field("numero", "Número", ("num", "no", "n", "nro")),
    Field("complemento", "Complemento", ("compl", "apto", "apartamento")),
    Field("bairro", "Bairro", ()),
    Field("cidade", "Cidade", ("municipio",)),
    Field("uf", "UF", ("estado",)),
    Field("cep", "CEP", ()),
    Field("limite", "Limite de crédito", ("limite de credito", "credito", "limite r")),
    Field(
        "saldo",
        "Saldo anterior",
        (
            "saldo devedor",
            "deve",
            "divida",
            "valor devido",
            "debito",
            "saldo r",
            "saldo anterior",
            "em aberto",
            "total devido",
        ),
    ),  # fmt: skip
    Field(
        "vencimento",
        "Vencimento do saldo",
        ("vence", "vencto", "dt vencimento", "data de vencimento", "venc"),
    ),  # fmt: skip
    Field("observacoes", "Observações", ("observacao", "obs", "anotacoes", "notas")),
)
ENTRY_FIELDS = (
    Field(
        "data",
        "Data",
        (
            "dt",
            "dt venda",
            "data da venda",
            "data do lancamento",
            "data do pagamento",
            "dia",
            "data venda",
        ),
        True,
    ),  # fmt: skip
    Field("cliente", "Cliente", ("nome", "nome do cliente", "comprador", "devedor"), True),
    Field(
        "tipo",
        "Tipo (venda ou pagamento)",
        ("operacao", "movimento", "lancamento", "natureza", "tipo de lancamento"),
    ),  # fmt: skip
    Field("valor", "Valor", ("valor r", "quantia", "total", "preco", "montante"), True),
    Field(
        "vencimento",
        "Vencimento",
        ("vence", "vencto", "dt vencimento", "data de vencimento", "venc"),
    ),  # fmt: skip
    Field(
        "descricao",
        "Descrição",
        ("produto", "produtos", "itens", "historico", "descr", "discriminacao", "o que levou"),
    ),  # fmt: skip
    Field(
        "forma",
        "Forma de pagamento",
        ("forma de pagamento", "meio", "meio de pagamento", "pagamento via", "forma pgto"),
    ),  # fmt: skip
    # Filled in: the row was reversed (Fiado's own export says by which entry): left out.
    Field(
        "estornado",
        "Estornado (a linha não vale)",
        ("estornado pelo n", "estornado por", "estornado em", "cancelado"),
    ),
)
FIELDS = {CUSTOMERS: CUSTOMER_FIELDS, ENTRIES: ENTRY_FIELDS}
SHAPE_NAMES = {CUSTOMERS: "lista de clientes", ENTRIES: "lista de lançamentos"}


def header_key(text: object) -> str:
    """A header folded for matching: lower case, no accents, punctuation and spacing as one
    space ("Valor (R$)" -> "valor r", "Dt. venda" -> "dt venda", "Nº" -> "n")."""
    raw = str(text or "")
    for mark in ("º", "°", "ª", "$"):
        raw = raw.replace(mark, " ")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(raw)).split())


def _names(f: Field) -> set[str]:
    return {header_key(f.key.replace("_", " ")), *(header_key(s) for s in f.synonyms)}


def match_headers(headers: list[object], shape: str) -> dict[str, int]:
    """Field key -> column index, for the headers that name a field (each column and each field
    used once; the field's own name wins over a synonym)."""
    keys = [header_key(h) for h in headers]
    found: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for f in FIELDS[shape]:
            if f.key in found:
                continue
            wanted = {header_key(f.key.replace("_", " "))} if exact else _names(f)
            for i, key in enumerate(keys):
                if i not in used and key in wanted:
                    found[f.key] = i
                    used.add(i)
                    break
    return found


def guess_shape(headers: list[object]) -> str | None:
    """Entries when the headers name a date and an amount; customers when they name a name;
    None when neither."""
    entries = match_headers(headers, ENTRIES)
    if "data" in entries and "valor" in entries:
        return ENTRIES
    if "nome" in match_headers(headers, CUSTOMERS):
        return CUSTOMERS
    return None


# Excel counts days from 30/12/1899 (with its 1900 leap-year bug folded in for dates after
# 28/02/1900); ODS files read by calamine already give dates.
_EXCEL_EPOCH = date(1899, 12, 30)


def cell_text(value: object) -> str:
    """A cell as text: numbers without a trailing ".0", dates as dd/mm/aaaa."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "sim" if value else "não"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = str(value).strip()
    if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@"):  # as exports neutralise formulas
        return text[1:]
    return text


def one_line(value: object) -> str:
    """A cell typed on several lines (Alt+Enter in Excel) as one line of text."""
    return " ".join(cell_text(value).split())


def _shown(value: object) -> str:
    text = cell_text(value)
    return text if len(text) <= 30 else text[:27] + "…"


def cell_cents(value: object, what: str, *, signed: bool = False, zero: bool = False) -> int:
    """Money from a cell: a number (12.5 is R$ 12,50) or text ("1.234,56", "R$ 12,50",
    "12.50", "-30,00"). More than zero, or — `signed` — anything but zero, with its sign;
    `zero` lets 0 through (a balance of nothing). `what` names the column: "Valor"."""
    if isinstance(value, bool):
        raise InvalidInput(f"{what}: “{_shown(value)}” não é um valor.")
    if isinstance(value, int | float):
        if value != value or abs(value) > 1e12:  # NaN, or absurd
            raise InvalidInput(f"{what}: “{value}” não é um valor.")
        cents = round(value * 100)
    else:
        text = cell_text(value).replace("R$", "").replace("r$", "").strip()
        if not text:
            raise InvalidInput(f"{what} em branco.")
        try:
            cents = parse_cents(text, allow_negative=True)
        except InvalidInput:
            raise InvalidInput(
                f"{what}: “{_shown(value)}” não é um valor. Use, por exemplo, 12,50 ou 1.234,56."
            ) from None
    if cents == 0 and zero:
        return 0
    if cents == 0 or (cents < 0 and not signed):
        raise InvalidInput(f"{what} deve ser maior que zero: “{_shown(value)}”.")
    check_amount(abs(cents), what)
    return cents


def cell_date(value: object, what: str) -> date:
    """A date from a cell: a real date, an Excel serial number, dd/mm/aaaa or aaaa-mm-dd.
    `what` names the column: "Data", "Vencimento"."""
    try:
        if isinstance(value, datetime):
            return parse_date(value.date())
        if isinstance(value, date):
            return parse_date(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not 1 <= value < 2_958_466:
                raise InvalidInput(f"“{_shown(value)}” não é uma data.")
            return parse_date(_EXCEL_EPOCH + timedelta(days=int(value)))
        text = cell_text(value)
        if not text:
            raise InvalidInput("em branco.")
        if re.fullmatch(r"[0-9]{5}(\.0+)?", text):  # a serial number stored as text
            return cell_date(float(text), what)
        return parse_date(text.split(" ")[0].split("T")[0])  # "05/03/2026 00:00:00" too
    except InvalidInput as exc:
        reason = str(exc)
        if reason.startswith(what):
            raise
        raise InvalidInput(f"{what}: {reason[0].lower() + reason[1:]}") from None


DISCOUNT_WORDS = {"abatimento", "desconto", "perdao", "abatido"}
# What an export of Fiado (or of another app) lists that is no entry to import.
SKIPPED_WORDS = {"estorno", "estornado", "acordo", "cancelado", "cancelamento"}
SALE_WORDS = {"venda", "vendas", "compra", "compras", "fiado", "debito", "d", "v", "saida",
              "pendura", "conta", "anotado"}  # fmt: skip
PAYMENT_WORDS = {"pagamento", "pagamentos", "pago", "pagou", "recebimento", "recebido",
                 "credito", "c", "p", "entrada"}  # fmt: skip
METHOD_WORDS = {
    "dinheiro": "dinheiro", "especie": "dinheiro", "cash": "dinheiro",
    "pix": "pix",
    "debito": "debito", "cartao de debito": "debito", "cartao debito": "debito",
    "credito": "credito", "cartao de credito": "credito", "cartao credito": "credito",
    "cartao": "credito", "maquininha": "credito",
    "transferencia": "transferencia", "ted": "transferencia", "doc": "transferencia",
    "deposito": "transferencia",
    "outro": "outro", "outros": "outro", "cheque": "outro", "boleto": "outro",
}  # fmt: skip


def cell_kind(value: object, cents_sign: int) -> str | None:
    """ "sale", "payment" or "discount": from the kind column, or from the sign of the amount
    when there is none (a negative amount is a payment, as in many notebooks typed into
    Excel). None: a row that is not an entry (a reversal, an agreement) and is left out."""
    key = header_key(value)
    if not key:
        return "payment" if cents_sign < 0 else "sale"
    if key in SALE_WORDS:
        return "sale"
    if key in PAYMENT_WORDS:
        return "payment"
    if key in DISCOUNT_WORDS:
        return "discount"
    if key in SKIPPED_WORDS:
        return None
    raise InvalidInput(
        f"Tipo: “{_shown(value)}” não é um tipo de lançamento. Use venda, pagamento ou abatimento."
    )


def cell_method(value: object) -> str:
    key = header_key(value)
    if not key:
        return "dinheiro"
    if key in METHOD_WORDS:
        return METHOD_WORDS[key]
    raise InvalidInput(
        f"Forma de pagamento: “{_shown(value)}” não é uma forma conhecida. Use dinheiro, pix, "
        "débito, crédito, transferência ou outro."
    )
