"""The person picker lists a body's current members first and then everyone else, each in
name order, and reads only what it shows: the members (few) and the first others through an
index on the names, never every person sorted by whether they belong to the body."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import make_person
from transferhub.lib.pickers import MATCHES, matches
from transferhub.network.models import Body, Membership, Organisation, Person

TODAY = datetime.date.today()


@pytest.fixture
def board(db):
    """A body with three current members (one of them twice), one former and one future
    member, among 40 others whose names interleave with theirs."""
    body = Body.objects.create(name="Vorstand Picker")
    others = [make_person(f"Eva{n:02d}", f"Mayer{n:02d}") for n in range(40)]
    members = [make_person("Zoe", "Mayer05b"), make_person("Anna", "Mayer"), others[30]]
    for person in members:
        Membership.objects.create(person=person, body=body)
    Membership.objects.create(person=members[0], body=body, role=Membership.Role.CHAIR)
    Membership.objects.create(
        person=others[0], body=body, end_date=TODAY - datetime.timedelta(days=1)
    )
    Membership.objects.create(
        person=others[1], body=body, start_date=TODAY + datetime.timedelta(days=1)
    )
    return body


def expected(body: Body | None, word: str = "") -> list[int]:
    """Members first, then everyone else, each by family name, given name and id."""
    members = Membership.objects.filter(body=body) if body else Membership.objects.none()
    member_ids = {m.person_id for m in members if m.is_current()}
    people = [
        p
        for p in Person.objects.select_related("organisation")
        if not word or word.lower() in f"{p.given_name} {p.family_name}".lower()
    ]
    people.sort(key=lambda p: (p.pk not in member_ids, p.family_name, p.given_name, p.pk))
    return [p.pk for p in people[:MATCHES]]


def shown(body: Body | None, query: str = "") -> list[int]:
    return [pk for pk, _label in matches("person", query, str(body.pk) if body else "")]


def test_the_current_members_come_first_once_then_the_others_in_name_order(board):
    ids = shown(board)
    assert ids == expected(board)
    names = [Person.objects.get(pk=pk).family_name for pk in ids[:4]]
    # The three current members (the one with two memberships once), then the others.
    assert names == ["Mayer", "Mayer05b", "Mayer30", "Mayer00"]


def test_words_narrow_members_and_others_alike(board):
    assert shown(board, "Mayer0") == expected(board, "Mayer0")
    assert shown(board, "Zoe") == expected(board, "Zoe")
    assert shown(board, "nobody-here") == []


def test_without_a_body_or_with_an_unknown_one_everyone_is_in_name_order(board):
    assert shown(None) == expected(None)
    assert [pk for pk, _label in matches("person", "", "987654")] == expected(None)
    assert [pk for pk, _label in matches("person", "", "12abc")] == expected(None)


def test_a_body_with_more_members_than_the_list_shows_only_members(board):
    for person in Person.objects.exclude(memberships__body=board)[:MATCHES]:
        Membership.objects.create(person=person, body=board)
    ids = shown(board)
    assert ids == expected(board)
    assert all(Membership.objects.filter(body=board, person_id=pk).exists() for pk in ids)


def test_the_picker_asks_the_same_few_queries_however_many_people_there_are(board):
    with CaptureQueriesContext(connection) as few:
        shown(board)
    for n in range(200):
        make_person(f"Ida{n:03d}", f"Adler{n:03d}")
    with CaptureQueriesContext(connection) as many:
        ids = shown(board)
    assert ids == expected(board)
    assert len(many) == len(few) == 2
    if connection.vendor == "sqlite":
        # The others come from the name index, read no further than the list needs.
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + many.captured_queries[-1]["sql"])
            plan = " ".join(row[-1] for row in cursor.fetchall())
        assert "person_name_order" in plan and "TEMP B-TREE" not in plan


def test_a_word_of_the_organisations_name_or_short_name_finds_its_people(board):
    hsb = Organisation.objects.create(name="Hochschule Bremerhaven", short_name="HSBhv")
    staff = [make_person("Lea", "Zander", org=hsb), make_person("Ole", "Brandt", org=hsb)]
    Membership.objects.create(person=staff[0], body=board)
    ids = [o.pk for o in staff]
    # The member first, then the other; nobody without that organisation.
    assert shown(board, "bremerhaven") == [ids[0], ids[1]]
    assert shown(board, "hsbhv zander") == [ids[0]]
    assert shown(None, "Hochschule") == [ids[1], ids[0]]
