"""A date mentioned again in another sentence keeps that sentence as its context."""

import datetime as dt

from transferhub.meetings.models import Meeting
from transferhub.network.demo import SEED
from transferhub.network.models import Body
from transferhub.protocols.reader import parse_text, read_protocol
from transferhub.protocols.services import protocol_import_file


def test_the_seed_keeps_the_ag_umweltschutz_date_with_its_own_context():
    mentioned = read_protocol(SEED)["dates_mentioned"]
    on_16th = [d for d in mentioned if d["date"] == "2022-09-16"]
    assert len(on_16th) == 2
    umwelt = next(d for d in on_16th if "AG Umweltschutz" in d["context"])
    assert (umwelt["start"], umwelt["end"]) == ("14:00", "16:00")
    # The date's own closing dot ("am 16.09. von") does not end the sentence.
    assert umwelt["context"].endswith("zur Arbeit am One-Pager LkSG trifft.")


def test_a_date_repeated_in_the_same_sentence_is_listed_once():
    text = (
        "Protokoll AG Test\nDatum: 01.03.2023\n\n1. Bericht\n\n"
        "Der Workshop am 10.03.2023 und die Nacharbeit am 10.03.2023 werden vorbereitet.\n"
    )
    result = parse_text(text)
    assert [d["date"] for d in result["dates_mentioned"]] == ["2023-03-10"]


def test_the_importer_plans_the_meeting_of_the_known_ag_umweltschutz(db):
    umwelt = Body.objects.create(name="AG Umweltschutz", short_name="AG Umweltschutz")
    protocol_import_file(SEED)
    planned = Meeting.objects.get(body=umwelt)
    assert planned.date == dt.date(2022, 9, 16)
    assert (planned.start_time, planned.end_time) == (dt.time(14), dt.time(16))
