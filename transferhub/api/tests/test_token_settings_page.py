"""People create, see once, and revoke their API tokens; the feed URL is reset there too."""

import hashlib

from transferhub.api.models import ApiToken, CalendarFeed


def test_the_page_needs_a_login(client):
    response = client.get("/api/tokens/")
    assert response.status_code == 302
    assert "/anmelden/" in response["Location"]


def test_a_new_token_is_shown_once_and_stored_hashed(client_as, people):
    client = client_as("member")
    response = client.post("/api/tokens/", {"name": "CRM", "scope": "read"})
    assert response.status_code == 200
    secret = response.context["new_secret"]
    assert secret.startswith("th_")
    assert secret in response.content.decode()
    token = ApiToken.objects.get()
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in (token.prefix + token.digest + token.name)
    assert secret.startswith(token.prefix)
    again = client.get("/api/tokens/")
    assert secret not in again.content.decode()
    assert token.prefix in again.content.decode()
    assert response["Cache-Control"] == "no-store"


def test_the_token_works_until_it_is_revoked(client_as, people, draft_meeting):
    client = client_as("member")
    secret = client.post("/api/tokens/", {"name": "CRM", "scope": "read"}).context["new_secret"]
    token = ApiToken.objects.get()
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    response = client.post(f"/api/tokens/{token.pk}/widerrufen/")
    assert response.status_code == 302
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_nobody_revokes_another_persons_token(client_as, token_for, people):
    token_for("chair")
    token = ApiToken.objects.get()
    response = client_as("member").post(f"/api/tokens/{token.pk}/widerrufen/")
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked is None


def test_a_token_needs_a_name(client_as, people):
    response = client_as("member").post("/api/tokens/", {"name": "", "scope": "read"})
    assert response.status_code == 200
    assert response.context["form"].errors["name"]
    assert not ApiToken.objects.exists()


def test_the_calendar_url_is_made_and_reset_on_the_page(client_as, people):
    client = client_as("member")
    client.post("/api/tokens/kalender/neu/")
    first = CalendarFeed.objects.get(person=people["member"]).key
    assert first in client.get("/api/tokens/").content.decode()
    client.post("/api/tokens/kalender/neu/")
    assert CalendarFeed.objects.get(person=people["member"]).key != first


def test_the_api_docs_page_lists_the_operations_without_a_cdn(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/v1/meetings/{meeting_id}" in html
    assert "/api/v1/tasks/{task_id}/done" in html
    assert "cdn" not in html.lower()
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert "bearer" in str(schema["components"]["securitySchemes"]).lower()
