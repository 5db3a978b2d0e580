"""The complaint procedure in the JSON API: cases for their handler only, counts for the company."""

from transferhub.api.services import token_create
from transferhub.complaints import services


def bearer(user):
    _token, secret = token_create(user=user, name="Test", scope="read")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_the_handler_reads_the_case_and_the_company_only_its_counts(client, complaint_world):
    world = complaint_world
    case, _password = services.case_file(
        supplier=world.supplier, risk="wage", description="Löhne unter Mindestlohn"
    )
    services.handler_message(case=case, handler=world.handler, text="Welche Abteilung?")
    listed = client.get("/api/v1/complaints/cases", **bearer(world.handler.user)).json()
    assert [c["code"] for c in listed["items"]] == [case.code]
    detail = client.get(f"/api/v1/complaints/cases/{case.pk}", **bearer(world.handler.user)).json()
    assert detail["description"] == "Löhne unter Mindestlohn"
    assert [m["text"] for m in detail["messages"]] == ["Welche Abteilung?"]
    company = bearer(world.company_user)
    assert client.get(f"/api/v1/complaints/cases/{case.pk}", **company).status_code == 403
    counts = client.get(f"/api/v1/complaints/statistics/{world.supplier.pk}", **company).json()
    assert counts["received"] == 1
    assert {"label": "angemessener Lohn", "count": 1} in counts["by_risk"]
    assert "Mindestlohn" not in str(counts)


def test_lists_are_paged_say_whose_case_it_is_and_name_the_companies(client, complaint_world):
    world = complaint_world
    case, _password = services.case_file(
        supplier=world.supplier, risk="wage", description="Löhne unter Mindestlohn"
    )
    assert case.handler_id == world.handler.pk  # the only impartial handler gets it
    services.procedure_adopt(supplier=world.supplier, addition="Telefon", actor=world.company_user)
    handler = bearer(world.handler.user)
    (row,) = client.get("/api/v1/complaints/cases", **handler).json()["items"]
    assert row["handled_by_me"] is True
    page = client.get("/api/v1/complaints/procedures?limit=1").json()
    assert page["total"] == 1 and page["limit"] == 1
    assert page["items"][0]["supplier_name"] == world.supplier.name
    assert page["items"][0]["addition"] == "Telefon"
    too_many = client.get("/api/v1/complaints/cases?limit=101", **handler)
    assert too_many.status_code == 422
    assert client.get("/api/v1/complaints/cases?offset=5", **handler).json()["items"] == []
