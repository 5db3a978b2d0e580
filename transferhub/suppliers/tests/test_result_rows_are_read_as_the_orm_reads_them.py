"""The result page reads its suppliers and their seals with SQL built once (lib.db.rows_by_ids):
the same values, dates and times as the ORM's queries, for any number of ids."""

import datetime as dt

from django.utils import timezone

from transferhub.lib import db
from transferhub.suppliers.models import Seal, Supplier
from transferhub.suppliers.views.directory import (
    RESULT_FIELDS,
    SEAL_FIELDS,
    _result_suppliers,
    _seals_of,
)


def _seal(supplier, number, *, kind="safety", revoked=False):
    return Seal.objects.create(
        supplier=supplier,
        kind=kind,
        year=2025,
        sequence=number,
        number=f"OM-AS-2025-{number:05d}",
        granted_at=timezone.now(),
        valid_until=timezone.localdate() + dt.timedelta(days=number),
        revoked_at=timezone.now() - dt.timedelta(hours=number) if revoked else None,
    )


def test_rows_and_seals_are_those_of_the_orm(add_supplier):
    suppliers = [add_supplier(f"Schulz {i} GmbH", "Drehteile") for i in range(4)]
    suppliers[0].lksg_declared_on = dt.date(2024, 2, 29)
    suppliers[0].save()
    for i, supplier in enumerate(suppliers[:3]):
        _seal(supplier, 10 + i, kind="sustainability")
        _seal(supplier, 20 + i, revoked=bool(i % 2))
    ids = [s.pk for s in reversed(suppliers)] + [10**9]
    db._STATEMENTS.clear()
    for _ in range(2):  # built, then from the stored SQL
        rows = _result_suppliers(ids)
        orm = {
            r.pk: r
            for r in Supplier.objects.filter(pk__in=ids).values_list(*RESULT_FIELDS, named=True)
        }
        assert rows == [orm[pk] for pk in ids if pk in orm]
        assert rows[-1].lksg_declared_on == dt.date(2024, 2, 29)
        assert rows[0].name == suppliers[-1].name  # as named tuples, in the order of ids
        seals = _seals_of(ids)
        expected = Seal.objects.filter(supplier_id__in=ids).only(*SEAL_FIELDS).order_by("kind")
        assert [
            (s.pk, s.supplier_id, s.kind, s.valid_until, s.revoked_at)
            for pk in ids
            for s in seals.get(pk, [])
        ] == [
            (s.pk, s.supplier_id, s.kind, s.valid_until, s.revoked_at)
            for pk in ids
            for s in expected
            if s.supplier_id == pk
        ]
    revoked = [s for group in seals.values() for s in group if s.revoked_at]
    assert revoked and all(s.revoked_at.tzinfo is not None for s in revoked)


def test_no_ids_and_repeated_ids_are_read_as_the_orm_reads_them(add_supplier):
    supplier = add_supplier("Schulz GmbH", "Drehteile")
    assert _result_suppliers([]) == []
    assert [r.pk for r in _result_suppliers([supplier.pk, supplier.pk])] == [supplier.pk] * 2
    assert _seals_of([]) == {}
