"""The organiser's participant list (formula-safe), the check-in on the day, the certificate."""

import csv
import io

from openpyxl import load_workbook
from pypdf import PdfReader

from transferhub.events.models import Registration


def test_the_participant_list_is_formula_safe_in_csv_and_xlsx(client, event, register):
    register(event, '=HYPERLINK("https://evil.example";"x")', "evil@example.org")
    client.force_login(event.network.coordinator.user)
    base = f"/veranstaltungen/verwaltung/{event.pk}/teilnehmende"
    rows = list(
        csv.reader(
            io.StringIO(client.get(f"{base}.csv").content.decode("utf-8-sig")), delimiter=";"
        )
    )
    assert rows[1][0].startswith("'=")
    sheet = load_workbook(io.BytesIO(client.get(f"{base}.xlsx").content)).active
    cell = sheet.cell(row=2, column=1)
    assert cell.data_type == "s" and cell.quotePrefix


def test_the_organiser_checks_a_participant_in_and_the_certificate_names_them(
    client, event, register
):
    register(event, "Anna Arbeit", "anna@example.org")
    registration = Registration.objects.get()
    client.force_login(event.network.coordinator.user)
    page = client.get(f"/veranstaltungen/verwaltung/{event.pk}/einlass/?q=arbeit")
    assert "Anna Arbeit" in page.content.decode()
    certificate = f"/veranstaltungen/verwaltung/anmeldungen/{registration.pk}/bescheinigung/"
    assert client.get(certificate).status_code == 404  # not there yet
    client.post(
        f"/veranstaltungen/verwaltung/{event.pk}/einlass/",
        {"registration": registration.pk, "present": "1"},
    )
    response = client.get(certificate)
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Anna Arbeit" in text and "Netzwerktreffen" in text


def test_another_networks_coordinator_cannot_see_the_participants(client, event, register):
    from conftest import make_person
    from transferhub.network.models import Network

    other = Network.objects.create(name="OM Saar", slug="om-saar")
    stranger = make_person("Sven", "Saar", username="saar")
    other.coordinators.add(stranger)
    client.force_login(stranger.user)
    assert client.get(f"/veranstaltungen/verwaltung/{event.pk}/teilnehmende/").status_code == 403
    assert client.get(f"/veranstaltungen/verwaltung/{event.pk}/teilnehmende.csv").status_code == 403
