"""Interview follow-up advisor: the domain, free of any user interface.

>>> from datetime import date
>>> from advisor import parse_timeline_phrase
>>> parse_timeline_phrase(phrase="in two weeks", said_on=date(2026, 11, 2)).latest
datetime.date(2026, 11, 16)
"""

from advisor.dates import (
    DateStyle,
    country_of_locale,
    date_style,
    date_style_of_environment,
    date_style_of_locale,
    numeric_date_format,
)
from advisor.editing import FIELD_LABELS, FormOutcome, apply_form, field_errors
from advisor.interpretation import (
    Interpretation,
    Likelihood,
    Reading,
    ReadingKind,
    SignalNote,
    Statement,
    Tip,
    interpret,
)
from advisor.models import (
    MAX_APPLICATIONS,
    Application,
    CompanySize,
    Industry,
    Interviewer,
    InterviewFormat,
    Plan,
    ReadingChoice,
    Round,
    Signal,
    TimingAnswer,
)
from advisor.phrases import (
    Alternative,
    Confidence,
    PhraseError,
    PhraseKind,
    PhraseReading,
    ReadPart,
    parse_timeline_phrase,
)
from advisor.sources import Source
from advisor.windows import (
    DecisionWindow,
    WindowBasis,
    default_wait,
    expected_window,
    timing_reading,
)
from advisor.workdays import (
    add_business_days,
    business_days_between,
    is_business_day,
    supported_countries,
)

__all__ = [
    "FIELD_LABELS",
    "MAX_APPLICATIONS",
    "Alternative",
    "Application",
    "CompanySize",
    "Confidence",
    "DateStyle",
    "DecisionWindow",
    "FormOutcome",
    "Industry",
    "Interpretation",
    "InterviewFormat",
    "Interviewer",
    "Likelihood",
    "PhraseError",
    "PhraseKind",
    "PhraseReading",
    "Plan",
    "ReadPart",
    "Reading",
    "ReadingChoice",
    "ReadingKind",
    "Round",
    "Signal",
    "SignalNote",
    "Source",
    "Statement",
    "TimingAnswer",
    "Tip",
    "WindowBasis",
    "add_business_days",
    "apply_form",
    "business_days_between",
    "country_of_locale",
    "date_style",
    "date_style_of_environment",
    "date_style_of_locale",
    "default_wait",
    "expected_window",
    "field_errors",
    "interpret",
    "is_business_day",
    "numeric_date_format",
    "parse_timeline_phrase",
    "supported_countries",
    "timing_reading",
]
