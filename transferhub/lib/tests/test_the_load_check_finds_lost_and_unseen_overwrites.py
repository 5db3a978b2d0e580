"""The load test's check of the shared records fails when a save was lost or overwrote unseen.

The load test (test_load_mixed.py) passes only if this check finds nothing; here it is given
histories in which something went wrong, to show it would notice.
"""

from transferhub.lib.testing.load import (
    ContestedWrite,
    _contested_markers,
    _contested_statuses,
)


def _write(value, read, outcome="accepted", field="minutes"):
    return ContestedWrite("minutes", "api", field, value, read, 1, outcome)


def _entry(before, after, field="minutes"):
    return {"before": {field: before}, "after": {field: after}}


def test_a_clean_history_passes():
    log = [_entry("", "A"), _entry("A", "B")]
    writes = [_write("A", ""), _write("B", "A"), _write("C", "A", "refused")]
    state = {"log": log, "final": {"minutes": "B"}}
    assert _contested_markers("minutes", state, writes) == []


def test_a_save_over_a_value_its_writer_never_saw_is_found():
    # B's writer read "" but B replaced A: A was overwritten without being seen.
    log = [_entry("", "A"), _entry("A", "B")]
    state = {"log": log, "final": {"minutes": "B"}}
    problems = _contested_markers("minutes", state, [_write("A", ""), _write("B", "")])
    assert any("overwrote 'A'" in p for p in problems)
    assert any("'A' is gone" in p for p in problems)


def test_an_accepted_save_missing_from_the_log_is_found():
    state = {"log": [_entry("", "A")], "final": {"minutes": "A"}}
    problems = _contested_markers("minutes", state, [_write("A", ""), _write("B", "A")])
    assert problems == ["minutes: accepted save 'B' logged 0 times"]


def test_a_refused_save_that_was_applied_is_found():
    state = {"log": [_entry("", "A")], "final": {"minutes": "A"}}
    problems = _contested_markers("minutes", state, [_write("A", "", "refused")])
    assert problems == ["minutes: refused save 'A' is in the log"]


def test_status_changes_must_match_the_accepted_saves():
    log = [_entry("open", "done", "status"), _entry("done", "open", "status")]
    saves = [_write("done", "open", field="status"), _write("open", "done", field="status")]
    assert _contested_statuses(log, saves) == []
    assert _contested_statuses(log, saves[:1]) == [
        "task: status changes nobody accounts for: {('done', 'open'): 1}"
    ]
    unseen = [_write("done", "open", field="status"), _write("open", "in_progress", field="status")]
    assert "task: accepted status in_progress → open not in the log" in (
        _contested_statuses(log, unseen)
    )
