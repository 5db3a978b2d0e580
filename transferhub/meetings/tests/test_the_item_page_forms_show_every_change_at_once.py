"""The item page's forms are rendered once and kept (lib.fragments.blank_form_html), yet
each visit gets its own one-time tokens, and a renamed person, another item's or a newer
text, and the page in English show at once."""

import re

from django.urls import reverse

from conftest import make_person
from transferhub.meetings.services import minutes_record


def page(client, meeting, item, language: str = "de") -> str:
    url = reverse("meetings:item", kwargs={"pk": meeting.pk, "item_pk": item.pk})
    return client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()


def tokens(html: str) -> dict[str, str]:
    return dict(re.findall(r'name="([a-z]+)-submit_token" value="([^"]+)"', html))


def test_each_visit_gets_its_own_one_time_tokens(client_as, seed_meeting, people):
    item = seed_meeting.agenda_items.filter(kind="item").first()
    client = client_as("chair")
    first, second = (
        tokens(page(client, seed_meeting, item)),
        tokens(page(client, seed_meeting, item)),
    )
    assert sorted(first) == ["attachment", "decision", "task"]
    assert len(set(first.values()) | set(second.values())) == 6


def test_a_renamed_person_shows_in_the_owner_picker_at_once(client_as, seed_meeting, people):
    item = seed_meeting.agenda_items.filter(kind="item").first()
    client = client_as("chair")
    person = make_person("Aaron", "Aalbers")
    assert "Aalbers, Aaron" in page(client, seed_meeting, item)
    person.family_name = "Abel"
    person.save()
    html = page(client, seed_meeting, item)
    assert "Abel, Aaron" in html
    assert "Aalbers" not in html


def test_the_minutes_form_shows_the_items_own_and_newest_text(client_as, seed_meeting, people):
    first, second = seed_meeting.agenda_items.filter(kind="item")[:2]
    client = client_as("chair")
    for item, text in ((first, "Erster Stand"), (second, "Zweiter Punkt")):
        item.refresh_from_db()
        minutes_record(
            item=item, minutes=text, expected_version=item.version, actor=people["chair"].user
        )
    assert "Erster Stand</textarea>" in page(client, seed_meeting, first)
    assert "Zweiter Punkt</textarea>" in page(client, seed_meeting, second)
    first.refresh_from_db()
    minutes_record(
        item=first,
        minutes="Neuer Stand",
        expected_version=first.version,
        actor=people["chair"].user,
    )
    html = page(client, seed_meeting, first)
    assert "Neuer Stand</textarea>" in html
    assert "Erster Stand" not in html


def test_the_forms_follow_the_language(client_as, seed_meeting, people):
    item = seed_meeting.agenda_items.filter(kind="item").first()
    client = client_as("chair")
    assert "Beschlusstext" in page(client, seed_meeting, item)
    html = page(client, seed_meeting, item, "en")
    assert "Beschlusstext" not in html
