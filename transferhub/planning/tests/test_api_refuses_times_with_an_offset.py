"""Planning's API takes wall-clock times only: a time with an offset is refused with a
message (422), nothing is planned or changed, and the series' times are read back as sent."""

import json

from transferhub.api.services import token_create
from transferhub.meetings.models import Meeting
from transferhub.planning.models import Series

API = "/api/v1"


def test_a_time_with_an_offset_is_refused_and_plans_nothing(client, people, ag_transfer):
    secret = token_create(user=people["chair"].user, name="t", scope="read-write")[1]

    def call(method, path, body=None):
        return client.generic(
            method,
            API + path,
            "" if body is None else json.dumps(body),
            content_type="application/json",
            headers={"Authorization": f"Bearer {secret}"},
        )

    series = {"rhythm_weeks": 4, "start_time": "09:30", "end_time": "11:00"}
    assert call("PUT", f"/bodies/{ag_transfer.pk}/series", series).status_code == 200
    read = call("GET", f"/bodies/{ag_transfer.pk}/series").json()
    assert (read["start_time"], read["end_time"]) == ("09:30:00", "11:00:00")

    meetings = Meeting.objects.count()
    plan = call("POST", f"/bodies/{ag_transfer.pk}/next-meeting", {"end_time": "21:32:19.1+19:15"})
    assert plan.status_code == 422, plan.content
    assert "ohne Zeitzone" in plan.content.decode()
    assert Meeting.objects.count() == meetings

    changed = {**series, "start_time": "08:00+01:00"}
    assert call("PUT", f"/bodies/{ag_transfer.pk}/series", changed).status_code == 422
    assert str(Series.objects.get(body=ag_transfer).start_time) == "09:30:00"
