"""`python -m transferhub.bench pages` measures an item's recording page with its forms
open, and with `--writes` prints the meeting page's SQL count after each kind of write (a
decision, a minutes text, a change to the meeting): the count of a page read right after
such a write, not 0 (it read the query log after later requests had emptied it)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from transferhub.bench.pages import after_writes, busiest_open_item
from transferhub.meetings.content import meeting_content_changed
from transferhub.meetings.models import Meeting


def test_each_after_write_row_counts_the_page_reads_queries(client_as, seed_meeting):
    Meeting.objects.filter(pk=seed_meeting.pk).update(state=Meeting.State.HELD)
    client = client_as("secretariat")
    rows = list(after_writes(client, 2))

    assert [name for name, _times, _sql, _status in rows] == [
        f"Sitzung nach einem Beschluss zu einem Punkt ({seed_meeting.pk})",
        f"Sitzung nach einem Protokolltext zu einem Punkt ({seed_meeting.pk})",
        f"Sitzung nach einer Änderung der Sitzung (ganzer Teil) ({seed_meeting.pk})",
    ]
    assert all(status == 200 and len(times) == 2 for _name, times, _sql, status in rows)
    # After a change to the meeting the whole agenda part is read again: the same count as
    # a page read after such a change here.
    meeting_content_changed(seed_meeting.pk)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(seed_meeting.get_absolute_url()).status_code == 200
    assert rows[2][2] == len(queries.captured_queries) > 0
    assert all(sql > 0 for _name, _times, sql, _status in rows)


def test_the_bench_measures_the_item_page_with_the_most_decisions_of_an_open_meeting(
    client_as, seed_meeting
):
    Meeting.objects.filter(pk=seed_meeting.pk).update(state=Meeting.State.HELD)
    busiest = max(
        seed_meeting.agenda_items.all(), key=lambda item: (item.decisions.count(), -item.order)
    )
    path = busiest_open_item()
    assert path == f"/sitzungen/{seed_meeting.pk}/punkte/{busiest.pk}/"
    page = client_as("secretariat").get(path).content.decode()
    assert "Beschluss festhalten" in page  # the recording forms are there
