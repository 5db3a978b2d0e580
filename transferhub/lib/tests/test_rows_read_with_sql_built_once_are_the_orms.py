"""lib.db.rows_by_ids and rows_by_values (one core: a statement built once per query and
number of values, each value put in its places) give the rows the ORM gives: for ids that
follow one another, for other ids and values on later calls, and by the ORM itself where a
statement cannot be kept (ids given twice, a value of a kind not placed)."""

import datetime as dt

from django.utils import timezone

from transferhub.lib import db
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import meeting_create
from transferhub.network.models import Person


def _names(ids):
    return Person.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "family_name")


def test_rows_by_ids_are_the_orms_for_neighbouring_and_other_ids(people):
    ids = sorted(person.pk for person in people.values())
    db._STATEMENTS.clear()
    first, second = ids[:2], ids[2:4]  # neighbours: 1 and 2, say, as a result page has them
    assert db.rows_by_ids("test-names", Person, first, _names) == list(_names(first))
    assert db._STATEMENTS[("test-names", "default", 2)] is not None  # the statement is kept
    assert db.rows_by_ids("test-names", Person, second, _names) == list(_names(second))
    assert db.rows_by_ids("test-names", Person, [10**9, ids[0]], _names) == list(_names([ids[0]]))
    # Ids given twice: the ORM, which writes each id once.
    assert db.rows_by_ids("test-names", Person, [ids[0], ids[0]], _names) == list(_names([ids[0]]))


def _meetings_before(body_id, day, start, moment):
    return (
        Meeting.objects.filter(body_id=body_id, date__lte=day, start_time__lt=start)
        .exclude(created__gt=moment)
        .order_by("date", "pk")
        .values_list("name", "date", "start_time")
    )


def test_rows_by_values_put_each_id_day_time_and_moment_in_its_place(ag_transfer):
    for name, day, hour in (
        ("Frühjahrssitzung", dt.date(2031, 3, 4), 9),
        ("Sommersitzung", dt.date(2031, 6, 3), 14),
        ("Herbstsitzung", dt.date(2031, 9, 2), 9),
    ):
        meeting_create(
            body=ag_transfer,
            name=name,
            date=day,
            start_time=dt.time(hour),
            end_time=dt.time(hour + 1),
        )
    db._STATEMENTS.clear()
    later = timezone.now() + dt.timedelta(days=1)
    for values in (
        (ag_transfer.pk, dt.date(2031, 12, 31), dt.time(12), later),
        (ag_transfer.pk, dt.date(2031, 6, 30), dt.time(15), later),
        (ag_transfer.pk + 1, dt.date(2031, 12, 31), dt.time(12), later),
        (ag_transfer.pk, dt.date(2031, 12, 31), dt.time(12), timezone.now() - dt.timedelta(1)),
    ):
        rows = db.rows_by_values("test-before", Meeting, values, _meetings_before)
        assert rows == list(_meetings_before(*values))
    assert [
        name
        for name, *_ in db.rows_by_values(
            "test-before", Meeting, values[:3] + (later,), _meetings_before
        )
    ] == [
        "Frühjahrssitzung",
        "Herbstsitzung",
    ]
    assert db._STATEMENTS[("test-before", "default", 4)] is not None
    # A text is not placed: the ORM builds that query every time, with the same rows.
    by_name = lambda name: Meeting.objects.filter(name=name).values_list("date")  # noqa: E731
    assert db.rows_by_values("test-by-name", Meeting, ("Sommersitzung",), by_name) == [
        (dt.date(2031, 6, 3),)
    ]
    assert db._STATEMENTS[("test-by-name", "default", 1)] is None
