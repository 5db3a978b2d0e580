"""Importing minutes makes a draft meeting, all or nothing, and only once."""

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command

from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import Meeting
from transferhub.network.demo import SEED
from transferhub.network.models import Body
from transferhub.protocols import services
from transferhub.protocols.services import ProtocolImportError, protocol_import_file


@pytest.fixture
def strategiekreis(db):
    return Body.objects.create(name="Strategiekreis", classification="steering")


def test_the_seed_becomes_a_draft_meeting_with_its_agenda(db, strategiekreis):
    meeting = protocol_import_file(SEED)
    assert meeting.state == Meeting.State.MINUTES_DRAFT
    assert (meeting.name, meeting.date) == ("AG Transfer", dt.date(2022, 9, 15))
    assert (meeting.start_time, meeting.end_time) == (dt.time(9), dt.time(13))
    assert meeting.participant_count() == 30
    assert meeting.note_taker.full_name == "Theresa Joerißen"
    items = list(meeting.agenda_items.order_by("order"))
    assert [i.number for i in items] == ["1", "2", "3", "4", "", "5", "6", "7", "8", "9"]
    assert items[4].is_break and items[4].duration_minutes == 10
    assert items[5].status == "postponed"
    kruse = items[0].presentations.get()
    assert (kruse.person.title, kruse.person.name) == ("Prof. Dr.", "Oliver Kruse")
    assert kruse.organisation.name == "Offensive Mittelstand"
    assert Decision.objects.filter(meeting=meeting).count() == 5
    assert Task.objects.filter(agenda_item=items[2]).count() >= 2
    assert "http://www.kidd-prozess.de/" in items[7].links
    assert meeting.import_warnings  # the title difference of item 6


def test_the_next_meeting_and_announced_meetings_of_known_bodies_are_planned(db, strategiekreis):
    meeting = protocol_import_file(SEED)
    following = Meeting.objects.get(body=meeting.body, date=dt.date(2022, 11, 24))
    assert (following.start_time, following.end_time) == (dt.time(9), dt.time(11))
    assert following.agenda_items.get().name == "Genehmigung des Protokolls vom 15.09.2022"
    assert Meeting.objects.filter(body=strategiekreis, date=dt.date(2022, 11, 10)).exists()


def test_importing_the_same_file_twice_says_where_it_already_is(db):
    meeting = protocol_import_file(SEED)
    counts = (Meeting.objects.count(), Decision.objects.count(), Task.objects.count())
    with pytest.raises(ProtocolImportError, match=f"Nr. {meeting.pk}"):
        protocol_import_file(SEED)
    assert (Meeting.objects.count(), Decision.objects.count(), Task.objects.count()) == counts


def test_an_interrupted_import_leaves_no_half_meeting(db, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    # Ctrl-C arrives while the tasks are being stored, after items and decisions.
    monkeypatch.setattr(services, "_store_tasks", interrupted)
    with pytest.raises(KeyboardInterrupt):
        protocol_import_file(SEED)
    assert not Meeting.objects.exists()
    assert not Decision.objects.exists()


def test_the_command_prints_the_contract_json_without_touching_the_database(db):
    out = io.StringIO()
    call_command("import_protocol", str(SEED), "--dry-run", "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert result["body"] == "AG Transfer"
    assert len(result["agenda"]) == 9
    assert not Meeting.objects.exists()


def test_the_command_answers_an_unreadable_file_with_status_2_and_one_line(db, tmp_path, capsys):
    bad = tmp_path / "kaputt.pdf"
    bad.write_bytes(b"\x00\x01\x02 not a pdf at all" * 10)
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_protocol", str(bad), "--dry-run", "--json")
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "kaputt.pdf" in err[0] and "Traceback" not in err[0]


def test_the_command_imports_many_files_and_one_bad_file_does_not_stop_the_rest(
    db, tmp_path, capsys
):
    bad = tmp_path / "leer.txt"
    bad.write_text("")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_protocol", str(bad), str(SEED))
    assert exit_info.value.code == 2
    assert Meeting.objects.filter(date=dt.date(2022, 9, 15)).exists()
    out = capsys.readouterr().out
    assert "Fehler" in out and "15.09.2022" in out


def test_a_parallel_import_of_the_same_file_into_another_body_is_refused(db, monkeypatch):
    meeting = protocol_import_file(SEED)
    counts = (Meeting.objects.count(), Decision.objects.count(), Task.objects.count())
    real_lookup = services.existing_import
    checks = []

    def lookup_before_the_other_commit(sha256):
        # The other import had not committed yet when the early check ran.
        checks.append(sha256)
        return None if len(checks) <= 1 else real_lookup(sha256)

    monkeypatch.setattr(services, "existing_import", lookup_before_the_other_commit)
    with pytest.raises(ProtocolImportError, match=f"Nr. {meeting.pk}"):
        protocol_import_file(SEED, body_name="Beirat")
    assert (Meeting.objects.count(), Decision.objects.count(), Task.objects.count()) == counts
