"""Reading through the JSON API: what each role sees, pages, the register."""

from transferhub.meetings.models import Meeting


def test_a_member_reads_a_draft_meeting_with_its_whole_agenda(api_as, draft_meeting):
    response = api_as("member").get(f"/meetings/{draft_meeting.pk}")
    assert response.status_code == 200
    data = response.json()
    assert data["access"] == "full"
    assert data["state"] == "minutes_draft"
    assert len(data["agenda_items"]) == draft_meeting.agenda_items.count()


def test_the_public_reads_only_public_items_of_approved_minutes(api_as, approved_meeting):
    response = api_as("anonymous").get(f"/meetings/{approved_meeting.pk}")
    assert response.status_code == 200
    data = response.json()
    assert data["access"] == "public"
    names = [i["name"] for i in data["agenda_items"]]
    assert approved_meeting.internal_item.name not in names
    assert approved_meeting.public_item.name in names
    assert [a["name"] for a in data["attachments"]] == ["Vortrag BMAS"]


def test_an_internal_item_is_not_found_for_the_public(api_as, approved_meeting):
    api = api_as("outsider")
    assert api.get(f"/items/{approved_meeting.internal_item.pk}").status_code == 404
    assert api.get(f"/items/{approved_meeting.public_item.pk}").status_code == 200


def test_an_internal_attachment_cannot_be_downloaded_by_the_public(api_as, approved_meeting):
    internal = approved_meeting.attachments.get(name="Befragung intern")
    public = approved_meeting.attachments.get(name="Vortrag BMAS")
    api = api_as("anonymous")
    assert api.get(f"/attachments/{internal.pk}/download").status_code == 404
    response = api.get(f"/attachments/{public.pk}/download")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 public"


def test_the_meeting_list_pages_with_limit_and_offset(api_as, people, ag_transfer):
    import datetime as dt

    for day in range(1, 8):
        Meeting.objects.create(
            body=ag_transfer,
            name=f"Sitzung {day}",
            date=dt.date(2023, 1, day),
            start_time=dt.time(9),
            end_time=dt.time(10),
        )
    api = api_as("member")
    first = api.get("/meetings", limit=3, offset=0).json()
    assert first["total"] == 7 and len(first["items"]) == 3
    last = api.get("/meetings", limit=3, offset=6).json()
    assert [m["name"] for m in last["items"]] == ["Sitzung 1"]


def test_a_page_past_the_end_is_empty_with_the_total(api_as, draft_meeting):
    response = api_as("secretariat").get("/meetings", limit=10, offset=500)
    assert response.status_code == 200
    assert response.json() == {"total": 1, "limit": 10, "offset": 500, "items": []}


def test_a_limit_above_100_is_refused_with_a_validation_error(api_as, draft_meeting):
    response = api_as("secretariat").get("/meetings", limit=101)
    assert response.status_code == 422
    assert response.json()["code"] == "validation_error"


def test_the_decision_register_filters_by_year_kind_and_text(api_as, draft_meeting, ag_transfer):
    api = api_as("member")
    data = api.get("/decisions", body=ag_transfer.pk, year=2022, kind="agreement").json()
    assert data["total"] == 5
    assert data["items"][0]["register_number"].startswith("AG Transfer 2022/")
    assert api.get("/decisions", year=2021).json()["total"] == 0
    assert api.get("/decisions", q="TOP 3").json()["total"] == 1


def test_the_public_sees_no_decisions_of_a_draft(api_as, draft_meeting):
    assert api_as("anonymous").get("/decisions").json()["total"] == 0


def test_the_task_register_needs_a_token(api_as, draft_meeting):
    response = api_as("anonymous").get("/tasks")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_required"


def test_the_task_register_lists_the_tasks_of_the_members_bodies(api_as, draft_meeting):
    data = api_as("member").get("/tasks").json()
    assert data["total"] == 2
    assert api_as("outsider").get("/tasks").json()["total"] == 0


def test_people_are_for_the_secretariat(api_as, people):
    assert api_as("secretariat").get("/people").json()["total"] == 4
    assert api_as("member").get("/people").status_code == 403
    own = people["member"].pk
    assert api_as("member").get(f"/people/{own}").status_code == 200


def test_me_names_the_tokens_owner_and_scope(api_as):
    data = api_as("chair", "read").get("/me").json()
    assert data["username"] == "chair"
    assert data["scope"] == "read"
    assert data["secretariat"] is False
