"""German words with two English meanings carry a context, so each place reads right."""

import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext


@pytest.mark.parametrize(
    ("context", "german", "english"),
    [
        ("changed by", "von", "by"),  # who wrote a minutes version
        (None, "von", "from"),  # the start of a membership or a date range
        ("proposed dates", "Vorschläge", "Proposed dates"),  # a date poll
        ("suggested links", "Vorschläge", "Suggestions"),  # items to link to a topic
        ("membership", "für Organisation", "on behalf of"),
        (None, "für Organisation", "on behalf of"),  # a presenter
    ],
)
def test_each_meaning_has_its_own_english_word(context, german, english):
    with translation.override("en"):
        found = pgettext(context, german) if context else gettext(german)
    assert found == english


def test_the_minutes_versions_say_by_in_english(client_as, seed_meeting, people):
    from django.urls import reverse

    from transferhub.meetings.services import minutes_approve

    minutes_approve(meeting=seed_meeting, actor=people["secretariat"].user)
    client = client_as("secretariat")
    client.cookies["django_language"] = "en"
    text = client.get(
        reverse("meetings:versions", args=[seed_meeting.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert '<th scope="col">by</th>' in text
    assert '<th scope="col">from</th>' not in text
