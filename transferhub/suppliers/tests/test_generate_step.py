import random

from transferhub.lib.generate import registered_steps
from transferhub.suppliers.generate import generate_suppliers
from transferhub.suppliers.models import Seal, Supplier


def test_the_generator_has_a_supplier_step_of_100000_at_scale_1():
    step = next(s for s in registered_steps() if s.name == "suppliers")
    assert step.base_count == 100_000


def test_generated_suppliers_are_searchable(db, client):
    assert generate_suppliers(300, random.Random(5)) == 300
    supplier = Supplier.objects.order_by("pk").first()
    assert supplier.postcode_area == supplier.postcode[:2]
    assert supplier.wz_section and supplier.search_all
    assert Seal.objects.filter(supplier__in=Supplier.objects.all()).exists()
    response = client.get("/lieferanten/", {"state": supplier.federal_state, "sort": "name"})
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count >= 1
