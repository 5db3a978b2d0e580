"""The server start refreshes the planner's statistics, so a grown database stays fast."""

from django.db import connection

from transferhub.lib.db import refresh_planner_statistics


def _analysed(table: str) -> bool:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = %s", [table])
            return cursor.fetchone()[0] > 0
        cursor.execute(
            "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = %s",
            [table],
        )
        return bool(cursor.fetchone()[0])


def test_statistics_exist_for_the_agenda_after_a_quick_refresh(transactional_db, seed_meeting):
    refresh_planner_statistics()
    assert _analysed("meetings_agendaitem")
