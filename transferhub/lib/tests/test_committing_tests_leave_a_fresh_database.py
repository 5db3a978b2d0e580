"""A committing test (transaction=True, the live server's browser walks) leaves the database
as a fresh test process finds it: every table empty but the content types, the
permissions (kept under the same ids, no post_migrate) and the rows our migrations seed
(the federal network, the seal types), which come back as they were.

The first test writes content and ends, the second (on the same process, after it) finds
the fresh database; the third calls the teardown the committing tests end with directly,
so it proves the same on any process, also where a test added a permission (then the
teardown flushes as Django does and still restores the seeded rows).
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import TransactionTestCase

from conftest import make_ag_transfer, make_om, make_people, make_seed_meeting
from transferhub.lib.testing.database import database_shape
from transferhub.network.models import Network
from transferhub.suppliers.models import SealType

pytestmark = pytest.mark.django_db(transaction=True)


def kept_and_seeded() -> dict:
    return {
        "content types": list(ContentType.objects.order_by("pk").values_list("pk", "model")),
        "permissions": list(Permission.objects.order_by("pk").values_list("pk", "codename")),
        "networks": list(Network.objects.order_by("pk").values()),
        "seal types": list(SealType.objects.order_by("pk").values()),
    }


FRESH: dict = {}


def write_content() -> None:
    """What a walk leaves behind: people, logins, a meeting, changed seeded rows."""
    FRESH.setdefault("shape", database_shape(connection))
    FRESH.setdefault("rows", kept_and_seeded())
    om, ag = make_om(), make_ag_transfer()
    make_seed_meeting(make_people(om, ag), ag, om)
    Network.objects.update(name="Umbenannt")
    SealType.objects.filter(pk=SealType.objects.order_by("pk")[0].pk).delete()
    assert database_shape(connection) != FRESH["shape"]


def test_a_committing_test_writes_content():
    write_content()


def test_the_next_committing_test_finds_the_fresh_database():
    shape = database_shape(connection)
    assert set(shape["rows"]) == {
        "auth.Permission",
        "contenttypes.ContentType",
        "network.Network",
        "suppliers.SealType",
    }
    if FRESH:  # the first test ran before on this process
        assert shape == FRESH["shape"]
        assert kept_and_seeded() == FRESH["rows"]


def test_the_teardown_empties_all_but_kept_and_seeded_rows_also_after_a_new_permission():
    write_content()
    TransactionTestCase()._fixture_teardown()  # what every committing test ends with
    assert database_shape(connection) == FRESH["shape"]
    assert kept_and_seeded() == FRESH["rows"]

    write_content()
    ct = ContentType.objects.get_for_model(Group)
    Permission.objects.create(codename="extra", name="Extra", content_type=ct)
    TransactionTestCase()._fixture_teardown()
    assert database_shape(connection) == FRESH["shape"]
    after = kept_and_seeded()
    assert after["networks"] == FRESH["rows"]["networks"]
    assert after["seal types"] == FRESH["rows"]["seal types"]
    assert sorted(m for _pk, m in after["content types"]) == sorted(
        m for _pk, m in FRESH["rows"]["content types"]
    )
    # Flushed as Django does: ids are new, so remember them for the next comparison.
    FRESH["rows"] = after


def test_new_rows_get_new_ids_after_the_seeded_rows_came_back():
    # A flush sets PostgreSQL's sequences back while the restored rows keep their ids: the
    # next network a test makes must not take the id of the restored federal network.
    write_content()
    ct = ContentType.objects.get_for_model(Group)
    Permission.objects.create(codename="extra2", name="Extra", content_type=ct)
    TransactionTestCase()._fixture_teardown()  # the flush way
    restored = set(Network.objects.values_list("pk", flat=True))
    made = Network.objects.create(name="Netzwerk Nord", slug="nord")  # as the demo does
    assert made.pk not in restored
    TransactionTestCase()._fixture_teardown()
    FRESH["rows"] = kept_and_seeded()


def test_the_search_index_is_emptied_with_the_records_it_indexes():
    # The full-text tables are no model's, so flush leaves their rows; after a flush that set
    # the ids back, the next meeting stored under a flushed meeting's id met its stale row
    # ("constraint failed" while indexing an import in a later committing test).
    write_content()
    ct = ContentType.objects.get_for_model(Group)
    Permission.objects.create(codename="extra3", name="Extra", content_type=ct)
    TransactionTestCase()._fixture_teardown()  # the flush way
    if connection.vendor == "sqlite":
        from transferhub.lib import search

        with connection.cursor() as cursor:
            for table in search.index_tables():
                cursor.execute(f"SELECT count(*) FROM {table}")
                assert cursor.fetchone() == (0,), table
    write_content()  # the seed meeting again, indexed under the same ids
    TransactionTestCase()._fixture_teardown()
    FRESH["rows"] = kept_and_seeded()
