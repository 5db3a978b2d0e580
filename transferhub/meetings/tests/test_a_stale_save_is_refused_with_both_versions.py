"""Two people editing the same agenda item: nothing is overwritten without being seen.

Each test lets two browsers (test clients) render the same form, the first saves, then the
second: an overlapping change is refused with both versions on the page and the first
one's text still stored; changes to different fields both stay.
"""

import pytest
from django.test import Client
from django.urls import reverse

from transferhub.lib.testing.forms import form_data
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, MinutesVersion

from .conftest import page_text

STALE = "Dieser Eintrag wurde inzwischen von jemand anderem geändert"


@pytest.fixture
def browsers(people):
    """The secretariat and the chair, each in a browser of their own."""
    clients = []
    for role in ("secretariat", "chair"):
        client = Client()
        client.force_login(people[role].user)
        clients.append(client)
    return clients


@pytest.fixture
def item(planned_meeting, people) -> AgendaItem:
    return services.agenda_item_add(
        meeting=planned_meeting,
        name="OM-Lieferantendatenbank",
        duration_minutes=20,
        presenters=[(people["chair"], None)],
    )


def _render(client, url, action=None):
    return form_data(client.get(url), action or url)


def test_a_second_save_of_an_items_minutes_is_refused_with_both_texts(browsers, item):
    url = reverse("meetings:item", args=[item.meeting_id, item.pk])
    first, second = browsers
    mine, theirs = _render(first, url), _render(second, url)

    mine["minutes-minutes"] = "Die AG stimmt der Datenbank zu."
    assert first.post(url, mine).status_code == 302
    theirs["minutes-minutes"] = "Die AG vertagt die Datenbank."
    response = second.post(url, theirs)

    text = page_text(response)
    assert response.status_code == 200
    assert STALE in text
    assert "Zwei Fassungen: Ihre und die gespeicherte" in text
    assert "Die AG stimmt der Datenbank zu." in text  # the saved version
    assert "Die AG vertagt die Datenbank." in text  # theirs, still in the form
    assert "Gespeicherte Fassung (Version 2)" in text
    item.refresh_from_db()
    assert item.minutes == "Die AG stimmt der Datenbank zu."


def test_the_refused_form_carries_the_new_version_and_saves_after_merging(browsers, item):
    url = reverse("meetings:item", args=[item.meeting_id, item.pk])
    first, second = browsers
    mine, theirs = _render(first, url), _render(second, url)
    mine["minutes-minutes"] = "Beschlossen: die Datenbank."
    first.post(url, mine)
    theirs["minutes-minutes"] = "Vertagt."
    refused = second.post(url, theirs)

    merged = form_data(refused, url)
    assert merged["minutes-version"] == "2"
    assert merged["minutes-minutes"] == "Vertagt."  # what they typed is kept
    merged["minutes-minutes"] = "Beschlossen: die Datenbank. Nachtrag: vertagt."
    response = second.post(url, merged, follow=True)

    assert "Das Protokoll des Punktes wurde gespeichert." in page_text(response)
    item.refresh_from_db()
    assert (item.minutes, item.version) == ("Beschlossen: die Datenbank. Nachtrag: vertagt.", 3)


def test_a_status_set_meanwhile_survives_a_minutes_save(browsers, item):
    url = reverse("meetings:item", args=[item.meeting_id, item.pk])
    first, second = browsers
    mine, theirs = _render(first, url), _render(second, url)
    mine["minutes-status"] = "postponed"
    first.post(url, mine)
    theirs["minutes-minutes"] = "Kurz vorgestellt."
    response = second.post(url, theirs, follow=True)

    assert "Das Protokoll des Punktes wurde gespeichert." in page_text(response)
    item.refresh_from_db()
    assert (item.status, item.minutes) == ("postponed", "Kurz vorgestellt.")


def test_a_minutes_form_without_its_version_is_refused(browsers, item):
    url = reverse("meetings:item", args=[item.meeting_id, item.pk])
    data = _render(browsers[0], url)
    del data["minutes-version"]
    data["minutes-minutes"] = "Ohne Version."
    response = browsers[0].post(url, data)

    assert "Das Formular gibt nicht an, von welcher Fassung es ausging." in page_text(response)
    item.refresh_from_db()
    assert item.minutes == ""


def test_a_second_correction_from_the_same_version_is_refused(browsers, approved_meeting):
    item = approved_meeting.agenda_items.get(number="3")
    page = reverse("meetings:item", args=[approved_meeting.pk, item.pk])
    url = reverse("meetings:item_correct", args=[approved_meeting.pk, item.pk])
    first, second = browsers
    mine, theirs = _render(first, page, url), _render(second, page, url)
    mine.update({"correction-minutes": "Erste Korrektur.", "correction-reason": "Tippfehler"})
    theirs.update({"correction-minutes": "Zweite Korrektur.", "correction-reason": "Ergänzung"})
    assert first.post(url, mine).status_code == 302
    response = second.post(url, theirs)

    text = page_text(response)
    assert STALE in text
    assert "Erste Korrektur." in text and "Zweite Korrektur." in text
    item.refresh_from_db()
    assert item.minutes == "Erste Korrektur."
    assert MinutesVersion.objects.filter(meeting=approved_meeting).count() == 2


def test_an_unchanged_correction_form_does_not_put_back_the_older_text(browsers, approved_meeting):
    item = approved_meeting.agenda_items.get(number="3")
    page = reverse("meetings:item", args=[approved_meeting.pk, item.pk])
    url = reverse("meetings:item_correct", args=[approved_meeting.pk, item.pk])
    first, second = browsers
    mine, theirs = _render(first, page, url), _render(second, page, url)
    mine.update({"correction-minutes": "Korrigiert.", "correction-reason": "Tippfehler"})
    first.post(url, mine)
    theirs["correction-reason"] = "Nur ein Grund"
    response = second.post(url, theirs)

    assert "Der Text ist unverändert" in page_text(response)
    item.refresh_from_db()
    assert item.minutes == "Korrigiert."


def test_an_item_title_changed_twice_is_refused(browsers, item):
    url = reverse("meetings:item_edit", args=[item.meeting_id, item.pk])
    first, second = browsers
    mine, theirs = _render(first, url), _render(second, url)
    mine["name"] = "Lieferantendatenbank: Start"
    first.post(url, mine)
    theirs["name"] = "Lieferantendatenbank: Stand"
    response = second.post(url, theirs)

    text = page_text(response)
    assert STALE in text
    assert "Lieferantendatenbank: Start" in text and "Lieferantendatenbank: Stand" in text
    item.refresh_from_db()
    assert item.name == "Lieferantendatenbank: Start"


def test_presenters_changed_meanwhile_stay_when_the_title_is_changed(browsers, item, people):
    url = reverse("meetings:item_edit", args=[item.meeting_id, item.pk])
    first, second = browsers
    mine, theirs = _render(first, url), _render(second, url)
    mine["presenters-0-person"] = str(people["member"].pk)
    first.post(url, mine)
    theirs["name"] = "Lieferantendatenbank: Stand"
    response = second.post(url, theirs, follow=True)

    assert "Der Punkt wurde geändert." in page_text(response)
    item.refresh_from_db()
    assert item.name == "Lieferantendatenbank: Stand"
    assert [p.person for p in item.presentations.all()] == [people["member"]]


def test_an_unchanged_form_saves_nothing(browsers, item):
    url = reverse("meetings:item_edit", args=[item.meeting_id, item.pk])
    response = browsers[0].post(url, _render(browsers[0], url), follow=True)

    assert "Es gab nichts zu ändern." in page_text(response)
    item.refresh_from_db()
    assert item.version == 1
