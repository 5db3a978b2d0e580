"""The version history says "Protokoll korrigiert: reason", without a space before the colon."""

import re

from django.urls import reverse


def test_the_reason_follows_the_action_without_a_gap(client_as, approved_meeting):
    item = approved_meeting.agenda_items.get(number="3")
    client_as("chair").post(
        reverse("meetings:item_correct", args=[approved_meeting.pk, item.pk]),
        {
            "correction-minutes": "Die Umsetzungshilfe wird vorgestellt – siehe Anlage 2.",
            "correction-reason": "Verweis auf Anlage 2 ergänzt",
            "correction-version": item.version,
        },
    )
    html = client_as("member").get(reverse("meetings:versions", args=[approved_meeting.pk]))
    text = re.sub(r"\s+", " ", html.content.decode())
    assert "Protokoll korrigiert: Verweis auf Anlage 2 ergänzt" in text
    assert "korrigiert :" not in text
