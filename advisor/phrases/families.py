"""The table of phrase families: every way of naming a time that the reader knows.

Each family has a name, the pattern it matches (verbose regular expressions, on text that
`normalise` has already lower-cased, with numbers in digits), the function that turns a match into
readings, and examples: a phrase, the day it was said, the country and the last day of the window
it must give (None: no window). `tests/advisor/phrases/test_families.py` reads every example, so a
new family is added here, in one place, with its test rows beside it.

Bound words ("by", "not before", "between") and hedges ("maybe a bit after") are not part of the
families: `advisor.phrases.clauses` reads them around whatever a family matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from advisor.phrases import days, stretches
from advisor.phrases.amounts import AMOUNT
from advisor.phrases.festivals import FESTIVAL_WORDS, holiday_names_pattern
from advisor.phrases.span import Context, Span

__all__ = ["FAMILIES", "Example", "Family"]

WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_PART = r"(?:early|beginning|start|middle|mid|later|late|end|close)"
PARTS = rf"(?:(?:the\s+)?(?:very\s+)?(?P<part>{_PART[3:-1]})(?:\s+of|\s+in)?[\s-]+)?"
WHICH = r"(?:the\s+)?(?P<which>this\s+coming|this|next|the\s+following|following|coming|the)"
# "end of month", "mid-week": with a part, the "this" may be left out
WHICH_OR_PART = rf"(?:{WHICH}\s+|(?(part)|(?!)))"
# Words after an ordinal that show it counts something other than a day of the month.
_NOT_A_DAY = (
    r"round|interview|stage|step|candidate|person|choice|call|panel|meeting|time|one|place"
    r"|position|option|attempt|year|quarter|half|week|day|hour|month|draft|cut|pick|floor"
    r"|preference|priority|line|level|shortlist|century|birthday|anniversary|thing"
)

_Reader = Callable[[re.Match[str], Context], tuple[Span, ...]]
Example = tuple[str, str, str, str | None]  # phrase, said on, country, last day (or None)


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern[str]
    read: _Reader | None  # None: words about the past, never the decision
    examples: tuple[Example, ...]
    # A pattern made from the country's own calendar, when the words depend on where it is said.
    pattern_for: Callable[[str, int], re.Pattern[str]] | None = None

    def compiled(self, country: str, year: int) -> re.Pattern[str]:
        return self.pattern if self.pattern_for is None else self.pattern_for(country, year)


def _family(name: str, pattern: str, read: _Reader | None, *examples: Example) -> Family:
    # Every family starts on a word: trying only there is most of what keeps reading fast.
    compiled = re.compile(rf"(?<![a-z0-9'])(?=[a-z0-9])(?:{pattern})", re.VERBOSE | re.ASCII)
    return Family(name, compiled, read, examples)


# Earlier families win when two matches start at the same place and are as long.
FAMILIES: tuple[Family, ...] = (
    _family(
        "the past",
        rf"""(?:{AMOUNT})\s+ago
        | (?<!the\s)(?:last|this\s+past)\s+(?:week|month|year|quarter|{WD})(?!\s+of\b)
        | (?:the\s+day\s+before\s+)?yesterday
        | earlier\s+(?:today|this\s+(?:week|month|year)|in\s+the\s+week)
        | the\s+other\s+day
        | (?:for|over|in|during)\s+the\s+(?:last|past)\s+(?:{AMOUNT}|few\s+(?:days|weeks|months))
        | back\s+in\s+(?:{MON}|\d{{4}}|the\s+day)
        | since\s+(?:last\s+[a-z]+|{WD}|{MON}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th))
        """,
        None,
        ("We opened this role three weeks ago", "2026-02-10", "GB", None),
        ("we've been interviewing since January", "2026-02-10", "US", None),
    ),
    _family(
        "ISO date",
        r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b",
        days.read_iso_date,
        ("by 2026-03-06", "2026-02-10", "GB", "2026-03-06"),
    ),
    _family(
        "numeric date, in the country's order",
        r"""(?<![\d/.-])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2}))?\.?
        (?![\d/]|\.\d)(?!\s*(?:hours?|days?|weeks?|months?|%|k\b|x\b))(?<!24/7)""",
        days.read_numeric_date,
        ("by 04/03", "2026-02-10", "GB", "2026-03-04"),
        ("by 04/03", "2026-02-10", "US", "2026-04-03"),
        ("by 13/3", "2026-02-10", "US", "2026-03-13"),
        ("on 4.3.", "2026-02-10", "DE", "2026-03-04"),
    ),
    _family(
        "month then day",
        rf"""(?:on\s+)?(?:(?P<wdp>{WD}),?\s+)?(?P<mon>{MON})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b
        (?!\s*(?:[/.:]\d|hours?|days?|weeks?|months?|am\b|pm\b))(?:,?\s+(?P<y>\d{{4}})\b)?""",
        days.read_month_day,
        ("by March 6th", "2026-02-10", "US", "2026-03-06"),
        ("Dec. 5", "2026-11-18", "US", "2026-12-07"),
    ),
    _family(
        "day then month",
        rf"""(?:on\s+)?(?:(?P<wdp>{WD}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?
        (?P<mon>{MON})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?""",
        days.read_month_day,
        ("by the 6th of March", "2026-02-10", "GB", "2026-03-06"),
        ("on Friday, 6 March", "2026-02-10", "GB", "2026-03-06"),
    ),
    _family(
        "a week on a day (British)",
        rf"""(?:(?:a|1)\s+(?P<unit>week|fortnight)\s+(?:(?:on|from)\s+)?(?P<on>{WD}|today|tomorrow)
        |this\s+time\s+next\s+week)""",
        days.read_week_on,
        ("a week on Friday", "2026-02-10", "GB", "2026-02-20"),
        ("this time next week", "2026-02-10", "GB", "2026-02-17"),
    ),
    _family(
        "weekday",
        rf"""(?:(?:eod|cob|cop|close\s+of\s+(?:business|play)|end\s+of\s+(?:the\s+)?
        (?:business\s+|working\s+)?day|end\s+of\s+play)\s+(?:on\s+)?)?(?:on\s+)?
        (?:(?P<mod>next|this\s+coming|this|the\s+coming|coming|the\s+following|following)\s+)?
        (?P<wd>{WD})
        (?:\s+(?P<tail>week|fortnight|next\s+week|of\s+next\s+week|after\s+next|of\s+this\s+week
        |this\s+week|next(?!\s+(?:week|month|year|quarter))))?""",
        days.read_weekday,
        ("by Friday", "2026-02-10", "US", "2026-02-13"),
        ("we'll revert by wednesday week", "2026-02-10", "GB", "2026-02-18"),
        ("EOD Thursday", "2026-02-10", "IN", "2026-02-12"),
        ("Monday next", "2026-02-10", "GB", "2026-02-16"),
    ),
    _family(
        "day of the month",
        rf"""(?:on\s+)?(?:(?P<wdp>{WD}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b
        (?!\s+(?:of\s+)?{MON}\b)(?!\s+(?:{_NOT_A_DAY})s?\b)""",
        days.read_day_of_month,
        ("by the 20th", "2026-02-10", "GB", "2026-02-20"),
        ("by 12th", "2026-02-10", "IN", "2026-02-12"),
        ("after the 2nd round on the 20th", "2026-02-10", "GB", "2026-03-02"),
    ),
    _family(
        "today",
        rf"""(?<!at\sthe\s)(?:(?:later\s+)?today|tonight|this\s+(?:morning|afternoon|evening)
        |eod|cob|cop|close\s+of\s+(?:business|play)|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day
        |end\s+of\s+play|the\s+end\s+of\s+today)(?!\s+(?:on\s+)?(?:{WD}|tomorrow)\b)""",
        days.read_today,
        ("we will decide by EOD", "2026-02-10", "IN", "2026-02-10"),
    ),
    _family(
        "tomorrow",
        r"""(?:(?:eod|cob|cop|close\s+of\s+(?:business|play)|end\s+of\s+(?:the\s+)?
        (?:business\s+|working\s+)?day|end\s+of\s+play)\s+)?
        (?P<after>(?:the\s+)?day\s+after\s+)?tomorrow
        (?:\s+(?:morning|afternoon|evening|night|eod|cob))?""",
        days.read_tomorrow,
        ("tomorrow", "2026-02-10", "GB", "2026-02-11"),
        ("the day after tomorrow", "2026-02-13", "GB", "2026-02-16"),
    ),
    _family(
        "within an amount",
        rf"""(?:within|in\s+(?:less|under)\s+than|in\s+under|(?:in\s+|over\s+|during\s+)?the\s+
        (?:next|coming)|inside(?:\s+of)?|no\s+more\s+than|not\s+more\s+than|less\s+than|under
        |at\s+most|max(?:imum)?(?:\s+of)?|a\s+maximum\s+of|up\s+to)\s+(?:the\s+next\s+)?
        (?:about\s+|around\s+|approximately\s+)?
        (?:(?P<amt>{AMOUNT})|(?P<this>(?:the|this)\s+(?:week|month))
        |(?P<bare>(?:business\s+|working\s+)?(?:day|week|fortnight|month)))\b""",
        days.read_within,
        ("within one fortnight", "2026-02-10", "GB", "2026-02-24"),
        ("in the next 72 hours", "2026-02-10", "GB", "2026-02-13"),
        ("within 7-10 working days", "2026-02-10", "IN", "2026-02-24"),
    ),
    _family(
        "an amount after it was said",
        rf"""(?:in\s+(?:another\s+)?|another\s+|after\s+another\s+)?(?P<amt>{AMOUNT})
        (?:'s?|s')?(?:\s+time)?
        (?P<rel>\s+(?:from\s+(?:now|today|the\s+interview)|later|after\s+that|afterwards
        |after(?=\s*(?:$|[,.;!?)]))))?""",
        days.read_amount_after,
        ("in two weeks", "2026-02-10", "GB", "2026-02-24"),
        ("7-10 working days", "2026-02-10", "IN", "2026-02-24"),
        ("in a fortnight's time", "2026-02-10", "GB", "2026-02-24"),
        ("two to three weeks", "2026-02-10", "US", "2026-03-03"),
    ),
    _family(
        "soon, with no day named",
        r"""as\s+soon\s+as\s+(?:possible|we\s+can|we\s+are\s+able|we're\s+able|i\s+can)|asap
        |right\s+away|straight\s+away|promptly|(?<!as\s)(?:very\s+)?(?:soon|shortly)(?!\s+as)
        |any\s+day(?:\s+now)?|imminently|in\s+the\s+near\s+future|before\s+long
        |(?:in|over)\s+(?:the\s+)?(?:coming|next\s+few)\s+(?:days|weeks)""",
        days.read_soon,
        ("in the coming days", "2026-02-10", "GB", "2026-02-17"),
        ("ASAP", "2026-02-10", "IN", "2026-02-17"),
    ),
    _family(
        "a week or half of a month",
        rf"""(?:the\s+)?(?P<n>1st|2nd|3rd|4th|last|final)\s+(?:week|(?P<half>half))\s+(?:of|in)\s+
        (?:(?P<rel>this|next|the)\s+month|(?P<mon>{MON})(?:\s+(?P<y>\d{{4}}))?)""",
        stretches.read_week_of_month,
        ("the first week of April", "2026-02-10", "GB", "2026-04-07"),
        ("the second half of March", "2026-02-10", "GB", "2026-03-31"),
    ),
    _family(
        "the week that starts on a date",
        rf"""(?:week\s+(?:commencing|beginning|starting)|w/c|the\s+week\s+of)\s+(?:{WD}\s+)?
        (?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<mon>{MON}))?\b""",
        stretches.read_week_commencing,
        ("w/c 16th March", "2026-02-10", "GB", "2026-03-20"),
    ),
    _family(
        "week",
        rf"""{PARTS}{WHICH_OR_PART}week(?P<after>\s+after\s+next)?(?!\s+(?:of|on|commencing)\b)
        |(?P<eow>eow|week'?s\s+end)
        |(?P<weekend>(?:the|this|next)\s+weekend)""",
        stretches.read_week,
        ("by the end of next week", "2026-11-25", "US", "2026-12-04"),
        ("by EOW", "2026-02-10", "IN", "2026-02-13"),
        ("the week after next", "2026-02-10", "GB", "2026-02-27"),
    ),
    _family(
        "month",
        rf"""{PARTS}{WHICH_OR_PART}month(?!\s+(?:of|after)\b)|(?P<eom>eom|month[\s-]?end)""",
        stretches.read_month,
        ("by the end of the month", "2026-02-10", "GB", "2026-02-27"),
        ("early next month", "2026-02-10", "GB", "2026-03-10"),
        ("by month-end", "2026-02-10", "IN", "2026-02-27"),
    ),
    _family(
        "named month",
        rf"""{PARTS}(?:the\s+month\s+of\s+)?(?P<mon>{MON})\b(?:,?\s+(?P<y>\d{{4}})\b)?""",
        stretches.read_named_month,
        ("mid-March", "2026-02-10", "GB", "2026-03-20"),
        ("end of May", "2026-02-10", "GB", "2026-05-29"),
    ),
    _family(
        "quarter",
        rf"""{PARTS}(?:{WHICH_OR_PART}quarter(?!\s+of)|(?P<q>q[1-4])(?:\s+(?:of\s+)?(?P<qy>\d{{4}}
        |next\s+year|this\s+year))?|(?:the\s+)?(?P<n>1st|2nd|3rd|4th|last|final)\s+quarter
        (?:\s+of\s+(?P<ny>(?:this|next|the)\s+year|\d{{4}}))?)
        |(?P<qe>quarter[\s-]?end|eoq)""",
        stretches.read_quarter,
        ("by the end of Q1", "2026-02-10", "GB", "2026-03-31"),
        ("next quarter", "2026-02-10", "US", "2026-06-30"),
    ),
    _family(
        "financial year",
        r"""(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?(?:this\s+)?(?:financial|fiscal)\s+year
        (?:[\s-]?end)?|fy[\s-]?end|eofy""",
        stretches.read_financial_year,
        ("before the end of the financial year", "2026-02-10", "IN", "2026-03-30"),
    ),
    _family(
        "year",
        rf"""{PARTS}{WHICH_OR_PART}year(?!\s+(?:of|ago)\b)|(?P<ye>year[\s-]?end|eoy)""",
        stretches.read_year,
        ("by the end of the year", "2026-02-10", "GB", "2026-12-31"),
    ),
    _family(
        "the new year",
        r"""(?:in|early\s+in|at\s+the\s+(?:start|beginning)\s+of|(?:the\s+)?(?:start|beginning)
        \s+of)\s+the\s+new\s+year|early\s+(?:in\s+)?the\s+new\s+year
        |(?P<back>(?:the\s+)?1st\s+(?:full\s+)?week\s+back\s+(?:in\s+(?:january|jan|the\s+new
        \s+year)|after\s+(?:the\s+)?(?:(?P<loose>break|holidays)|christmas|new\s+year)))""",
        stretches.read_new_year,
        ("in the new year", "2026-12-20", "US", "2027-01-15"),
        ("we'll be in touch the first week back in January", "2026-12-23", "AU", "2027-01-08"),
    ),
    _family(
        "public holiday or festival by name",
        rf"""(?:the\s+)?(?P<fest>{FESTIVAL_WORDS})\b
        |the\s+(?:holidays|hols|holiday\s+break|winter\s+break|year[\s-]end\s+break)""",
        stretches.read_festival,
        ("before Easter", "2026-02-10", "GB", "2026-04-02"),
        ("after Diwali", "2026-10-20", "IN", "2026-11-20"),
        ("by Thanksgiving", "2026-11-02", "US", "2026-11-25"),
    ),
    Family(
        "public holiday by its name in the country's calendar",
        re.compile("(?!)"),
        stretches.read_named_holiday,
        (
            ("The decision will come before Matariki", "2026-06-29", "NZ", "2026-07-09"),
            ("after Waitangi Day", "2026-01-20", "NZ", "2026-02-16"),
        ),
        holiday_names_pattern,
    ),
    _family(
        "the week after (a day named before)",
        r"""(?:the\s+)?(?:(?P<following>following)\s+)?(?P<unit>day|week|month)
        (?(following)|\s+after(?:\s+that)?(?!\s+next)(?!\s+(?:the|tomorrow)\b))""",
        stretches.read_relative_stretch,
        ("away until the 9th; expect news the week after", "2026-02-10", "GB", "2026-03-20"),
    ),
    _family(
        "then (the day named before)",
        r"""(?:by\s+)?(?:then|that\s+day|that\s+date|at\s+that\s+point)(?=\s*(?:$|[,.;!?)]|too\b))""",
        days.read_then,
        (
            "The panel meets next Friday, so you'll hear from us then",
            "2026-04-15",
            "AU",
            "2026-04-24",
        ),
    ),
    _family(
        "after that",
        r"""after\s+(?:that|which|then)|afterwards|thereafter|following\s+that
        |(?:once|when)\s+(?:she|he|they|the\s+[a-z]+)\s*(?:is|are|'s|'re|gets?|comes?|returns?)
        \s+back|(?:once|when)\s+(?:she|he|they)\s+returns?""",
        stretches.read_after_that,
        ("she is travelling until the 3rd, so after that", "2026-02-10", "GB", "2026-03-11"),
    ),
)
