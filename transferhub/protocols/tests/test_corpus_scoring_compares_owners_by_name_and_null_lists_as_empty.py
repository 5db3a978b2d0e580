"""Owners are compared as a careful reader compares them, and a list labelled null means none."""

from transferhub.protocols.tests.corpus.scoring import field_right


def test_an_owner_with_or_without_its_article_is_the_same_owner():
    assert field_right(
        "task_owners", ["Board", "Vorstand"], {"task_owners": ["The board", "der Vorstand"]}
    )
    assert field_right("task_owners", ["the Finance Team"], {"task_owners": ["Finance team"]})


def test_honorifics_fold_but_different_owners_stay_different():
    assert field_right("task_owners", ["Frau Dr. Keller"], {"task_owners": ["Keller"]})
    assert not field_right("task_owners", ["Board"], {"task_owners": ["Theo Board"]})
    assert not field_right("task_owners", ["Board", "Board"], {"task_owners": ["The board"]})
    # an article inside a name is part of it
    assert not field_right("task_owners", ["Haus der Jugend"], {"task_owners": ["Haus Jugend"]})


def test_a_list_labelled_null_is_right_only_when_the_reader_lists_nothing():
    assert field_right("agenda_titles", None, {"agenda_titles": []})
    assert not field_right("agenda_titles", None, {"agenda_titles": ["Begrüßung"]})
    assert not field_right("task_owners", None, {"task_owners": ["Vorstand"]})


def test_a_task_labelled_without_owner_adds_no_owner_to_compare():
    # ["Kevin", null]: two tasks, one named owner; the reader names Kevin for one of them.
    assert field_right("task_owners", [None, "Kevin"], {"task_owners": ["Kevin"]})
    assert not field_right("task_owners", [None, "Kevin"], {"task_owners": []})
    assert not field_right("task_owners", [None, None], {"task_owners": ["Kevin"]})
