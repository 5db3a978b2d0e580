"""The import page lists the imported drafts with the number of items and decisions of each."""

import datetime as dt
import re

from django.urls import reverse

from transferhub.meetings.models import Meeting


def row_of(html: str, name: str) -> list[str]:
    """The cells after the draft's name in its row of the drafts table."""
    row = re.search(rf"<tr>\s*<th scope=\"row\"><a [^>]*>{re.escape(name)},.*?</tr>", html, re.S)
    assert row, f"no row for {name!r}"
    return re.findall(r"<td>(.*?)</td>", row.group(0), re.S)


def test_each_draft_shows_its_own_counts_and_an_empty_one_zero(client_as, imported_seed):
    empty = Meeting.objects.create(
        body=imported_seed.body,
        name="Leerer Entwurf",
        date=dt.date(2023, 1, 5),
        start_time=dt.time(10),
        end_time=dt.time(11),
        state=Meeting.State.MINUTES_DRAFT,
        source_sha256="0" * 64,
        source_name="leer.md",
    )
    html = client_as("secretariat").get(reverse("protocols:import")).content.decode()

    seed = row_of(html, imported_seed.name)
    items, decisions = imported_seed.agenda_items.count(), imported_seed.decisions.count()
    assert items > 1 and decisions > 1  # the seed has several of each: not joined to each other
    assert seed[2:4] == [str(items), str(decisions)]
    assert row_of(html, empty.name)[1:4] == ["leer.md", "0", "0"]
