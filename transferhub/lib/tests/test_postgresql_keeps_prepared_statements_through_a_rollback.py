"""On PostgreSQL a refused save (a rollback) no longer costs the connection its prepared
statements: under load each refused save made PostgreSQL plan the next requests afresh
(issue 19, goal 3; lib/db.keep_prepared_statements)."""

import pytest
from django.db import DatabaseError, connection, transaction

from transferhub.network.models import Network

pytestmark = [pytest.mark.only_on("postgresql"), pytest.mark.django_db]


def _prepared_here() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        return cursor.fetchone()[0]


def test_statements_prepared_before_a_rolled_back_save_stay_prepared():
    for _ in range(8):  # past psycopg's prepare threshold (5)
        list(Network.objects.filter(slug="nord").values_list("pk"))
    prepared = _prepared_here()
    assert prepared >= 1
    with pytest.raises(DatabaseError):
        with transaction.atomic():  # a savepoint inside the test's transaction
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 / 0")  # refused: rolled back to the savepoint
    assert _prepared_here() >= prepared
