"""Pages of the supplier database: search, profiles, seals, verification, LkSG."""

from .certificates import (  # noqa: F401
    certificate_delete,
    certificate_file,
    certificates,
)
from .directory import (  # noqa: F401
    search,
    search_csv,
)
from .lksg import (  # noqa: F401
    evidence,
    evidence_delete,
    lksg,
    request_answer,
    request_create,
    request_detail,
    request_summary,
    risk,
)
from .profiles import (  # noqa: F401
    consultant,
    detail,
    edit,
    mine,
    register,
)
from .seals import (  # noqa: F401
    application_detail,
    applications,
    apply,
    certificate,
    invoice_action,
    invoice_pdf,
    invoice_xml,
    qr,
    renewal_start,
    resubmit,
    review,
    revoke,
    verify,
    verify_form,
)
from .sharing import (  # noqa: F401
    share_redeem,
    shared_document,
    shared_profile,
    shares,
)
