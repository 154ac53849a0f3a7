"""`fiado kpis`: the fields the issue names, and refusals."""

import json


def test_kpis_json_has_every_field(run):
    assert run("customer", "add", "Maria")[0] == 0
    assert run("sale", "Maria", "50", "--date", "2026-10-01", "--due", "2026-10-31")[0] == 0
    assert run("pay", "Maria", "20", "--date", "2026-11-10")[0] == 0
    status, out, _ = run("kpis", "--as-of", "2026-11-30", "--json")
    assert status == 0
    data = json.loads(out)
    for key in ("as_of", "from", "to", "open_cents", "overdue_cents", "overdue_share",
                "customers_overdue", "aging", "sold_cents", "received_cents", "recovered_cents",
                "discounts_cents", "average_days_to_pay", "average_days_late", "promises",
                "months", "by_stage", "by_channel"):  # fmt: skip
        assert key in data, key
    assert data["from"] == "2026-11-01" and data["to"] == "2026-11-30"
    assert set(data["aging"]) == {"a_vencer", "1_30", "31_60", "61_90", "mais_90"}
    assert data["received_cents"] == data["recovered_cents"] == 2000  # all of it was overdue
    assert data["open_cents"] == data["overdue_cents"] == 3000
    assert data["average_days_to_pay"] is None  # nothing was paid off
    assert set(data["months"][-1]) == {"month", "sold_cents", "received_cents",
                                       "overdue_cents_at_end"}  # fmt: skip
    assert set(data["promises"]) == {"made", "kept", "broken"}


def test_a_reversed_period_is_refused_with_one_line(run):
    status, _out, err = run(
        "kpis", "--from", "2026-11-20", "--to", "2026-11-01", "--as-of", "2026-11-30"
    )
    assert status == 2 and "começa" in err and len(err.strip().splitlines()) == 1


def test_goals_are_set_shown_in_kpis_and_cleared(run):
    assert run("customer", "add", "Maria")[0] == 0
    assert run("sale", "Maria", "50", "--date", "2026-10-01", "--due", "2026-10-31")[0] == 0
    assert run("pay", "Maria", "20", "--date", "2026-11-10")[0] == 0
    status, out, _ = run("goal", "--recovered", "80", "--overdue-share", "25")
    assert status == 0 and "R$" in out and "25,0 %" in out
    status, out, _ = run("kpis", "--as-of", "2026-11-30", "--json")
    goals = json.loads(out)["goals"]
    assert goals == {"recovered_cents": 8000, "recovered_progress": 0.25, "overdue_share": 0.25}
    status, _out, err = run("goal", "--recovered", "0")
    assert status == 2 and "maior que zero" in err
    assert run("goal", "--clear")[0] == 0
    status, out, _ = run("kpis", "--as-of", "2026-11-30", "--json")
    assert json.loads(out)["goals"]["recovered_cents"] is None
