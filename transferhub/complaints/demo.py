"""Demo data of the complaint procedure: a handler, the demo company's adoption, one case.

All names invented. The case is anonymous; its code and password are printed nowhere,
so the demo shows it from the handler's side (login "beschwerde").
"""

from django.contrib.auth.models import User

from transferhub.network.models import Person
from transferhub.suppliers.models import Supplier

from . import services
from .models import Case, CompanyProcedure, ComplaintHandler

DEMO_LOGINS = [("beschwerde", "Hanna", "Hinweis", "bearbeitet Beschwerden (§ 8 LkSG)")]


def demo_complaints(ctx: dict) -> None:
    supplier = Supplier.objects.filter(name="Muster Metall GmbH").first()
    if supplier is None:
        return
    username, given, family, _what = DEMO_LOGINS[0]
    user = User.objects.create_user(
        username, password=ctx["password"], first_name=given, last_name=family
    )
    Person.objects.create(
        given_name=given, family_name=family, user=user, email=f"{username}@example.org"
    )
    office = ctx.get("office_user")
    handler = services.handler_appoint(user=user, impartial=True, confidential=True, actor=office)
    company_user = supplier.company.staff.first() if supplier.company_id else None
    services.procedure_adopt(
        supplier=supplier,
        addition="Hinweise nehmen wir auch auf Englisch und Polnisch an.",
        actor=company_user,
    )
    case, _password = services.case_file(
        supplier=supplier,
        risk="safety",
        description=(
            "In Halle 2 ist der Fluchtweg seit Wochen mit Paletten zugestellt; bei der "
            "Nachtschicht fehlt oft die zweite Ersthelferin."
        ),
    )
    services.handler_message(
        case=case,
        handler=handler,
        text="Danke für Ihren Hinweis. Seit wann genau ist der Fluchtweg zugestellt?",
    )


def demo_reset() -> None:
    Case.objects.all().delete()
    CompanyProcedure.objects.all().delete()
    ComplaintHandler.objects.all().delete()
