"""Full text and filters combine: each narrows what the others found."""

import datetime as dt

from django.utils import timezone

from transferhub.suppliers.models import Seal


def _seal(supplier, number, *, days_left=365, revoked=False):
    now = timezone.now()
    return Seal.objects.create(
        supplier=supplier,
        kind="safety",
        year=2025,
        sequence=number,
        number=f"OM-AS-2025-{number:05d}",
        granted_at=now,
        valid_until=timezone.localdate() + dt.timedelta(days=days_left),
        revoked_at=now if revoked else None,
    )


def test_full_text_and_three_filters_narrow_together(add_supplier, find):
    hit = add_supplier("Schulz Metallbau GmbH", "Blechbearbeitung", size_class="small")
    _seal(hit, 1)
    expired = add_supplier("Schulz Blechtechnik KG", "Blech", size_class="small")
    _seal(expired, 2, days_left=-1)
    add_supplier("Schulz Bleche OHG", "Blech", size_class="medium")
    add_supplier("Schulz Blech Bayern GmbH", "Blech", federal_state="BY", postcode="80331")
    filters = {"state": "NW", "size": "small", "seal_status": "valid"}
    assert find("blech", **filters) == {"Schulz Metallbau GmbH"}
    assert find("blech", **{**filters, "seal_status": "expired"}) == {"Schulz Blechtechnik KG"}
    assert find("blech", state="BY") == {"Schulz Blech Bayern GmbH"}
    assert find("blech", plz="8") == {"Schulz Blech Bayern GmbH"}
    assert find("holz", **filters) == set()


def test_industry_and_lksg_filters_combine_with_text(add_supplier, find):
    declared = add_supplier("Schulz Logistik GmbH", "Transport und Logistik", wz_code="49.41")
    declared.lksg_declared_on = timezone.localdate()
    declared.save()
    add_supplier("Schulz Spedition KG", "Transport und Logistik", wz_code="52.10")
    assert find("logistik", industry="H") == {"Schulz Logistik GmbH", "Schulz Spedition KG"}
    assert find("logistik", industry="49") == {"Schulz Logistik GmbH"}
    assert find("transport", lksg=True) == {"Schulz Logistik GmbH"}
    assert find("transport", industry="C") == set()


def test_results_stay_sorted_by_name_with_full_text(add_supplier, find, client):
    for name in ("Zander Blech KG", "Adler Blech GmbH", "Meier Blech AG"):
        add_supplier(name, "Blech")
    page = client.get("/lieferanten/", {"q": "blech", "sort": "name"})
    assert [s.name for s in page.context["suppliers"]] == [
        "Adler Blech GmbH",
        "Meier Blech AG",
        "Zander Blech KG",
    ]
    page = client.get("/lieferanten/", {"q": "blech", "sort": "-name"})
    assert page.context["suppliers"][0].name == "Zander Blech KG"
