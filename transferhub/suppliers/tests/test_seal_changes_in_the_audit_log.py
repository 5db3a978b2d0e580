from django.urls import reverse

from transferhub.suppliers import services


def test_granting_and_revoking_a_seal_appear_in_the_audit_log(seal, people, client_as):
    services.seal_revoke(seal=seal, reason="Verstoß", actor=people["secretariat"].user)
    response = client_as("secretariat").get(reverse("lib:audit_log"), {"kind": "seals"})
    rows = {r["entry"].action: r for r in response.context["rows"]}
    assert {"suppliers.seal.granted", "suppliers.seal.revoked"} <= set(rows)
    assert rows["suppliers.seal.revoked"]["url"] == reverse("suppliers:verify", args=[seal.number])
    text = response.content.decode()
    assert "Siegel widerrufen" in text and "reason: Verstoß" in text
    assert "Theresa Joerißen" in text
