"""The poll page: invitees × slots, counts per slot, the best slots first."""

import datetime as dt

import pytest

from transferhub.meetings.models import DatePollAnswer
from transferhub.meetings.polls import date_poll_answer, date_poll_create, date_poll_results

from .conftest import days_ahead, page_text

pytestmark = pytest.mark.django_db


def answer(poll, invitee, *values):
    date_poll_answer(
        invitee=invitee,
        answers=dict(zip(poll.slots.values_list("pk", flat=True), values, strict=True)),
    )


def test_yes_counts_two_and_if_need_be_one(date_poll, invitee_of, people):
    answer(date_poll, invitee_of(people["chair"]), "maybe", "yes", "no")
    answer(date_poll, invitee_of(people["member"]), "maybe", "yes", "yes")
    answer(date_poll, invitee_of("guest"), "yes", "no", "maybe")
    results = date_poll_results(date_poll)
    first, second, third = results.slots
    assert (second.yes, second.maybe, second.no, second.score) == (2, 0, 1, 4)
    assert (first.score, third.score) == (4, 3)
    # Slots 1 and 2 both score 4; slot 1 has no "no", so it ranks first.
    assert [r.slot for r in results.ranked] == [first.slot, second.slot, third.slot]
    assert results.best.slot == first.slot
    # The secretariat has not answered.
    assert results.open_count == 1


def test_ties_on_points_and_no_go_to_the_earlier_slot(date_poll, invitee_of, people):
    answer(date_poll, invitee_of(people["member"]), "no", "yes", "yes")
    ranked = date_poll_results(date_poll).ranked
    assert [r.rank for r in ranked] == [1, 2, 3]
    assert ranked[0].slot.date < ranked[1].slot.date
    assert ranked[-1].score == 0


def test_a_poll_without_answers_has_no_best_slot(date_poll):
    assert date_poll_results(date_poll).best is None


def test_the_page_shows_the_best_slot_first_and_everyones_answers(
    client_as, date_poll, invitee_of, people
):
    answer(date_poll, invitee_of(people["chair"]), "no", "no", "yes")
    answer(date_poll, invitee_of("guest"), "no", "maybe", "yes")
    text = page_text(client_as("secretariat").get(date_poll.get_absolute_url()))
    best = date_poll.slots.order_by("-date").first()
    ranking = text[text.index("Beste Termine") : text.index("Alle Antworten")]
    assert ranking.index(best.date.strftime("%d.%m.%Y")) < ranking.index(
        date_poll.slots.first().date.strftime("%d.%m.%Y")
    )
    assert "bester Termin" in ranking
    matrix = text[text.index("Alle Antworten") :]
    for name in ("Prof. Dr. Oliver Kruse", "Wilhelm Heidbrede", "Gisela Gast"):
        assert name in matrix
    assert "2 Ja, 0 wenn nötig, 0 Nein" in matrix
    assert "gisela@example.net" not in text


def test_invitees_see_the_table_too(client_as, date_poll, invitee_of, people):
    answer(date_poll, invitee_of("guest"), "yes", "yes", "yes")
    text = page_text(client_as("member").get(date_poll.get_absolute_url()))
    assert "Gisela Gast" in text and "Beste Termine" in text
    assert "Termin festlegen" not in text


def test_the_list_shows_polls_to_managers_and_invitees_only(client_as, date_poll, ag_transfer):
    for role in ("secretariat", "chair", "member"):
        assert "AG Transfer" in page_text(client_as(role).get("/sitzungen/terminfindung/")), role
    assert "Keine Terminfindungen gefunden." in page_text(
        client_as("outsider").get("/sitzungen/terminfindung/")
    )


def test_the_page_runs_a_fixed_number_of_queries(
    client_as, people, ag_transfer, django_assert_max_num_queries
):
    from conftest import make_person
    from transferhub.network.models import Membership

    def poll_with(invitees: int, slots: int):
        for i in range(invitees):
            person = make_person(f"P{i}", f"Mitglied{i}{slots}")
            Membership.objects.create(person=person, body=ag_transfer)
        poll = date_poll_create(
            body=ag_transfer,
            title=f"Umfang {slots}",
            slots=[(days_ahead(5 + d), dt.time(9), dt.time(10)) for d in range(slots)],
        )
        for invitee in poll.invitees.all():
            answer(poll, invitee, *["yes"] * slots)
        return poll

    client = client_as("secretariat")
    small = poll_with(0, 2)
    with django_assert_max_num_queries(15) as small_queries:
        client.get(small.get_absolute_url())
    big = poll_with(40, 12)
    assert DatePollAnswer.objects.filter(invitee__poll=big).count() == 43 * 12
    with django_assert_max_num_queries(len(small_queries)):
        response = client.get(big.get_absolute_url())
    assert response.status_code == 200
