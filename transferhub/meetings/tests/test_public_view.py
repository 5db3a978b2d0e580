"""Who sees what on the agenda page."""

from django.urls import reverse

from transferhub.meetings.models import AgendaItem

from .conftest import page_text


def _hide_item_2(meeting):
    AgendaItem.objects.filter(meeting=meeting, number="2").update(public=False)


def test_the_public_sees_only_public_items_of_approved_minutes(client_as, approved_meeting):
    _hide_item_2(approved_meeting)
    for role in ("anonymous", "outsider"):
        response = client_as(role).get(approved_meeting.get_absolute_url())
        assert response.status_code == 200
        text = page_text(response)
        assert "Neues aus der Offensive Mittelstand" in text
        assert "Protokoll zu Neues aus der Offensive Mittelstand." in text
        assert "Klimawandel" not in text  # the internal item, its minutes and decision
        assert "AG Transfer 2022/1" not in text
        assert "AG Transfer 2022/2" in text
        # nothing internal: tasks, open tasks, edit controls, versions
        assert "Glossar" not in text
        assert "Offene Aufgaben" not in text
        assert "Bearbeiten" not in text and "Protokoll genehmigen" not in text
        assert "Versionen und Verlauf" not in text


def test_the_public_does_not_see_meetings_before_approval(client_as, seed_meeting):
    assert client_as("outsider").get(seed_meeting.get_absolute_url()).status_code == 404
    response = client_as("anonymous").get(seed_meeting.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_members_see_everything_read_only(client_as, seed_meeting):
    _hide_item_2(seed_meeting)
    text = page_text(client_as("member").get(seed_meeting.get_absolute_url()))
    assert "Klimawandel" in text and "nicht öffentlich" in text
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt." in text
    assert "Offene Aufgaben des Gremiums" in text
    assert "Versionen und Verlauf" in text
    for control in ("Punkt hinzufügen", "Bearbeiten", "Protokoll genehmigen", "Einladen"):
        assert control not in text


def test_managers_get_the_edit_controls(client_as, seed_meeting):
    for role in ("secretariat", "chair"):
        text = page_text(client_as(role).get(seed_meeting.get_absolute_url()))
        for control in ("Punkt hinzufügen", "Bearbeiten", "Protokoll genehmigen", "Teilnahme"):
            assert control in text, (role, control)


def test_an_unknown_meeting_is_not_found(client_as, db):
    assert client_as("secretariat").get(reverse("meetings:detail", args=[999])).status_code == 404
