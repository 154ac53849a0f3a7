"""Static Pix BR Code ("copia e cola") generator and strict parser.

Follows the Banco Central "Manual de Padrões para Iniciação do Pix": TLV fields (2-digit ID,
2-digit length, value) closed by a CRC-16/CCITT-FALSE over the whole payload including
``6304``. Lengths count characters; the CRC is computed over the UTF-8 bytes.
"""

from __future__ import annotations

import binascii
import datetime
import re
import unicodedata

from fiado_app.domain.br_documents import normalize_cnpj, normalize_cpf
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.phones import BRAZIL_COUNTRY_CODE, normalize_phone

PIX_GUI = "br.gov.bcb.pix"
MAX_KEY_LEN = 77
MAX_DESCRIPTION_LEN = 72
MAX_ACCOUNT_INFO_LEN = 99
MAX_NAME_LEN = 25
MAX_CITY_LEN = 15
MAX_TXID_LEN = 25
MAX_AMOUNT_LEN = 13
NO_TXID = "***"

_TXID_RE = re.compile(r"[A-Za-z0-9]{1,25}")
_EMAIL_RE = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_EVP_RE = re.compile(
    r"([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})", re.IGNORECASE
)
_DOCUMENT_PUNCTUATION = re.compile(r"[.\-/\s]")
_AMOUNT_RE = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")
# Templates whose value is itself a list of TLV sub-fields.
_TEMPLATE_IDS = frozenset({f"{i:02d}" for i in (*range(26, 52), 62, *range(80, 100))})
_REQUIRED_IDS = ("00", "52", "53", "58", "59", "60", "62", "63")


def crc16_ccitt(data: str) -> str:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) of the UTF-8 bytes, as 4 upper hex digits."""
    return f"{binascii.crc_hqx(data.encode('utf-8'), 0xFFFF):04X}"


def normalize_pix_text(text: str, max_len: int) -> str:
    """Strip accents to plain printable ASCII, collapse blanks, then truncate to ``max_len``."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    printable = "".join(ch if ch.isprintable() else " " for ch in ascii_text)
    collapsed = " ".join(printable.split())
    return collapsed[:max_len].rstrip()


def _tlv(field_id: str, value: str) -> str:
    if not 1 <= len(value) <= 99:
        raise InvalidInput(f"Campo Pix {field_id} com tamanho inválido ({len(value)} caracteres).")
    return f"{field_id}{len(value):02d}{value}"


# --------------------------------------------------------------------------- keys


def validate_pix_key(text: str) -> str:
    """Return the Pix key in its canonical form, or raise InvalidInput.

    Phone → ``+55...``; CPF/CNPJ → digits only (alphanumeric CNPJ upper case); e-mail as typed;
    random key (EVP) → lower case with hyphens. A bare 11-digit number is a CPF when its check
    digits are valid, otherwise it is tried as a phone number.
    """
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput("Informe a chave Pix.")
    key = _classify_key(raw)
    if key is None:
        raise InvalidInput(
            f"Chave Pix inválida: “{text}”. Use CPF, CNPJ, celular, e-mail ou chave aleatória."
        )
    if len(key) > MAX_KEY_LEN:
        raise InvalidInput(f"Chave Pix muito longa: “{text}” (máximo {MAX_KEY_LEN} caracteres).")
    return key


def _classify_key(raw: str) -> str | None:
    if "@" in raw:
        return raw if _EMAIL_RE.fullmatch(raw) else None
    evp = _EVP_RE.fullmatch(raw)
    if evp:
        return "-".join(evp.groups()).lower()
    if raw.startswith("+"):
        return _phone_key(raw)
    compact = _DOCUMENT_PUNCTUATION.sub("", raw)
    if len(compact) == 11 and compact.isascii() and compact.isdigit():
        try:
            return normalize_cpf(compact)
        except InvalidInput:
            return _phone_key(raw)
    if len(compact) == 14:
        try:
            return normalize_cnpj(compact)
        except InvalidInput:
            pass
    return _phone_key(raw)


def _phone_key(raw: str) -> str | None:
    try:
        e164 = normalize_phone(raw)
    except InvalidInput:
        return None
    return e164 if e164.startswith(f"+{BRAZIL_COUNTRY_CODE}") else None


# --------------------------------------------------------------------------- payload


def _format_amount(amount_cents: int) -> str:
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise InvalidInput(f"Valor Pix inválido: “{amount_cents}”.")
    if amount_cents <= 0:
        raise InvalidInput("O valor do Pix precisa ser maior que zero.")
    text = f"{amount_cents // 100}.{amount_cents % 100:02d}"
    if len(text) > MAX_AMOUNT_LEN:
        raise InvalidInput("Valor do Pix alto demais.")
    return text


def _normalize_txid(txid: str | None) -> str:
    value = (txid or "").strip()
    if not value or value == NO_TXID:
        return NO_TXID
    if not _TXID_RE.fullmatch(value):
        raise InvalidInput(
            f"Identificador do Pix inválido: “{txid}”. Use até {MAX_TXID_LEN} letras ou números, "
            "sem espaços nem acentos."
        )
    return value


def build_pix_payload(
    key: str,
    name: str,
    city: str,
    amount_cents: int | None = None,
    txid: str | None = None,
    description: str | None = None,
) -> str:
    """Build a static Pix "copia e cola" payload.

    ``amount_cents`` None leaves the amount open. Name and city lose their accents and are
    truncated (25 and 15 characters). The description is accent-stripped and shortened so that
    key and description fit in the 99-character merchant-account field.
    """
    normalized_key = validate_pix_key(key)
    receiver = normalize_pix_text(name, MAX_NAME_LEN)
    if not receiver:
        raise InvalidInput(f"Nome do recebedor Pix inválido: “{name}”.")
    place = normalize_pix_text(city, MAX_CITY_LEN)
    if not place:
        raise InvalidInput(f"Cidade do recebedor Pix inválida: “{city}”.")

    account = _tlv("00", PIX_GUI) + _tlv("01", normalized_key)
    room = min(MAX_DESCRIPTION_LEN, MAX_ACCOUNT_INFO_LEN - len(account) - 4)
    info = normalize_pix_text(description or "", room) if room > 0 else ""
    if info:
        account += _tlv("02", info)

    parts = [
        _tlv("00", "01"),
        _tlv("26", account),
        _tlv("52", "0000"),
        _tlv("53", "986"),
    ]
    if amount_cents is not None:
        parts.append(_tlv("54", _format_amount(amount_cents)))
    parts += [
        _tlv("58", "BR"),
        _tlv("59", receiver),
        _tlv("60", place),
        _tlv("62", _tlv("05", _normalize_txid(txid))),
    ]
    body = "".join(parts) + "6304"
    return body + crc16_ccitt(body)


def pix_txid_for_customer(customer_id: int, when: datetime.date) -> str:
    """Transaction id such as ``FIADO123D20261123`` (alphanumeric, at most 25 characters)."""
    if isinstance(customer_id, bool) or not isinstance(customer_id, int) or customer_id <= 0:
        raise InvalidInput(f"Código de cliente inválido para o Pix: “{customer_id}”.")
    txid = f"FIADO{customer_id}D{when:%Y%m%d}"
    if len(txid) > MAX_TXID_LEN:
        raise InvalidInput(f"Código de cliente longo demais para o Pix: “{customer_id}”.")
    return txid


# --------------------------------------------------------------------------- parser


def _split_tlv(data: str, where: str) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    pos = 0
    while pos < len(data):
        header = data[pos : pos + 4]
        if len(header) < 4 or not (header.isascii() and header.isdigit()):
            raise InvalidInput(f"Código Pix inválido: cabeçalho malformado em {where}.")
        field_id, length = header[:2], int(header[2:])
        value = data[pos + 4 : pos + 4 + length]
        if length == 0 or len(value) != length:
            raise InvalidInput(
                f"Código Pix inválido: o campo {where}{field_id} declara {length} caracteres."
            )
        fields.append((field_id, value))
        pos += 4 + length
    return fields


def parse_pix_payload(payload: str) -> dict[str, str]:
    """Strictly parse a Pix BR Code; verify every length and the CRC.

    Returns top-level fields by ID (``"59"``) and template sub-fields as ``"26.01"``,
    ``"62.05"``. Raises InvalidInput on any inconsistency.
    """
    if not isinstance(payload, str) or len(payload) < 12 or payload[-8:-4] != "6304":
        raise InvalidInput("Código Pix inválido: falta o CRC final (campo 63).")
    expected = crc16_ccitt(payload[:-4])
    if payload[-4:].upper() != expected:
        raise InvalidInput(
            f"Código Pix inválido: CRC {payload[-4:]} não confere (esperado {expected})."
        )

    if not payload.startswith("000201"):
        raise InvalidInput("Código Pix inválido: deve começar pelo campo 00 = 01.")

    result: dict[str, str] = {}
    for field_id, value in _split_tlv(payload, ""):
        if field_id in result:
            raise InvalidInput(f"Código Pix inválido: campo {field_id} repetido.")
        result[field_id] = value
        if field_id in _TEMPLATE_IDS:
            for sub_id, sub_value in _split_tlv(value, f"{field_id}."):
                sub_key = f"{field_id}.{sub_id}"
                if sub_key in result:
                    raise InvalidInput(f"Código Pix inválido: campo {sub_key} repetido.")
                result[sub_key] = sub_value

    _check_fields(result)
    return result


def _check_fields(fields: dict[str, str]) -> None:
    top_level = [k for k in fields if "." not in k]
    if top_level[-1] != "63":
        raise InvalidInput("Código Pix inválido: o CRC (campo 63) deve ser o último campo.")
    missing = [field_id for field_id in _REQUIRED_IDS if field_id not in fields]
    if missing:
        raise InvalidInput(f"Código Pix inválido: faltam os campos {', '.join(missing)}.")
    pix_accounts = [
        k
        for k in top_level
        if "26" <= k <= "51"
        and fields.get(f"{k}.00", "").lower() == PIX_GUI
        and (f"{k}.01" in fields or f"{k}.25" in fields)
    ]
    if not pix_accounts:
        raise InvalidInput("Código Pix inválido: falta a conta Pix (br.gov.bcb.pix).")
    if fields["53"] != "986" or fields["58"] != "BR":
        raise InvalidInput("Código Pix inválido: moeda ou país diferentes de BRL/BR.")
    if "54" in fields and not _AMOUNT_RE.fullmatch(fields["54"]):
        raise InvalidInput(f"Código Pix inválido: valor “{fields['54']}” malformado.")
    if "62.05" not in fields:
        raise InvalidInput("Código Pix inválido: falta o identificador (campo 62, subcampo 05).")
