"""The import page keeps its form ready (rendered once per process) and writes the drafts'
rows itself, yet a new body is offered at once, a draft's name is shown as typed (escaped),
and a form sent with an error still says what is wrong."""

import datetime as dt

from django.urls import reverse

from transferhub.meetings.models import Meeting
from transferhub.network.models import Body


def page(client_as) -> str:
    return client_as("secretariat").get(reverse("protocols:import")).content.decode()


def test_a_new_or_renamed_body_is_offered_at_once(client_as, ag_transfer):
    assert ">Gremium für A &amp; B</option>" not in page(client_as)
    body = Body.objects.create(name="Gremium für A & B")
    assert ">Gremium für A &amp; B</option>" in page(client_as)
    body.name = "Gremium für C"
    body.save()
    text = page(client_as)
    assert ">Gremium für C</option>" in text and "A &amp; B" not in text


def test_a_drafts_name_and_file_are_shown_escaped(client_as, ag_transfer):
    Meeting.objects.create(
        body=ag_transfer,
        name="<b>Entwurf</b>",
        date=dt.date(2023, 1, 5),
        start_time=dt.time(10),
        end_time=dt.time(11),
        state=Meeting.State.MINUTES_DRAFT,
        source_sha256="1" * 64,
        source_name="a&b.md",
        import_warnings=[{"code": "x"}, {"code": "y"}],
    )
    text = page(client_as)
    assert "&lt;b&gt;Entwurf&lt;/b&gt;, 05.01.2023</a>" in text
    assert "<td>a&amp;b.md</td>" in text
    assert '<span class="badge postponed">2</span>' in text
    assert "<b>Entwurf</b>" not in text


def test_a_form_sent_without_files_says_so(client_as, ag_transfer):
    response = client_as("secretariat").post(reverse("protocols:import"), {"body": ""})
    assert response.status_code == 200
    text = response.content.decode()
    assert "Bitte prüfen Sie Ihre Eingaben." in text
    assert '<div class="field has-error">' in text and 'class="error" id="id_files_error"' in text
