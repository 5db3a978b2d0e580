"""A create form sent twice (a double click, a resent page) makes one record, not two.

The second post of the same rendered form saves nothing and goes where the first went,
with "Bereits gespeichert".
"""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from transferhub.decisions.models import Decision, Task
from transferhub.lib.models import SubmittedForm
from transferhub.lib.testing.forms import form_data
from transferhub.meetings.models import Attachment

from .conftest import page_text

ALREADY = "Bereits gespeichert"


def _twice(client, url, data, **kwargs):
    first = client.post(url, data, **kwargs)
    second = client.post(url, data, follow=True, **kwargs)
    return first, second


def test_a_decision_sent_twice_gets_one_register_number(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="6")
    client = client_as("secretariat")
    page = reverse("meetings:item", args=[seed_meeting.pk, item.pk])
    url = reverse("meetings:decision_add", args=[seed_meeting.pk, item.pk])
    data = form_data(client.get(page), url)
    data.update({"decision-text": "Die AG Transfer stimmt zu.", "decision-kind": "agreement"})

    first, second = _twice(client, url, data)

    assert first.status_code == 302
    assert ALREADY in page_text(second)
    assert second.redirect_chain[-1][0] == page
    assert list(Decision.objects.filter(text="Die AG Transfer stimmt zu.")) == [
        Decision.objects.get(sequence=6)
    ]
    assert not Decision.objects.filter(sequence=7).exists()


def test_a_task_sent_twice_is_one_task(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="6")
    client = client_as("secretariat")
    page = reverse("meetings:item", args=[seed_meeting.pk, item.pk])
    url = reverse("meetings:task_add", args=[seed_meeting.pk, item.pk])
    data = form_data(client.get(page), url)
    data["task-text"] = "Einladung verschicken."

    _first, second = _twice(client, url, data)

    assert ALREADY in page_text(second)
    assert Task.objects.filter(text="Einladung verschicken.").count() == 1


def test_an_attachment_sent_twice_is_one_attachment(client_as, seed_meeting, pdf):
    item = seed_meeting.agenda_items.get(number="6")
    client = client_as("secretariat")
    page = reverse("meetings:item", args=[seed_meeting.pk, item.pk])
    url = reverse("meetings:attachment_add", args=[seed_meeting.pk, item.pk])
    data = form_data(client.get(page), url)

    client.post(url, {**data, "attachment-file": pdf("folien.pdf")})
    second = client.post(url, {**data, "attachment-file": pdf("folien.pdf")}, follow=True)

    assert ALREADY in page_text(second)
    assert Attachment.objects.filter(agenda_item=item).count() == 1


def test_an_item_sent_twice_is_one_item(client_as, planned_meeting):
    client = client_as("secretariat")
    url = reverse("meetings:item_add", args=[planned_meeting.pk])
    data = form_data(client.get(url), url)
    data["name"] = "Verschiedenes"

    _first, second = _twice(client, url, data)

    assert ALREADY in page_text(second)
    assert planned_meeting.agenda_items.filter(name="Verschiedenes").count() == 1


def test_a_form_sent_back_with_an_error_saves_when_corrected(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="6")
    client = client_as("secretariat")
    page = reverse("meetings:item", args=[seed_meeting.pk, item.pk])
    url = reverse("meetings:decision_add", args=[seed_meeting.pk, item.pk])
    data = form_data(client.get(page), url)
    data.update({"decision-text": "Abgestimmt.", "decision-votes_yes": "3"})

    refused = client.post(url, data)
    assert "vollständig an" in page_text(refused)
    corrected = form_data(refused, url)
    assert corrected["decision-submit_token"] == data["decision-submit_token"]
    corrected.update({"decision-votes_no": "0", "decision-votes_abstain": "1"})
    response = client.post(url, corrected, follow=True)

    assert "Der Beschluss AG Transfer 2022/6 wurde festgehalten." in page_text(response)
    assert ALREADY not in page_text(response)


def test_each_rendered_form_has_its_own_token(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="6")
    client = client_as("secretariat")
    page = reverse("meetings:item", args=[seed_meeting.pk, item.pk])
    url = reverse("meetings:decision_add", args=[seed_meeting.pk, item.pk])
    tokens = {form_data(client.get(page), url)["decision-submit_token"] for _ in range(2)}
    assert len(tokens) == 2
    for token in tokens:
        data = {"decision-text": "Zwei Formulare.", "decision-submit_token": token}
        client.post(url, {**data, "decision-kind": "agreement"})
    assert Decision.objects.filter(text="Zwei Formulare.").count() == 2


def test_tokens_are_forgotten_after_a_day(client_as, seed_meeting):
    SubmittedForm.objects.create(token="x" * 32, url="/alt/")
    SubmittedForm.objects.filter(token="x" * 32).update(
        created=timezone.now() - dt.timedelta(days=1, minutes=1)
    )
    item = seed_meeting.agenda_items.get(number="6")
    client = client_as("secretariat")
    url = reverse("meetings:decision_add", args=[seed_meeting.pk, item.pk])
    data = {"decision-text": "Spät.", "decision-kind": "agreement"}
    client.post(url, {**data, "decision-submit_token": "y" * 32})

    assert list(SubmittedForm.objects.values_list("token", flat=True)) == ["y" * 32]
