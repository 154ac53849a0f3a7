"""A Brazilian postal address: its parts, defined once, and the ways it is written.

The shop's and each customer's address are stored as the same seven columns; the forms, the
command line (`--address --number ... --cep`), the validation and every document read the list
of parts from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from fiado_app.domain.br_documents import format_cep, normalize_cep, normalize_uf
from fiado_app.domain.limits import check_text


@dataclass(frozen=True)
class AddressPart:
    name: str  # the attribute on records, tables and inputs
    label: str  # the form's label (Portuguese; the UI translates it)
    what: str  # how messages name it ("O bairro é longo demais...")
    limit: str  # the kind of length limit (domain/limits.py)
    option: str  # the command line's option, without "--"


ADDRESS_PARTS: tuple[AddressPart, ...] = (
    AddressPart("street", "Rua", "O endereço", "street", "address"),
    AddressPart("number", "Número", "O número do endereço", "number", "number"),
    AddressPart("complement", "Complemento", "O complemento", "complement", "complement"),
    AddressPart("district", "Bairro", "O bairro", "district", "district"),
    AddressPart("city", "Cidade", "A cidade", "city", "city"),
    AddressPart("uf", "UF", "A UF", "line", "uf"),
    AddressPart("cep", "CEP", "O CEP", "line", "cep"),
)
ADDRESS_FIELDS: tuple[str, ...] = tuple(p.name for p in ADDRESS_PARTS)


@dataclass(frozen=True)
class Address:
    street: str = ""
    number: str = ""
    complement: str = ""
    district: str = ""
    city: str = ""
    uf: str = ""
    cep: str = ""  # the 8 digits

    @staticmethod
    def of(source: object) -> Address:
        """The address parts of a record, a table row or anything with those attributes."""
        return Address(**{f.name: getattr(source, f.name, "") or "" for f in fields(Address)})

    @property
    def empty(self) -> bool:
        return not any(getattr(self, name) for name in ADDRESS_FIELDS)

    @property
    def mailable(self) -> bool:
        """Enough for the post to deliver a letter: the street and the city."""
        return bool(self.street.strip() and self.city.strip())

    def street_line(self) -> str:
        """ "Rua das Flores, 120 – fundos"."""
        street = ", ".join(x for x in (self.street, self.number) if x)
        if self.complement:
            street = f"{street} – {self.complement}" if street else self.complement
        return street

    def city_line(self) -> str:
        """ "Campinas/SP"."""
        return f"{self.city}/{self.uf}" if self.uf else self.city

    def cep_text(self) -> str:
        return format_cep(self.cep) if self.cep else ""

    def envelope_lines(self) -> list[str]:
        """The lines under the name in an envelope window: street, district, "CEP city/UF"."""
        last = " ".join(x for x in (self.cep_text(), self.city_line()) if x)
        return [x for x in (self.street_line(), self.district, last) if x]

    def one_line(self) -> str:
        """Everything on one line, as a document's letterhead prints it."""
        cep = f"CEP {self.cep_text()}" if self.cep else ""
        parts = [self.street_line(), self.district, self.city_line(), cep]
        return " – ".join(p for p in parts if p)

    def short(self) -> str:
        """The short form a WhatsApp text uses: "Rua das Flores, 120 - Centro - Campinas/SP"."""
        street = ", ".join(x for x in (self.street, self.number) if x)
        place = f"{self.city}/{self.uf}" if self.city and self.uf else self.city
        return " - ".join(x for x in (street, self.district, place) if x)


def clean_address(values: Mapping[str, object]) -> dict[str, str]:
    """The address parts present in `values`, checked (length, control characters) and
    normalised (UF in capitals, CEP as 8 digits); InvalidInput names the part to fix."""
    clean: dict[str, str] = {}
    for part in ADDRESS_PARTS:
        if part.name not in values or values[part.name] is None:
            continue
        text = check_text(str(values[part.name]), part.what, part.limit)
        if part.name == "uf":
            text = normalize_uf(text) if text.strip() else ""
        elif part.name == "cep":
            text = normalize_cep(text) if text.strip() else ""
        clean[part.name] = text
    return clean
