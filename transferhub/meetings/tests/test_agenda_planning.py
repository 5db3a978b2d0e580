"""Planning the agenda: items, breaks, numbers, times, order and the overrun warning."""

from django.urls import reverse

from transferhub.meetings.models import AgendaItem

from .conftest import page_text


def _item_data(name="", number="", minutes=30, kind="item", public=True, presenters=()):
    data = {
        "kind": kind,
        "number": number,
        "name": name,
        "duration_minutes": minutes,
        "presenters-TOTAL_FORMS": max(2, len(presenters)),
        "presenters-INITIAL_FORMS": 0,
        "presenters-MIN_NUM_FORMS": 0,
        "presenters-MAX_NUM_FORMS": 20,
    }
    if public:
        data["public"] = "on"
    for i, (person, org) in enumerate(presenters):
        data[f"presenters-{i}-person"] = person.pk
        data[f"presenters-{i}-organisation"] = org.pk if org else ""
    return data


def _add(client, meeting, **kwargs):
    return client.post(
        reverse("meetings:item_add", args=[meeting.pk]), _item_data(**kwargs), follow=True
    )


def test_items_and_a_break_get_numbers_and_computed_start_times(
    client_as, planned_meeting, people, om
):
    client = client_as("secretariat")
    _add(
        client,
        planned_meeting,
        name="Neues aus der Offensive Mittelstand",
        minutes=20,
        presenters=[(people["chair"], None)],
    )
    _add(client, planned_meeting, kind="break", minutes=10)
    response = _add(
        client,
        planned_meeting,
        name="Umsetzungshilfe „Finanzierung und Liquidität“",
        minutes=30,
        presenters=[(people["member"], om)],
    )
    items = list(planned_meeting.agenda_items.order_by("order"))
    assert [(i.number, i.kind) for i in items] == [("1", "item"), ("", "break"), ("2", "item")]
    assert items[1].name == "Pause"
    text = page_text(response)
    assert "Der Punkt wurde zur Tagesordnung hinzugefügt." in text
    assert "Prof. Dr. Oliver Kruse (Offensive Mittelstand)" in text
    assert "Wilhelm Heidbrede (Offensive Mittelstand)" in text
    # 09:00 item 1 (20 min), 09:20 break (10 min), 09:30 item 2, end 11:00
    for clock in ("09:00", "09:20", "09:30", "11:00"):
        assert f"<td>{clock}</td>" in text
    assert "Der Plan läuft über das Ende" not in text


def test_it_warns_when_the_plan_runs_past_the_end(client_as, planned_meeting):
    client = client_as("secretariat")
    _add(client, planned_meeting, name="Lange Vorstellung", minutes=90)
    response = _add(client, planned_meeting, name="Noch ein Punkt", minutes=45)
    text = page_text(response)
    assert "Der Plan läuft über das Ende der Sitzung hinaus" in text
    assert "11:15 Uhr" in text  # where the plan ends
    assert 'class="overrun"' in text


def test_an_explicit_number_is_kept_and_a_duplicate_is_refused(client_as, planned_meeting):
    client = client_as("secretariat")
    _add(client, planned_meeting, name="Erster Punkt", number="3")
    response = _add(client, planned_meeting, name="Zweiter Punkt", number="3")
    assert response.status_code == 200
    assert "Die Nummer „3“ ist in dieser Sitzung schon vergeben." in page_text(response)
    assert list(planned_meeting.agenda_items.values_list("name", "number")) == [
        ("Erster Punkt", "3")
    ]


def test_editing_an_item_to_a_taken_number_is_refused(client_as, planned_meeting):
    client = client_as("secretariat")
    _add(client, planned_meeting, name="Erster Punkt")
    _add(client, planned_meeting, name="Zweiter Punkt")
    second = planned_meeting.agenda_items.get(number="2")
    data = _item_data(name="Zweiter Punkt, neu", number="1")
    data["version"] = second.version
    del data["kind"]
    response = client.post(
        reverse("meetings:item_edit", args=[planned_meeting.pk, second.pk]), data
    )
    assert "Die Nummer „1“ ist in dieser Sitzung schon vergeben." in page_text(response)
    second.refresh_from_db()
    assert (second.number, second.name) == ("2", "Zweiter Punkt")


def test_editing_an_item_changes_title_duration_and_presenters(client_as, planned_meeting, people):
    client = client_as("secretariat")
    _add(client, planned_meeting, name="Erster Punkt", presenters=[(people["chair"], None)])
    item = planned_meeting.agenda_items.get()
    data = _item_data(
        name="Erster Punkt, neu",
        number="1",
        minutes=15,
        public=False,
        presenters=[(people["member"], None)],
    )
    data["version"] = item.version
    del data["kind"]
    response = client.post(
        reverse("meetings:item_edit", args=[planned_meeting.pk, item.pk]), data, follow=True
    )
    assert "Der Punkt wurde geändert." in page_text(response)
    item.refresh_from_db()
    assert (item.name, item.duration_minutes, item.public) == ("Erster Punkt, neu", 15, False)
    assert [p.person for p in item.presentations.all()] == [people["member"]]


def test_items_move_up_and_down_and_the_times_follow(client_as, planned_meeting):
    client = client_as("secretariat")
    _add(client, planned_meeting, name="Alpha", minutes=20)
    _add(client, planned_meeting, name="Beta", minutes=40)
    beta = planned_meeting.agenda_items.get(name="Beta")
    url = reverse("meetings:item_move", args=[planned_meeting.pk, beta.pk])
    response = client.post(url, {"direction": "up"}, follow=True)
    names = list(planned_meeting.agenda_items.order_by("order").values_list("name", flat=True))
    assert names == ["Beta", "Alpha"]
    text = page_text(response)
    assert text.index("Beta") < text.index("Alpha")
    assert "<td>09:40</td>" in text  # Alpha now starts after Beta's 40 minutes
    client.post(url, {"direction": "down"})
    names = list(planned_meeting.agenda_items.order_by("order").values_list("name", flat=True))
    assert names == ["Alpha", "Beta"]


def test_moving_needs_a_post(client_as, planned_meeting):
    client = client_as("secretariat")
    _add(client, planned_meeting, name="Alpha")
    item = planned_meeting.agenda_items.get()
    assert (
        client.get(reverse("meetings:item_move", args=[planned_meeting.pk, item.pk])).status_code
        == 405
    )


def test_an_item_is_deleted_after_a_confirmation(client_as, planned_meeting):
    client = client_as("secretariat")
    _add(client, planned_meeting, name="Alpha")
    item = planned_meeting.agenda_items.get()
    url = reverse("meetings:item_delete", args=[planned_meeting.pk, item.pk])
    assert "wirklich" in page_text(client.get(url))
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    response = client.post(url, follow=True)
    assert "Der Punkt wurde gelöscht." in page_text(response)
    assert not AgendaItem.objects.filter(pk=item.pk).exists()


def test_an_item_with_decisions_is_not_deleted(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="2")
    response = client_as("secretariat").post(
        reverse("meetings:item_delete", args=[seed_meeting.pk, item.pk]), follow=True
    )
    assert "kann nicht gelöscht werden" in page_text(response)
    assert AgendaItem.objects.filter(pk=item.pk).exists()


def test_members_may_read_the_agenda_but_not_plan_it(client_as, planned_meeting):
    client_as("secretariat")
    _add(client_as("secretariat"), planned_meeting, name="Alpha")
    client = client_as("member")
    text = page_text(client.get(planned_meeting.get_absolute_url()))
    assert "Alpha" in text
    assert "Punkt hinzufügen" not in text and "Einladen" not in text
    response = client.post(
        reverse("meetings:item_add", args=[planned_meeting.pk]), _item_data(name="Beta")
    )
    assert response.status_code == 403
    assert planned_meeting.agenda_items.count() == 1
