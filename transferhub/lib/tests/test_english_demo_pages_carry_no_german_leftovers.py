"""In English the demo meeting page, a check page and the minutes carry no German leftovers.

Leftovers fixed here: the break row ("Pause"), times written "10:00 h", the approval stored
as German text on a minutes version, "cancelled" for a person who declined, and the check's
own texts (themes, points, answer scale). The wording of the approval sentences and of
"declined" (context "attendance") comes from the English catalogues.
"""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from transferhub.checks.models import SAFETY_CHECK_CODE, Assessment

pytestmark = pytest.mark.django_db


def english(client, username, url):
    client.force_login(User.objects.get(username=username))
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    return html


def test_the_demo_meeting_page_has_an_english_break_row_and_bare_times(client, demo):
    html = english(client, "geschaeftsstelle", reverse("meetings:detail", args=[demo.pk]))
    assert "09:00–13:00</dd>" in html
    assert ">Break</th>" in html or ">Break\n" in html or "Break</" in html
    for german in (" h</dd>", " h</a>", "Uhr<", ">Pause<", "Pause</th>"):
        assert german not in html, german


def test_the_minutes_version_states_its_approval_and_times_in_english(client, demo):
    html = english(client, "geschaeftsstelle", reverse("meetings:version", args=[demo.pk, 1]))
    assert "Frozen on" in html and "Time</dt><dd>09:00–13:00</dd>" in html
    assert "Approved after review by the body at its meeting of 24.11.2022." in html
    # The minutes' own text is German and may say "Uhr"; the page's own words may not.
    for german in ("Nach Prüfung genehmigt", "Uhr ·", "Uhr</dd>", "Pause<", " h<", " h ·"):
        assert german not in html, german
    listing = english(client, "geschaeftsstelle", reverse("meetings:versions", args=[demo.pk]))
    assert "Approved after review by the body" in listing
    assert "Nach Prüfung genehmigt" not in listing


def test_a_declined_invitation_reads_declined_not_cancelled(client, demo):
    html = english(client, "geschaeftsstelle", reverse("invitations:preview", args=[demo.pk]))
    assert "declined" in html
    assert "cancelled" not in html.lower().replace("meeting is cancelled", "")


def test_the_demo_check_page_speaks_english(client, demo):
    assessment = Assessment.objects.get(
        company__staff__username="betrieb", version__instrument__code=SAFETY_CHECK_CODE
    )
    html = english(client, "betrieb", reverse("checks:theme", args=[assessment.pk, 2]))
    assert "Theme 2 of 6: Risk assessment" in html
    assert "A risk assessment exists for every activity" in html
    assert "green: no action needed" in html and "red: urgent action needed" in html
    # Link titles name German publications and stay as they are.
    for german in ("Für alle Tätigkeiten", "Herzstück", "Handlungsbedarf", "nicht relevant"):
        assert german not in html, german


def test_the_version_history_names_the_break_in_english(client, demo):
    html = english(client, "geschaeftsstelle", reverse("meetings:versions", args=[demo.pk]))
    assert ">Break</option>" in html and ">Break</th>" in html
    assert "Pause<" not in html
