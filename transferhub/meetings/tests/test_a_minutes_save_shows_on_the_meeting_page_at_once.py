"""A minutes save leaves the meeting page's cached agenda in place and renders only that
item's minutes again (keyed by the item's version), yet every role's and language's
variant shows the new text at once; a text that becomes empty or is written again shows
at once, and a correction of approved minutes reaches the public at once."""

import pytest

from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, Meeting

from .conftest import page_text


def stamp(meeting: Meeting) -> str:
    return Meeting.objects.get(pk=meeting.pk).content_stamp


@pytest.fixture
def item(seed_meeting) -> AgendaItem:
    item = seed_meeting.agenda_items.exclude(minutes="").order_by("order").first()
    item.meeting = seed_meeting
    return item


@pytest.fixture
def page(client_as, seed_meeting):
    def get(role: str, language: str = "de") -> str:
        url = seed_meeting.get_absolute_url()
        return page_text(client_as(role).get(url, HTTP_ACCEPT_LANGUAGE=language))

    return get


@pytest.mark.parametrize("role", ["secretariat", "chair", "member"])
def test_a_minutes_save_shows_at_once_in_each_roles_variant(page, seed_meeting, item, role):
    for language in ("de", "en"):
        assert "Neue Erkenntnisse" not in page(role, language)  # the part is in the cache
    before = stamp(seed_meeting)
    services.minutes_record(item=item, minutes="Neue Erkenntnisse zur **Lage**.")
    assert stamp(seed_meeting) == before  # the agenda stays; only this text is new
    for language in ("de", "en"):
        text = page(role, language)
        assert "<p>Neue Erkenntnisse zur <strong>Lage</strong>.</p>" in text
    services.minutes_record(item=item, minutes="Zweite Fassung.")
    text = page(role)
    assert "<p>Zweite Fassung.</p>" in text and "Neue Erkenntnisse" not in text


def test_each_item_keeps_its_own_text(page, seed_meeting, item):
    other = seed_meeting.agenda_items.exclude(minutes="").exclude(pk=item.pk).first()
    other.meeting = seed_meeting
    page("member")
    services.minutes_record(item=item, minutes="Text des ersten Punktes.")
    services.minutes_record(item=other, minutes="Text des zweiten Punktes.")
    text = page("member")
    first = text.index(f'id="protokoll-{item.pk}"')
    second = text.index(f'id="protokoll-{other.pk}"')
    assert first < text.index("Text des ersten Punktes.") < second < text.index("Text des zweiten")


def test_minutes_emptied_and_written_again_show_at_once(page, seed_meeting, item):
    page("member")
    services.minutes_record(item=item, minutes="")
    section = page("member").split(f'id="protokoll-{item.pk}"')[1].split("</section>")[0]
    assert "<p>" not in section.split("</h3>")[1]
    services.minutes_record(item=item, minutes="Wieder da.")
    assert "<p>Wieder da.</p>" in page("member")


def test_a_correction_of_approved_minutes_reaches_the_public_at_once(page, seed_meeting, item):
    services.minutes_approve(meeting=seed_meeting)
    assert item.minutes.split()[0] in page("anonymous")
    item.refresh_from_db()
    services.minutes_correct(item=item, minutes="Korrigierter Text.", reason="Tippfehler")
    for role in ("anonymous", "member", "secretariat"):
        assert "<p>Korrigierter Text.</p>" in page(role)
