from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from transferhub.checks import services
from transferhub.checks.loader import InstrumentFileError, instrument_files
from transferhub.checks.models import CheckPoint, Instrument, InstrumentVersion

from .conftest import GOOD_YAML

pytestmark = pytest.mark.django_db


def write(tmp_path: Path, text: str, name="test.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_it_loads_every_shipped_instrument():
    out = StringIO()
    call_command("load_instruments", stdout=out)
    assert Instrument.objects.count() == len(instrument_files()) == 6
    assert "6 Instrumentdateien geprüft." in out.getvalue()


def test_loading_twice_changes_nothing():
    call_command("load_instruments", stdout=StringIO())
    counts = (InstrumentVersion.objects.count(), CheckPoint.objects.count())
    out = StringIO()
    call_command("load_instruments", stdout=out)
    assert (InstrumentVersion.objects.count(), CheckPoint.objects.count()) == counts
    assert out.getvalue().count("unverändert") == 6


def test_shipped_checks_have_three_themes_and_twelve_points_except_the_short_check():
    services.instruments_load()
    for instrument in Instrument.objects.exclude(kind__in=["short_check", "survey"]):
        version = instrument.current_version()
        assert version.themes.count() >= 3, instrument.code
        assert version.check_points.count() >= 12, instrument.code
    assert Instrument.objects.filter(code="A-3.6", title="Betrieblicher Umweltschutz").exists()


def test_the_finance_aid_explains_its_glossary_terms():
    services.instruments_load()
    version = Instrument.objects.get(code="OM-UH-FL").current_version()
    terms = set(version.glossary.values_list("term", flat=True))
    assert {"BWA", "Rating", "Hausbank", "Liquiditätsplan"} <= terms


def test_the_survey_has_its_own_scale():
    services.instruments_load()
    version = Instrument.objects.get(kind="survey").current_version()
    assert len(version.scale) > 4
    assert "green" not in {o["value"] for o in version.scale}


def test_it_refuses_a_file_breaking_the_schema_with_file_line_and_reason(tmp_path):
    broken = GOOD_YAML.replace("        title: Zweiter Punkt\n", "        titel: Zweiter Punkt\n")
    path = write(tmp_path, broken, "kaputt.yaml")
    with pytest.raises(CommandError) as caught:
        call_command("load_instruments", str(path), stdout=StringIO())
    message = str(caught.value)
    assert "kaputt.yaml:17" in message
    assert "titel" in message
    assert caught.value.returncode == 2
    assert not Instrument.objects.exists()


def test_it_names_the_line_of_a_wrong_value(tmp_path):
    path = write(tmp_path, GOOD_YAML.replace("kind: check", "kind: quiz"))
    with pytest.raises(InstrumentFileError) as caught:
        services.instruments_load(paths=[path])
    assert caught.value.line == 4
    assert "quiz" in caught.value.reason


def test_it_refuses_broken_yaml_with_its_line(tmp_path):
    path = write(tmp_path, GOOD_YAML + "  - key: [unclosed\n")
    with pytest.raises(InstrumentFileError) as caught:
        services.instruments_load(paths=[path])
    assert caught.value.line is not None
    assert "YAML" in caught.value.reason


def test_it_refuses_a_key_given_twice(tmp_path):
    path = write(tmp_path, GOOD_YAML.replace("key: c\n", "key: a\n"))
    with pytest.raises(InstrumentFileError) as caught:
        services.instruments_load(paths=[path])
    assert caught.value.line == 21
    assert "doppelt" in caught.value.reason


def test_one_broken_file_stops_the_whole_load(tmp_path):
    good = write(tmp_path, GOOD_YAML, "a.yaml")
    bad = write(
        tmp_path,
        GOOD_YAML.replace("T-1", "T-2").replace('version: "1.0"', "version: eins"),
        "b.yaml",
    )
    with pytest.raises(InstrumentFileError):
        services.instruments_load(paths=[good, bad])
    assert not Instrument.objects.exists()


def test_a_new_version_supersedes_the_old_which_stays_readable(tmp_path, company, company_user):
    services.instruments_load(paths=[write(tmp_path, GOOD_YAML, "v1.yaml")])
    instrument = Instrument.objects.get(code="T-1")
    old = services.assessment_start(instrument=instrument, company=company, actor=company_user)
    v2 = GOOD_YAML.replace('version: "1.0"', 'version: "2.0"').replace(
        "Dritter Punkt", "Neuer Punkt"
    )
    services.instruments_load(paths=[write(tmp_path, v2, "v2.yaml")])
    old.refresh_from_db()
    assert old.version.status == InstrumentVersion.Status.SUPERSEDED
    assert old.version.check_points.filter(title="Dritter Punkt").exists()
    assert instrument.current_version().version == "2.0"


def test_a_used_version_cannot_be_changed_in_place(tmp_path, company, company_user):
    path = write(tmp_path, GOOD_YAML)
    services.instruments_load(paths=[path])
    services.assessment_start(
        instrument=Instrument.objects.get(code="T-1"), company=company, actor=company_user
    )
    path.write_text(GOOD_YAML.replace("Dritter Punkt", "Geänderter Punkt"), encoding="utf-8")
    with pytest.raises(InstrumentFileError) as caught:
        services.instruments_load(paths=[path])
    assert "neue Versionsnummer" in caught.value.reason
    assert CheckPoint.objects.filter(title="Dritter Punkt").exists()


def test_the_lifecycle_moves_forward_only_and_links_the_decision(seed_meeting, tmp_path):
    services.instruments_load(
        paths=[write(tmp_path, GOOD_YAML.replace("status: published", "status: draft"))]
    )
    version = InstrumentVersion.objects.get()
    decision = seed_meeting.decisions.first()
    version = services.version_set_status(version=version, status="adopted", decision=decision)
    assert version.decision == decision
    with pytest.raises(services.CheckError):
        services.version_set_status(version=version, status="draft")
    assert InstrumentVersion.objects.get().status == "adopted"
