"""Rhythm, fixed dates and the agenda template are set on one page; bad input changes nothing."""

from transferhub.planning.models import Series

URL = "/planung/gremien/{}/reihe/"


def form(**extra):
    data = {
        "rhythm_weeks": "10",
        "fixed_dates": "",
        "start_time": "09:00",
        "end_time": "11:00",
        "location": "online",
        "proposal_days": "14",
        "template-TOTAL_FORMS": "3",
        "template-INITIAL_FORMS": "0",
        "template-0-name": "Begrüßung",
        "template-0-duration_minutes": "5",
        "template-1-name": "Verschiedenes",
        "template-1-duration_minutes": "10",
        "template-1-at_end": "on",
        "template-2-name": "",
    }
    data.update(extra)
    return data


def test_the_chair_sets_rhythm_fixed_dates_and_template(client_as, ag_transfer):
    client = client_as("chair")
    answer = client.post(URL.format(ag_transfer.pk), form(fixed_dates="12.03.2030\n2030-06-04"))
    assert answer.status_code == 302
    series = Series.objects.get(body=ag_transfer)
    assert series.rhythm_weeks == 10
    assert series.fixed_dates == ["2030-03-12", "2030-06-04"]
    assert [(t.name, t.duration_minutes, t.at_end) for t in series.template_items.all()] == [
        ("Begrüßung", 5, False),
        ("Verschiedenes", 10, True),
    ]
    page = client.get(URL.format(ag_transfer.pk)).content.decode()
    assert "12.03.2030" in page and 'value="Verschiedenes"' in page
    body_page = client.get(f"/planung/gremien/{ag_transfer.pk}/").content.decode()
    assert "alle 10 Wochen" in body_page and "Verschiedenes" in body_page
    assert "12.03.2030, 04.06.2030" in body_page


def test_a_bad_date_or_times_the_wrong_way_round_change_nothing(client_as, ag_transfer):
    client = client_as("chair")
    answer = client.post(URL.format(ag_transfer.pk), form(fixed_dates="12.03.2030\nnächste Woche"))
    assert answer.status_code == 200
    assert "„nächste Woche“ ist kein Datum." in answer.content.decode()
    answer = client.post(URL.format(ag_transfer.pk), form(start_time="11:00", end_time="09:00"))
    assert "Das Ende muss nach dem Beginn liegen." in answer.content.decode()
    answer = client.post(URL.format(ag_transfer.pk), form(fixed_dates="01.01.2999"))
    assert "Bitte geben Sie ein Datum zwischen 1900 und 2200 an." in answer.content.decode()
    answer = client.post(URL.format(ag_transfer.pk), form(**{"template-TOTAL_FORMS": "500"}))
    assert answer.status_code == 200
    assert not Series.objects.exists()
