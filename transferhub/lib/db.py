"""Small helpers around the database connection that both SQLite and PostgreSQL need."""

from django.db import connection


def refresh_planner_statistics(*, sample_rows: int | None = None) -> None:
    """Run ANALYZE so the query planner knows the tables' sizes after they have grown.

    Without fresh statistics SQLite sorts all 50,000 decisions for one page of the
    register instead of walking the date index. `sample_rows` bounds the work per index
    on SQLite (PRAGMA analysis_limit), for a quick refresh at every server start.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite" and sample_rows:
            cursor.execute(f"PRAGMA analysis_limit={int(sample_rows)}")
        cursor.execute("ANALYZE")
