import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.checks import services

from .conftest import make_company, rate_all

pytestmark = pytest.mark.django_db


def assess(safety_check, n, *, wz="25.11", size="small", value="green", prefix="Firma"):
    for i in range(n):
        user = make_person("Nutzer", f"{prefix}{i}", username=f"{prefix.lower()}{i}").user
        company = make_company(f"{prefix} {i}", wz=wz, size=size, staff=[user])
        assessment = services.assessment_start(instrument=safety_check, company=company, actor=user)
        rate_all(assessment, value, actor=user, overrides={"gef-psyche": "red"})


def test_fewer_than_five_companies_are_never_shown(client_as, safety_check):
    assess(safety_check, 4)
    page = (
        client_as("secretariat")
        .get(reverse("checks:statistics", args=[safety_check.code]))
        .content.decode()
    )
    assert "zu wenige, um sie zu zeigen" in page
    assert "<svg" not in page
    assert "weniger als 5 Unternehmen – nicht gezeigt" in page


def test_shares_per_theme_and_check_point_as_svg(client_as, safety_check):
    assess(safety_check, 5)
    page = (
        client_as("secretariat")
        .get(reverse("checks:statistics", args=[safety_check.code]))
        .content.decode()
    )
    assert "Bewertungen von 5 Unternehmen." in page
    assert page.count("<svg") >= 3
    row = page[page.index("2.2 Psychische Belastungen") :]
    assert row.startswith("2.2 Psychische Belastungen sind einbezogen</th><td>100 %</td>")


def test_small_groups_by_industry_and_size_are_suppressed(client_as, safety_check):
    assess(safety_check, 5, wz="25.11", size="small", prefix="Metall")
    assess(safety_check, 2, wz="43.21", size="micro", prefix="Bau")
    client = client_as("secretariat")
    page = client.get(reverse("checks:statistics", args=[safety_check.code])).content.decode()
    industry = page[page.index("nach Branche") : page.index("nach Größenklasse")]
    assert "C – Verarbeitendes Gewerbe" in industry and "5 Unternehmen" in industry
    assert "F – Baugewerbe" in industry and "nicht gezeigt" in industry
    filtered = client.get(
        reverse("checks:statistics", args=[safety_check.code]), {"wz_section": "F"}
    ).content.decode()
    assert "Bewertungen von 2 Unternehmen – zu wenige" in filtered


def test_only_the_secretariat_sees_statistics(client_as, safety_check):
    assert (
        client_as("member").get(reverse("checks:statistics", args=[safety_check.code])).status_code
        == 403
    )


def test_the_statistics_page_runs_a_fixed_number_of_queries(
    client_as, safety_check, django_assert_max_num_queries
):
    assess(safety_check, 6)
    client = client_as("secretariat")
    with django_assert_max_num_queries(20):
        assert client.get(reverse("checks:statistics", args=[safety_check.code])).status_code == 200
