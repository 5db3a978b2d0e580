"""The report says who declared by name (not the login) and its table heads do not overlap."""

import io

import pdfplumber
import pytest
from django.urls import reverse

from transferhub.checks import services

from .conftest import complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(client, assessment, company_user):
    complete(assessment, actor=company_user)
    services.measure_save(
        assessment=assessment,
        actor=company_user,
        text="Gefährdungsbeurteilungsaktualisierung für alle Arbeitsplätze",
        responsible="Geschäftsführungsassistenz",
        effect_check="Arbeitsschutzausschusssitzung",
    )
    services.declaration_sign(assessment=assessment, actor=company_user)
    client.force_login(company_user)
    response = client.get(reverse("checks:report", args=[assessment.pk]))
    assert response.status_code == 200
    return pdfplumber.open(io.BytesIO(response.content))


def test_the_declaration_names_the_person_not_the_login(report):
    text = "\n".join(page.extract_text() for page in report.pages)
    assert "von Kira Betrieb" in text
    assert "von company" not in text


def test_the_action_plan_heads_do_not_run_into_each_other(report):
    words = [w for page in report.pages for w in page.extract_words()]
    status = next(w for w in words if w["text"] == "Status")
    check = [w for w in words if w["text"].startswith("Wirksamkeits")]
    assert check, "the head of the effectiveness column is missing"
    for word in check:
        if abs(word["top"] - status["top"]) < 5:  # same line
            assert word["x1"] <= status["x0"], (word, status)


def test_no_letter_of_the_report_is_printed_over_another(report):
    for page in report.pages:
        chars = [c for c in page.chars if c["text"].strip()]
        chars.sort(key=lambda c: (round(c["top"]), c["x0"]))
        for left, right in zip(chars, chars[1:], strict=False):
            if abs(left["top"] - right["top"]) < 1:  # same line
                # Kerning ("Ve") lets boxes touch by under a point; an overprint overlaps by letters.
                assert left["x1"] <= right["x0"] + 1.5, (left["text"], right["text"], left["x0"])
