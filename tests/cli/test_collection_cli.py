"""The collection commands, end to end through `fiado.cli.main`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fiado_app.cli import main


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    path = str(tmp_path / "f.sqlite3")
    assert main(["--db", path, "shop", "set", "--name", "Mercadinho", "--city", "Recife",
                 "--pix-key", "11222333000181"]) == 0  # fmt: skip
    assert main(["--db", path, "customer", "add", "Maria Souza", "--phone", "81987654321"]) == 0
    assert main(["--db", path, "sale", "Maria", "120,00", "--date", "01/11/2026",
                 "--due", "15/11/2026", "--description", "Compras"]) == 0  # fmt: skip
    return path


def test_agenda_json_shape(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", dbfile, "agenda", "--as-of", "18/11/2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2026-11-18"
    item = data["items"][0]
    assert {k: item[k] for k in ("customer_id", "name", "reason", "stage", "channel",
            "open_cents", "days_overdue")} == {  # fmt: skip
        "customer_id": 1, "name": "Maria Souza", "reason": "stage", "stage": "amigavel",
        "channel": "whatsapp", "open_cents": 12000, "days_overdue": 3,
    }  # fmt: skip


def test_reminder_with_link(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", dbfile, "reminder", "Maria", "--as-of", "18/11/2026", "--link"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Oi, Maria, tudo bem?")
    assert "https://wa.me/5581987654321?text=Oi%2C%20Maria" in out


def test_the_reminders_pix_asks_for_the_overdue_amount_or_the_whole_balance(
    dbfile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Maria also bought gas due next month: the text and its Pix ask for the R$ 120,00 due.
    assert main(["--db", dbfile, "sale", "Maria", "45,00", "--date", "17/11/2026",
                 "--due", "17/12/2026", "--description", "Gás"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", dbfile, "reminder", "Maria", "--as-of", "18/11/2026"]) == 0
    out = capsys.readouterr().out
    assert "5406120.00" in out and "Ainda a vencer, sem pressa: R$\u00a045,00." in out
    assert main(["--db", dbfile, "reminder", "Maria", "--as-of", "18/11/2026",
                 "--whole-balance"]) == 0  # fmt: skip
    assert "5406165.00" in capsys.readouterr().out


def test_contact_and_contacts_json(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", dbfile, "contact", "Maria", "--channel", "telefone", "--outcome",
                 "promessa", "--at", "18/11/2026 10:00", "--promise-date", "20/11/2026",
                 "--promise-amount", "50", "--note", "Paga sexta"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", dbfile, "contacts", "Maria", "--json"]) == 0
    [c] = json.loads(capsys.readouterr().out)
    assert c["at"] == "2026-11-18T10:00" and c["channel"] == "telefone"
    assert c["outcome"] == "promessa" and c["note"] == "Paga sexta"
    assert c["promise_date"] == "2026-11-20" and c["promise_cents"] == 5000


def test_ladder_set_refuses_an_insult(
    dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "t.txt"
    template.write_text("Oi {primeiro_nome}, seu caloteiro!", encoding="utf-8")
    assert main(["--db", dbfile, "ladder", "set", "amigavel", "--template-file",
                 str(template)]) == 2  # fmt: skip
    assert "art. 42" in capsys.readouterr().err
    template.write_text("Oi {primeiro_nome}, {loja} lembra: {valor}.", encoding="utf-8")
    assert main(["--db", dbfile, "ladder", "set", "amigavel", "--template-file",
                 str(template), "--offset", "4"]) == 0  # fmt: skip
    assert main(["--db", dbfile, "ladder", "add", "ligacao", "--name", "Ligar", "--offset", "20",
                 "--channel", "telefone"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", dbfile, "ladder", "show", "--json"]) == 0
    stages = json.loads(capsys.readouterr().out)
    assert [s["key"] for s in stages][2:5] == ["amigavel", "segundo_aviso", "ligacao"]


def test_pause_hides_from_agenda(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", dbfile, "pause", "Maria", "--until", "01/01/2099",
                 "--reason", "Viajou"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", dbfile, "agenda", "--as-of", "18/11/2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["items"] == []
