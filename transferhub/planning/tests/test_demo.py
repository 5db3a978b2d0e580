"""The demo's AG Transfer: template with the standing items, a parked proposal, the seed's
postponed item in the backlog; planning the next meeting offers both."""

import pytest
from django.contrib.auth.models import User

from transferhub.planning.models import BacklogEntry, Series

pytestmark = pytest.mark.django_db


def test_the_demo_plans_the_ag_transfer_from_its_template_and_backlog(demo, client):
    series = Series.objects.get(body__name="AG Transfer")
    assert series.rhythm_weeks == 10
    assert list(series.template_items.values_list("name", flat=True)) == [
        "Begrüßung",
        "Genehmigung des Protokolls",
        "Bericht der Geschäftsstelle",
        "Verschiedenes",
        "Termine",
    ]
    backlog = BacklogEntry.objects.filter(body=series.body, state="open")
    assert sorted(backlog.values_list("kind", flat=True)) == ["parked", "postponed"]
    postponed = backlog.get(kind="postponed")
    assert postponed.source_item.meeting.date.isoformat() == "2022-09-15"
    client.force_login(User.objects.get(username="leitung"))
    page = client.get(f"/planung/gremien/{series.body.pk}/naechste-sitzung/").content.decode()
    assert postponed.title in page
    assert "Erfahrungen mit der Umsetzungshilfe" in page
