"""Where every piece of advice comes from: the five source articles and the published figures."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Source"]


class Source(StrEnum):
    """A citable origin. The value is the short label shown beside a statement."""

    ASK_WHEN = "A"
    ASK_OFFER = "B"
    FOLLOW_UP_SERIES = "C"
    WHEN_TO_FOLLOW_UP = "D"
    WE_WILL_BE_IN_TOUCH = "E"
    GLASSDOOR_2017 = "Glassdoor 2017"
    GLASSDOOR_2015 = "Glassdoor 2015"
    DHI_JOLTS_2017 = "DHI/JOLTS 2017"
    INDEED = "Indeed"
    CANDIDATE_SO = "candidate.so"
    ACCOUNTEMPS_2017 = "Accountemps 2017"
    ONTARIO_2026 = "Ontario ESA 2026"
    GREENHOUSE = "Greenhouse"
    NACE = "NACE"
    ROBERT_HALF_2019 = "Robert Half 2019"
    # The app's own judgement: an amount or reading no source states, built on those that do.
    OUR_READING = "our reading"

    @property
    def title(self) -> str:  # type: ignore[override]  # str.title is not meaningful for a source
        return _TITLES[self]

    @property
    def citation(self) -> str:
        """A one-line reference a reader can look up."""
        if self.is_article:
            return f"[{self.value}] “{self.title}”"
        return self.title

    @property
    def is_article(self) -> bool:
        return len(self.value) == 1


_TITLES: dict[Source, str] = {
    Source.ASK_WHEN: "When will you be back in touch with me?",
    Source.ASK_OFFER: "When do you expect to make an offer?",
    Source.FOLLOW_UP_SERIES: "Job Search Series - Nailing the Interview - Part 11 - Follow Up",
    Source.WHEN_TO_FOLLOW_UP: "When to Follow Up After the Interview",
    Source.WE_WILL_BE_IN_TOUCH: "Interpreting 'We Will Be in Touch' After a Job Interview",
    Source.GLASSDOOR_2017: "Glassdoor, 2017 study of about 84,000 US interview reviews",
    Source.GLASSDOOR_2015: "Glassdoor, 2015 study of added time per interview step",
    Source.DHI_JOLTS_2017: "DHI Hiring Indicators from JOLTS data, 2017",
    Source.INDEED: "Indeed career guide on following up",
    Source.CANDIDATE_SO: "candidate.so guide on follow-up timing",
    Source.ACCOUNTEMPS_2017: "Accountemps survey of HR managers, 2017",
    Source.ONTARIO_2026: "Ontario Employment Standards Act, in force 2026-01-01",
    Source.GREENHOUSE: "Greenhouse candidate surveys (reported by HR Brew; UK survey 2024)",
    Source.NACE: "NACE guidance on offer deadlines (via Seton Hall University)",
    Source.ROBERT_HALF_2019: "Robert Half survey of workers, 2019",
    Source.OUR_READING: "The app's own reading of its sources: a judgement, not a published figure",
}
