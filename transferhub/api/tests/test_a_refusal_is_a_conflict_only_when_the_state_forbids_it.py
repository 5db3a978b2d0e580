"""A service's refusal: 409 when the object's state forbids the change, 400 when a rule is broken."""


def test_correcting_minutes_not_yet_approved_is_a_conflict(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="3")
    before = item.minutes
    response = api_as("secretariat").post(
        f"/items/{item.pk}/correction", {"minutes": "Berichtigt.", "reason": "Tippfehler"}
    )
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    item.refresh_from_db()
    assert item.minutes == before
    assert not draft_meeting.minutes_versions.exists()


def test_a_correction_that_changes_nothing_is_refused_with_400(api_as, approved_meeting):
    item = approved_meeting.public_item
    response = api_as("secretariat").post(
        f"/items/{item.pk}/correction", {"minutes": item.minutes, "reason": "Tippfehler"}
    )
    assert response.status_code == 400
    assert response.json() == {
        "code": "refused",
        "message": "Der Text ist unverändert; es wurde keine neue Version angelegt.",
    }
    assert approved_meeting.minutes_versions.count() == 1
