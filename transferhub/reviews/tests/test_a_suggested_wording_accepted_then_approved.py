"""The done-when walk: the draft goes to review → a reviewer suggests a wording → the
secretariat accepts it → approval works, and the protocol's version says how."""

import re

from django.core import mail
from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.lib.versioning import reason_display
from transferhub.meetings.models import Meeting
from transferhub.reviews.models import Response, ReviewRound


def _link(message) -> str:
    return re.search(r"https?://\S+/protokollpruefung/link/\S+/", message.body).group(0)


def test_a_wording_suggested_by_link_is_accepted_and_the_chair_approves(
    client_as, seed_meeting, django_capture_on_commit_callbacks
):
    meeting = seed_meeting
    item = meeting.agenda_items.get(number="3")
    office = client_as("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(reverse("reviews:meeting", args=[meeting.pk]), {"deadline": ""})
    assert response.status_code == 302
    review = ReviewRound.objects.get(meeting=meeting)
    assert review.is_open
    # Default rules: all attendees (no attendance list: the members), chair first in the list.
    mailed = {m.to[0] for m in mail.outbox}
    assert "wilhelm.heidbrede@example.org" in mailed and "oliver.kruse@example.org" in mailed

    member_mail = next(m for m in mail.outbox if m.to == ["wilhelm.heidbrede@example.org"])
    link = _link(member_mail).split("testserver")[-1].split("8000")[-1]
    anonymous = client_as("anonymous")
    page = anonymous.get(link)
    assert page.status_code == 200
    assert "Protokoll zu Umsetzungshilfe" in page.content.decode()
    assert "Die AG Transfer vereinbart zu TOP 3." in page.content.decode()  # its decision
    answer = anonymous.post(
        link,
        {
            "item": item.pk,
            "kind": "wording",
            "proposed_minutes": "Die Umsetzungshilfe wurde vorgestellt und diskutiert.",
        },
    )
    assert answer.status_code == 200
    assert "Ihr Vorschlag zu Punkt" in answer.content.decode()

    detail = client_as("secretariat").get(reverse("reviews:detail", args=[review.pk]))
    text = detail.content.decode()
    assert "Die Umsetzungshilfe wurde vorgestellt und diskutiert." in text
    assert "Protokoll zu Umsetzungshilfe" in text  # the draft beside it
    assert "@example.org" not in text  # names, never addresses

    suggestion = Response.objects.get(kind="wording")
    office = client_as("secretariat")
    office.post(reverse("reviews:decide", args=[suggestion.pk]), {"accept": "1"})
    item.refresh_from_db()
    assert item.minutes == "Die Umsetzungshilfe wurde vorgestellt und diskutiert."
    # The change went through the minutes service: logged as a minutes edit.
    assert ActionLog.objects.filter(action="minutes.recorded", object_id=item.pk).exists()
    assert ActionLog.objects.filter(action="review.suggestion_accepted").exists()

    office.post(reverse("reviews:close", args=[review.pk]))
    chair = client_as("chair")
    done = chair.post(reverse("reviews:approve", args=[review.pk]), {"how": "chair"})
    assert done.status_code == 302
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.MINUTES_APPROVED
    review.refresh_from_db()
    assert review.state == ReviewRound.State.APPROVED
    assert review.approval_text().startswith("Nach Prüfung genehmigt durch die Leitung am")
    version = meeting.minutes_versions.get(version=1)
    assert reason_display(version.reason) == review.approval_text()
    versions = chair.get(reverse("meetings:versions", args=[meeting.pk])).content.decode()
    assert "Nach Prüfung genehmigt durch die Leitung" in versions
