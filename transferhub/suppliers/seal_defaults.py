"""The two seals the OM awards, with their rules as they stand: the first rows of SealType.

Written by the migration that introduced seal types and again wherever a type is missing
(a flushed test database), so the rules live in the database and this file only seeds it.
"""

SEAL_TYPES = [
    {
        "code": "safety",
        "name": "OM-Zeichen Arbeitsschutz",
        "instrument_code": "OM-SGA",
        "min_measures": 10,
        "min_by_section": {},
        "exemptions": {},
        "validity_years": 2,
        "position": 1,
    },
    {
        "code": "sustainability",
        "name": "OM-Zeichen Nachhaltigkeit",
        "instrument_code": "OM-SGA",
        "min_measures": 10,
        # Built on the supply-chain act: measures on the supply chain, safety, environment.
        "min_by_section": {"supply_chain": 4, "safety": 3, "environment": 3},
        # A certified management system stands in for its section.
        "exemptions": {
            "ISO 45001": "safety",
            "ISO 14001": "environment",
            "EMAS": "environment",
            "ISO 50001": "environment",
        },
        "validity_years": 2,
        "position": 2,
    },
]


def seal_types_ensure(SealType) -> None:
    """Create the default types that are missing (existing rows keep their edited rules)."""
    for data in SEAL_TYPES:
        SealType.objects.get_or_create(code=data["code"], defaults=data)
