import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from transferhub.decisions.models import Decision, Task, Topic

URL = reverse("decisions:decisions")


@pytest.fixture
def register(seed_meeting):
    """The seed's decisions; the Umsetzungshilfe decision has a task and a topic."""
    decision = seed_meeting.decisions.get(sequence=2)
    decision.text = "Die Umsetzungshilfe kann ins Layout gegeben werden."
    decision.save()
    Task.objects.filter(text__startswith="Die Umsetzungshilfe").update(decision=decision)
    topic = Topic.objects.create(title="Umsetzungshilfe Finanzierung und Liquidität")
    topic.decisions.add(decision)
    return decision, topic


def test_the_register_shows_the_tasks_that_came_from_a_decision(client_as, register):
    page = client_as("member").get(URL).content.decode()
    assert "Beschlussregister" in page
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt." in page
    assert "Umsetzungshilfe Finanzierung und Liquidität" in page


def test_it_filters_by_topic(client_as, register):
    decision, topic = register
    page = client_as("member").get(URL, {"topic": topic.pk}).content.decode()
    assert decision.register_number in page
    assert "AG Transfer 2022/1" not in page


def test_csv_export_holds_the_filtered_decisions_with_their_tasks(client_as, register):
    response = client_as("member").get(URL, {"q": "Layout", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("Nummer;Gremium;Sitzung;Tagesordnungspunkt;Art;Text")
    assert "AG Transfer 2022/2;AG Transfer;15.09.2022" in text
    assert "Glossar ergänzt" in text
    assert "AG Transfer 2022/1" not in text


def test_xlsx_export_opens_with_one_row_per_decision(client_as, register):
    response = client_as("secretariat").get(URL, {"format": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nummer", "Gremium", "Sitzung")
    assert len(rows) == 1 + Decision.objects.count()
    numbers = {row[0] for row in rows[1:]}
    assert "AG Transfer 2022/2" in numbers
    assert rows[1][2].year == 2022  # a real date, not text


def test_the_export_shows_only_what_the_user_may_see(client_as, register):
    text = client_as("outsider").get(URL, {"format": "csv"}).content.decode("utf-8-sig")
    assert "AG Transfer 2022" not in text  # draft minutes: nothing public yet


def test_an_unknown_export_format_gets_a_message_and_no_file(client_as, register):
    client = client_as("member")
    response = client.get(URL, {"format": "pdf", "kind": "agreement"}, follow=True)
    assert response.redirect_chain[-1][0] == f"{URL}?kind=agreement"
    assert "Unbekanntes Exportformat „pdf“" in response.content.decode()
    assert response["Content-Type"].startswith("text/html")
