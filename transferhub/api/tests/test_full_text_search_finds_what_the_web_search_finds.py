"""Full-text search through the API: same hits and visibility as /protokolle/suche/."""

import pytest

from transferhub.api.schemas import plain_with_highlights

QUERY = "Umsetzungshilfe"


def _hits(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["items"]


def _web_count(client, **params) -> int:
    page = client.get("/protokolle/suche/", params)
    assert page.status_code == 200
    page_obj = page.context["page_obj"]
    return page_obj.paginator.count if page_obj else 0


@pytest.mark.parametrize("role", ["anonymous", "outsider", "member", "chair", "secretariat"])
def test_every_role_gets_as_many_hits_as_on_the_web(role, api_as, client_as, draft_meeting):
    web = _web_count(client_as(role), q=QUERY)
    api = api_as(role, "read").get("/search", q=QUERY).json()["total"]
    assert api == web
    assert (api > 0) == (role in {"member", "chair", "secretariat"})


def test_a_hit_carries_a_plain_passage_with_the_positions_of_the_matches(api_as, draft_meeting):
    hits = _hits(api_as("member").get("/search", q=QUERY, kind="task"))
    (task,) = [h for h in hits if "Glossar" in h["passage"]]
    assert task["kind"] == "task"
    assert task["passage"] == "Die Umsetzungshilfe wird um ein Glossar ergänzt."
    marked = [task["passage"][h["start"] : h["end"]] for h in task["highlights"]]
    assert marked == ["Umsetzungshilfe"]
    assert task["title"].startswith("Umsetzungshilfe")
    assert task["title_highlights"] == [{"start": 0, "end": len("Umsetzungshilfe")}]
    assert task["api_url"] == f"http://testserver/api/v1/tasks/{task['id']}"
    assert task["meeting_id"] == draft_meeting.pk
    assert task["meeting_date"] == "2022-09-15"


def test_the_filters_kind_body_and_year_apply(api_as, draft_meeting, ag_transfer):
    api = api_as("secretariat", "read")
    kinds = {h["kind"] for h in _hits(api.get("/search", q=QUERY))}
    assert kinds == {"minutes", "decision", "task"}  # decisions and tasks by their item's title
    assert {h["kind"] for h in _hits(api.get("/search", q=QUERY, kind="minutes"))} == {"minutes"}
    assert _hits(api.get("/search", q=QUERY, year=2021)) == []
    assert len(_hits(api.get("/search", q=QUERY, year=2022, body=ag_transfer.pk))) == 4
    assert _hits(api.get("/search", q=QUERY, body=999999)) == []


def test_the_public_finds_approved_public_minutes_only(api_as, approved_meeting):
    api = api_as("anonymous")
    hits = _hits(api.get("/search", q="Befragung"))
    assert hits == []  # the item on the partner survey was made internal
    found = _hits(api.get("/search", q=QUERY))
    assert {h["kind"] for h in found} == {"minutes", "decision"}  # tasks need a login
    minutes = next(h for h in found if h["kind"] == "minutes")
    assert minutes["api_url"].endswith(f"/api/v1/items/{minutes['agenda_item_id']}")


def test_results_page_with_limit_and_offset(api_as, draft_meeting):
    api = api_as("secretariat", "read")
    first = api.get("/search", q=QUERY, limit=3).json()
    rest = api.get("/search", q=QUERY, limit=3, offset=3).json()
    assert first["total"] == rest["total"] == 4
    assert len(first["items"]) == 3 and len(rest["items"]) == 1
    ids = {(h["kind"], h["id"]) for h in first["items"] + rest["items"]}
    assert len(ids) == 4
    assert api.get("/search", q=QUERY, offset=100).json()["items"] == []


def test_a_query_without_words_finds_nothing(api_as, draft_meeting):
    data = api_as("secretariat").get("/search", q="!!!").json()
    assert data == {"total": 0, "limit": 50, "offset": 0, "items": []}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "x" * 201},
        {"q": "a\x00b"},
        {"q": QUERY, "kind": "meeting"},
        {"q": QUERY, "year": 1800},
        {"q": QUERY, "year": "zwanzig"},
        {"q": QUERY, "body": "AG"},
        {"q": QUERY, "limit": 1000},
    ],
)
def test_bad_parameters_are_a_422_in_the_error_format(params, api_as, draft_meeting):
    response = api_as("member").get("/search", **params)
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "validation_error" and body["errors"]


def test_markup_in_a_text_stays_text_and_only_matches_are_marked():
    passage, spans = plain_with_highlights(
        "a &lt;mark&gt;b&lt;/mark&gt; <mark>Glossar</mark> &amp; c"
    )
    assert passage == "a <mark>b</mark> Glossar & c"
    assert [passage[s["start"] : s["end"]] for s in spans] == ["Glossar"]
