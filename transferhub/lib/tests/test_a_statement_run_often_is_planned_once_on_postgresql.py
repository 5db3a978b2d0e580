"""On PostgreSQL a statement a worker runs again and again is planned once, not every time.

psycopg binds the parameters on the server (DB_SERVER_SIDE_BINDING, on by default) and
prepares a statement run DB_PREPARE_THRESHOLD times on one connection; PostgreSQL then
keeps one plan for it (a generic plan) instead of planning each run anew (issue #19:
the pages' server CPU 11.3 -> 3.8 s in `bench.pages` on a scale-1 database).
"""

import pytest
from django.db import connection

from transferhub.network.models import Body

pytestmark = pytest.mark.only_on("postgresql")


def test_a_query_run_twenty_times_on_one_connection_is_planned_once(db):
    for i in range(20):
        assert list(Body.objects.filter(name=f"Kein Gremium {i}")) == []
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement, generic_plans FROM pg_prepared_statements")
        prepared = cursor.fetchall()
    body_table = Body._meta.db_table
    assert any(body_table in statement and generic > 0 for statement, generic in prepared), prepared
