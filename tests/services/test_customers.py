import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.services.customers import (
    CustomerInput,
    DuplicateCustomer,
    resolve_customer,
    update_customer,
)


def test_phone_is_stored_normalised(customer):
    c = customer(phone="(19) 98765-4321")
    assert c.phone == "+5519987654321"


def test_a_second_customer_with_the_same_phone_is_refused_naming_the_first(customer):
    first = customer("Maria Aparecida", phone="(19) 98765-4321")
    with pytest.raises(DuplicateCustomer, match=f"Maria Aparecida \\(nº {first.id}\\)"):
        customer("Outra Pessoa", phone="19987654321")


def test_a_second_customer_with_the_same_cpf_is_refused_naming_the_first(customer):
    customer("José da Silva", document="529.982.247-25")
    with pytest.raises(DuplicateCustomer, match="José da Silva"):
        customer("Zé Silva", document="52998224725")


def test_invalid_documents_and_phones_are_refused(customer):
    for bad in ({"document": "111.111.111-11"}, {"document": "529.982.247-24"}, {"phone": "123"}):
        with pytest.raises(InvalidInput):
            customer("Fulano", **bad)


def test_updating_to_another_customers_phone_is_refused(db, customer):
    customer("Ana", phone="(19) 98765-4321")
    b = customer("Bia", phone="(19) 98765-0000")
    with pytest.raises(DuplicateCustomer, match="Ana"):
        update_customer(db, b.id, CustomerInput(name="Bia", phone="19987654321"))


def test_names_match_ignoring_case_and_accents(db, customer):
    c = customer("João Conceição", nickname="Seu João")
    assert resolve_customer(db, "joao conceicao").id == c.id
    assert resolve_customer(db, "CONCEIÇÃO").id == c.id
    assert resolve_customer(db, str(c.id)).id == c.id


def test_an_ambiguous_name_lists_the_candidates(db, customer):
    a = customer("Maria Aparecida")
    b = customer("Maria José")
    with pytest.raises(InvalidInput) as refused:
        resolve_customer(db, "maria")
    assert f"Maria Aparecida (nº {a.id})" in str(refused.value)
    assert f"Maria José (nº {b.id})" in str(refused.value)


def test_an_unknown_name_is_a_clear_error(db, customer):
    customer("Ana")
    with pytest.raises(InvalidInput, match="Nenhum cliente"):
        resolve_customer(db, "Zuleica")
