"""Pages for instruments, companies, assessments, action plans, reports and statistics."""

from .assessments import (  # noqa: F401
    action_plan,
    action_plan_download,
    action_plan_prefill,
    assessment_detail,
    assessment_report,
    assessment_result,
    assessment_theme,
    declaration_sign,
    measure_delete,
    measure_edit,
    survey_submit,
)
from .companies import (  # noqa: F401
    assessment_start,
    company_detail,
    company_list,
    survey_start,
)
from .instruments import (  # noqa: F401
    index,
    instrument_detail,
    instrument_statistics,
    survey_results_view,
)
