"""A meeting named like its body is listed once ("AG Transfer"), not "AG Transfer: AG Transfer"."""

import datetime as dt

from django.utils import timezone

from transferhub.meetings.models import Meeting


def meeting(body, name: str, *, days: int, state=Meeting.State.PLANNED) -> Meeting:
    return Meeting.objects.create(
        body=body,
        name=name,
        date=timezone.localdate() + dt.timedelta(days=days),
        start_time=dt.time(9),
        end_time=dt.time(11),
        state=state,
    )


def test_a_meeting_named_like_its_body_is_named_once(client_as, ag_transfer):
    meeting(ag_transfer, "AG Transfer", days=5)
    meeting(ag_transfer, "AG Transfer", days=-30, state=Meeting.State.MINUTES_APPROVED)
    for role in ("member", "anonymous"):
        page = client_as(role).get("/").content.decode()
        assert "AG Transfer: AG Transfer" not in page, role
        assert ">AG Transfer</a>" in page, role


def test_another_name_keeps_the_body_in_front(client_as, ag_transfer):
    meeting(ag_transfer, "Klausur 2026", days=5)
    page = client_as("member").get("/").content.decode()
    assert "AG Transfer: Klausur 2026" in page
