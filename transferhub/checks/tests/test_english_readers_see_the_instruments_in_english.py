"""Themes, check points and the glossary come in English to English readers; German stays the source."""

import io

import pdfplumber
import pytest
from django.urls import reverse

from transferhub.checks import services
from transferhub.checks.loader import InstrumentFileError, instrument_files, read_instrument_file

from .conftest import GOOD_YAML, complete

pytestmark = pytest.mark.django_db

GLOSSARY_EN = """\
en:
  title: Test check
  themes:
    eins: {title: First theme, intro: What the first theme is about.}
  points:
    a: {title: The BWA is read, practice: Someone reads the BWA every month.}
  glossary:
    BWA:
      term: BWA
      expansion: business analysis report
      explanation: Monthly overview of revenue and costs.
"""


@pytest.fixture
def staff_client(client, company_user):
    client.force_login(company_user)
    return client


@pytest.fixture
def english_check(tmp_path, company, company_user):
    path = tmp_path / "t.yaml"
    path.write_text(GOOD_YAML + GLOSSARY_EN, encoding="utf-8")
    ((version, _outcome),) = services.instruments_load(paths=[path])
    return services.assessment_start(
        instrument=version.instrument, company=company, actor=company_user
    )


def page(client, url, language):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_an_english_reader_sees_the_check_point_and_glossary_term_in_english(
    staff_client, english_check
):
    html = page(staff_client, reverse("checks:theme", args=[english_check.pk, 1]), "en")
    assert "First theme" in html and "What the first theme is about." in html
    assert (
        '<abbr class="term" title="business analysis report: Monthly overview of revenue and '
        'costs.">BWA</abbr> is read' in html
    )
    assert "<dfn>BWA</dfn> (business analysis report)" in html
    assert "Someone reads the <abbr" in html and "every month." in html
    # A point without English keeps its German title rather than showing nothing.
    assert "Zweiter Punkt" in html
    for german in ("Erstes Thema", "Die BWA wird gelesen", "Monatliche Übersicht"):
        assert german not in html


def test_a_german_reader_sees_the_german(staff_client, english_check):
    html = page(staff_client, reverse("checks:theme", args=[english_check.pk, 1]), "de")
    assert "Erstes Thema" in html and "Die BWA wird gelesen" not in html.replace("<abbr", "")
    assert "Monatliche Übersicht über Erlöse und Kosten." in html
    for english in ("First theme", "is read", "Monthly overview", "Test check"):
        assert english not in html


def test_the_instrument_page_shows_the_glossary_in_english(staff_client, english_check):
    code = english_check.version.instrument.code
    html = page(staff_client, reverse("checks:instrument", args=[code]), "en")
    assert "<h1>Test check</h1>" in html
    assert "<dt><dfn>BWA</dfn> (business analysis report)</dt>" in html
    assert "<dd>Monthly overview of revenue and costs.</dd>" in html
    html = page(staff_client, reverse("checks:instrument", args=[code]), "de")
    assert "<h1>Testcheck</h1>" in html and "Monthly overview" not in html


def test_the_report_pdf_names_the_themes_and_points_in_english(
    staff_client, assessment, company_user
):
    complete(assessment, actor=company_user)
    services.declaration_sign(assessment=assessment, actor=company_user)
    response = staff_client.get(
        reverse("checks:report", args=[assessment.pk]), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "Safety and health at work" in text
    assert "Risk assessment" in text and "Psychological stress is included" in text
    assert "Gefährdungsbeurteilung" not in text and "Psychische Belastungen" not in text


def test_every_shipped_theme_point_and_term_has_its_english_text():
    missing = []
    for path in instrument_files():
        data, _digest = read_instrument_file(path)
        english = data.get("en", {})
        if "title" not in english:
            missing.append(f"{path.name}: title")
        for theme in data["themes"]:
            if "title" not in english.get("themes", {}).get(theme["key"], {}):
                missing.append(f"{path.name}: theme {theme['key']}")
            for point in theme["points"]:
                texts = english.get("points", {}).get(point["key"], {})
                wanted = [k for k in ("title", "practice", "why") if point.get(k)]
                missing += [f"{path.name}: {point['key']}.{k}" for k in wanted if k not in texts]
        for entry in data.get("glossary", []):
            if "explanation" not in english.get("glossary", {}).get(entry["term"], {}):
                missing.append(f"{path.name}: glossary {entry['term']}")
        for option in data.get("scale", []):
            if option["value"] not in english.get("scale", {}):
                missing.append(f"{path.name}: scale {option['value']}")
    assert missing == []


def test_english_for_a_point_the_file_lacks_is_refused_with_its_line(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(GOOD_YAML + "en:\n  points:\n    zz: {title: Nowhere}\n", encoding="utf-8")
    with pytest.raises(InstrumentFileError) as error:
        read_instrument_file(path)
    assert error.value.line == GOOD_YAML.count("\n") + 3
    assert "„zz“ gibt es im deutschen Text nicht" in error.value.reason


def test_english_texts_reach_a_version_in_use_without_a_new_version(
    tmp_path, company, company_user
):
    path = tmp_path / "t.yaml"
    path.write_text(GOOD_YAML, encoding="utf-8")
    ((version, _outcome),) = services.instruments_load(paths=[path])
    assessment = services.assessment_start(
        instrument=version.instrument, company=company, actor=company_user
    )
    path.write_text(GOOD_YAML + GLOSSARY_EN, encoding="utf-8")
    ((again, outcome),) = services.instruments_load(paths=[path])
    assert outcome == "translated" and again.pk == version.pk
    point = again.check_points.get(key="a")
    assert (point.title, point.title_en) == ("Die BWA wird gelesen", "The BWA is read")
    assert again.glossary.get().explanation_en == "Monthly overview of revenue and costs."
    assert assessment.version_id == again.pk
    ((_same, outcome),) = services.instruments_load(paths=[path])
    assert outcome == "unchanged"
