"""Two imports at once into different bodies add a person they both name only once."""

import threading

import pytest
from django.db import connections

from transferhub.lib.testing.locks import waits_for_a_lock
from transferhub.network.demo import SEED
from transferhub.network.models import Person
from transferhub.protocols import services
from transferhub.protocols.services import protocol_import_file

# SQLite runs one write transaction at a time; there is no race to lose.
pytestmark = pytest.mark.only_on("postgresql")


def test_parallel_imports_naming_the_same_new_people_add_each_once(
    transactional_db, tmp_path, monkeypatch
):
    copy = tmp_path / "beirat.txt"
    copy.write_bytes(SEED.read_bytes() + b"\n")  # other bytes: not the same file twice
    first_stored_people = threading.Event()
    release_first = threading.Event()
    store_follow_up = services._store_follow_up_dates

    def pause_the_first_import(meeting, result):
        if threading.current_thread().name == "first":
            first_stored_people.set()
            release_first.wait(timeout=30)  # holds its transaction open, people uncommitted
        return store_follow_up(meeting, result)

    monkeypatch.setattr(services, "_store_follow_up_dates", pause_the_first_import)
    errors = []

    def run(path, body_name):
        try:
            protocol_import_file(path, body_name=body_name)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    first = threading.Thread(target=run, args=(SEED, "AG Transfer"), name="first")
    second = threading.Thread(target=run, args=(copy, "Beirat"), name="second")
    first.start()
    assert first_stored_people.wait(timeout=60)
    second.start()
    blocked = waits_for_a_lock(second)  # waits for the first import's people
    release_first.set()
    first.join(timeout=60)
    second.join(timeout=60)
    assert errors == []
    assert blocked
    names = list(Person.objects.values_list("given_name", "family_name"))
    assert len(names) == len(set(names)) > 5
