"""The registers' text search reads a trigram index on PostgreSQL, not the whole table.

At 50,000 decisions and 100,000 tasks (bench scale 1) reading the table cost 180 and
400 ms of server time per search; through the index 40 and 60 ms (migration 0005)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from transferhub.decisions.models import Decision, Task

pytestmark = pytest.mark.only_on("postgresql")

OTHERS = 2000  # enough rows that reading them all costs more than the index


def plan_of_search(client, url: str, table: str, index: str) -> str:
    """The plan PostgreSQL picks for the register's search query on table.

    First what autovacuum does in production: statistics, and the rows just inserted
    moved from the GIN index's pending list into the index proper (until then the
    planner prices the index as if it had to read that list on every search)."""
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {table}")
        cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": "glossar"})
    assert response.status_code == 200
    search = [
        q["sql"] for q in queries.captured_queries if "LIKE" in q["sql"] and table in q["sql"]
    ]
    assert search, "the register ran no text search"
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + search[-1])
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_decision_search_finds_its_decision_through_the_index(client_as, seed_meeting):
    decision = seed_meeting.decisions.order_by("sequence").first()
    decision.text = "Die AG Transfer vereinbart das Glossar."
    decision.save()
    Decision.objects.bulk_create(
        Decision(
            body=decision.body,
            meeting=seed_meeting,
            year=decision.year,
            sequence=1000 + n,
            text=f"Die AG Transfer vereinbart den Leitfaden Nummer {n}.",
        )
        for n in range(OTHERS)
    )
    client = client_as("member")
    page = client.get(reverse("decisions:decisions"), {"q": "glossar"}).content.decode()
    assert "AG Transfer 2022/1<" in page and "AG Transfer 2022/1000" not in page
    plan = plan_of_search(
        client, reverse("decisions:decisions"), "decisions_decision", "decision_text_trgm"
    )
    assert "decision_text_trgm" in plan, plan


def test_the_task_search_finds_its_task_through_the_index(client_as, task_of, people):
    task = task_of("Glossar ergänzen", owner_person=people["member"])
    Task.objects.bulk_create(
        Task(text=f"Leitfaden Nummer {n} prüfen", body=task.body) for n in range(OTHERS)
    )
    client = client_as("secretariat")
    page = client.get(reverse("decisions:tasks"), {"q": "glossar"}).content.decode()
    assert "Glossar ergänzen" in page and "Leitfaden" not in page
    plan = plan_of_search(client, reverse("decisions:tasks"), "decisions_task", "task_text_trgm")
    assert "task_text_trgm" in plan, plan
