def test_a_consultant_sees_companies_open_applications_and_seals(
    client_for, consultant, application
):
    page = client_for(consultant.user).get("/lieferanten/beratung/").content.decode()
    assert "Muster Metall GmbH" in page
    assert "OM-Zeichen Arbeitsschutz" in page
    follow = client_for(consultant.user).get(f"/lieferanten/antraege/{application.pk}/")
    assert follow.status_code == 200


def test_people_who_consult_nobody_are_refused(client_as):
    assert client_as("member").get("/lieferanten/beratung/").status_code == 403


def test_my_page_lists_profiles_and_requests(client_for, supplier, company_user, purchaser):
    assert (
        "Muster Metall GmbH" in client_for(company_user).get("/lieferanten/meine/").content.decode()
    )
    assert client_for(purchaser.user).get("/lieferanten/meine/").status_code == 200
