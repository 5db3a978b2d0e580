"""A NUL character ("\\x00") in input is refused as a client error on every database.

PostgreSQL cannot store or even compare NUL in text; without the check the API
answered 500 there while SQLite stored the character.
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.meetings.models import AgendaItem, Attachment, Meeting

NUL = "Vorstand\x00sitzung"


def test_text_with_a_nul_in_a_request_body_is_refused_and_changes_nothing(api_as, seed_meeting):
    api = api_as("secretariat")
    item = AgendaItem.objects.filter(meeting=seed_meeting).first()
    minutes_before = item.minutes
    meetings_before = Meeting.objects.count()
    created = api.post(
        "/meetings",
        {
            "body_id": seed_meeting.body_id,
            "name": NUL,
            "date": "2030-01-15",
            "start_time": "09:00",
            "end_time": "10:00",
        },
    )
    assert created.status_code == 422
    assert created.json()["errors"][0]["loc"][-1] == "name"
    assert api.put(f"/items/{item.pk}/minutes", {"minutes": NUL}).status_code == 422
    assert api.patch(f"/meetings/{seed_meeting.pk}", {"name": NUL}).status_code == 422
    assert Meeting.objects.count() == meetings_before
    item.refresh_from_db()
    assert item.minutes == minutes_before


def test_a_search_for_a_nul_is_refused(api_as, seed_meeting):
    api = api_as("secretariat")
    for path in ("/people", "/decisions", "/tasks"):
        response = api.get(path, q=NUL)
        assert response.status_code == 422, path
        assert response.json()["code"] == "validation_error"


def test_an_attachment_title_with_a_nul_is_refused(api_as, seed_meeting):
    api = api_as("secretariat")
    before = Attachment.objects.count()
    upload = SimpleUploadedFile("notiz.txt", b"Notiz", content_type="text/plain")
    response = api.upload(
        f"/meetings/{seed_meeting.pk}/attachments", {"file": upload}, {"name": NUL}
    )
    assert response.status_code == 422
    assert Attachment.objects.count() == before


def test_a_calendar_key_with_a_nul_is_not_found(client, ag_transfer):
    assert client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", {"key": NUL}).status_code == 404
    assert client.get("/kalender/abc%00def.ics").status_code == 404
