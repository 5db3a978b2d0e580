"""Small helpers around the database connection that both SQLite and PostgreSQL need."""

from django.db import connection

# Database ids are 64-bit: a larger number is refused before any query, not a crash in it.
MAX_ID = 2**63 - 1


def refresh_planner_statistics() -> None:
    """Run ANALYZE so the query planner knows the tables' sizes after they have grown.

    Without fresh statistics SQLite sorts all 50,000 decisions for one page of the
    register instead of walking the date index.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
