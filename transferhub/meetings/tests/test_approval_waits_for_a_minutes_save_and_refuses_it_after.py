"""Approving while someone saves an item's minutes: the save waits and is then refused.

Before, the save did not wait: version 1 froze the old text while the live minutes (shown
to the public) held the new one without a correction version.
"""

import threading

import pytest
from django.db import connections

from transferhub.lib.testing.locks import waits_for_a_lock
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, MinutesVersion
from transferhub.meetings.services import MeetingError, minutes_approve, minutes_record

# SQLite runs one write transaction at a time; there is no race to lose.
pytestmark = pytest.mark.only_on("postgresql")


def test_a_save_during_approval_waits_and_is_refused_so_version_1_is_the_live_text(
    transactional_db, seed_meeting, monkeypatch
):
    item = seed_meeting.agenda_items.get(number="3")
    approval_holds_its_lock = threading.Event()
    release = threading.Event()
    new_version = services._new_version

    def pause_inside_the_approval(meeting, **kwargs):
        version = new_version(meeting, **kwargs)
        approval_holds_its_lock.set()
        release.wait(timeout=30)
        return version

    monkeypatch.setattr(services, "_new_version", pause_inside_the_approval)
    outcome = {}

    def approve():
        try:
            minutes_approve(meeting=seed_meeting)
        finally:
            connections.close_all()

    def save():
        try:
            fresh = AgendaItem.objects.select_related("meeting").get(pk=item.pk)
            minutes_record(item=fresh, minutes="Neu geschrieben während der Genehmigung.")
            outcome["saved"] = True
        except MeetingError as exc:
            outcome["refused"] = str(exc)
        finally:
            connections.close_all()

    approving = threading.Thread(target=approve)
    approving.start()
    assert approval_holds_its_lock.wait(timeout=60)
    saving = threading.Thread(target=save)
    saving.start()
    assert waits_for_a_lock(saving), "the save must wait for the approval's lock"
    release.set()
    approving.join(timeout=60)
    saving.join(timeout=60)

    assert "refused" in outcome and "genehmigt" in outcome["refused"]
    frozen = MinutesVersion.objects.get(meeting=seed_meeting, version=1).content
    frozen_text = next(i["minutes"] for i in frozen["items"] if i["id"] == item.pk)
    assert AgendaItem.objects.get(pk=item.pk).minutes == frozen_text
