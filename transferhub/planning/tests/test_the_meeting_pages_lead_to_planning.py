"""The meeting pages lead to planning: "Neue Sitzung" offers the plan, a planned meeting
offers "Themen vorschlagen"."""


def test_new_meeting_offers_planning_the_next_meeting_from_the_template(client_as, ag_transfer):
    page = client_as("chair").get("/sitzungen/neu/").content.decode()
    assert f"/planung/gremien/{ag_transfer.pk}/naechste-sitzung/" in page
    assert "Nächste Sitzung von AG Transfer planen" in page


def test_a_planned_meeting_offers_members_to_propose_items(client_as, upcoming, seed_meeting):
    page = client_as("member").get(upcoming.get_absolute_url()).content.decode()
    assert f"/planung/sitzungen/{upcoming.pk}/vorschlaege/" in page
    # A meeting that was held takes no proposals and offers none.
    page = client_as("member").get(seed_meeting.get_absolute_url()).content.decode()
    assert "Themen vorschlagen" not in page
