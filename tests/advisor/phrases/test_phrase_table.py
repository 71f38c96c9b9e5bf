"""What interviewers and recruiters really say, and the window each answer must give.

Each row: the words, the day they were said, the country, the accepted range for the window's
last day (or none), and why. Groups follow the reader's rules: the decision and not the small talk;
both bounds; the vocabulary people use; non-answers; never a confident wrong date; and answers given
on Fridays, at month and year ends and before public holidays.

Calendar notes for the default day, Tuesday 10 February 2026 (GB): Friday is the 13th, next week
runs 16-20 February, the month ends on Saturday the 28th (so Friday the 27th), Good Friday is
3 April.
"""

from __future__ import annotations

from datetime import date

import pytest

from advisor.phrases import Confidence, PhraseKind, parse_timeline_phrase

TUE = "2026-02-10"
LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH
NONE, UNRECOGNISED = PhraseKind.NO_TIMELINE, PhraseKind.UNRECOGNISED


def row(
    phrase: str, latest: str, why: str, *, said: str = TUE, country: str = "GB", to: str = ""
) -> object:
    """The window's last day must fall between `latest` and `to` (or be `latest`)."""
    return pytest.param(phrase, said, country, latest, to or latest, why, id=f"{phrase} @{said}")


def none(phrase: str, why: str, *, said: str = TUE, country: str = "GB") -> object:
    return pytest.param(phrase, said, country, None, None, why, id=f"{phrase} @{said}")


def _check(phrase: str, said: str, country: str, low: str | None, high: str | None) -> None:
    reading = parse_timeline_phrase(
        phrase=phrase, said_on=date.fromisoformat(said), country=country
    )
    if low is None or high is None:
        assert reading.latest is None, reading.explanation
        return
    assert reading.latest is not None, reading.explanation
    assert date.fromisoformat(low) <= reading.latest <= date.fromisoformat(high), (
        reading.explanation
    )


# --- 1. The statement about the decision, not the small talk ----------------------------------

DECISION_NOT_SMALL_TALK = [
    row("Great to meet you this morning - we'll make a decision within three weeks", "2026-03-03",
        "the morning is the interview; three weeks from Tue 10 Feb is Tue 3 Mar"),
    row("We're interviewing two more people on Monday and will decide by the end of the month",
        "2026-02-27", "Monday's interviews set the first day only; February ends on a Saturday"),
    row("Thanks for coming in today, we'll let you know by Friday", "2026-02-13",
        "today is the interview; the coming Friday"),
    row("Lovely chatting this afternoon! You'll hear from us next week", "2026-02-20",
        "next week ends on Friday 20 February"),
    row("Thanks so much for your time today. We'll be in touch within two weeks", "2026-02-24",
        "two weeks from Tuesday"),
    row("It was great to meet you today and we should have an answer by the 20th", "2026-02-20",
        "the next 20th is a Friday"),
    row("We have candidates in through Thursday, then we'll decide early next week", "2026-02-17",
        "interviews end Thursday; early next week is Monday and Tuesday"),
    row("We're seeing three more people this week and hope to decide next Wednesday",
        "2026-02-18", "next week's Wednesday, perhaps two business days more for the hope",
        to="2026-02-20"),
    row("One more panel on Monday, so a decision by Wednesday", "2026-02-18",
        "the Wednesday after Monday's panel, not tomorrow"),
    row("Good to meet you today. Offers usually go out within 10 working days", "2026-02-24",
        "ten working days from Tuesday"),
    row("We met a lot of people today; we'll come back to you by Thursday", "2026-02-12",
        "the coming Thursday"),
    row("Sorry we ran over this morning. Expect feedback in the next few days", "2026-02-17",
        "a few days: up to five working days"),
    row("Thanks for interviewing today - the hiring manager will make a call by next Friday",
        "2026-02-13", "next Friday said on a Tuesday: this week's or next week's",
        to="2026-02-20"),
    row("Today went really well. Decision by EOW.", "2026-02-13", "end of this week"),
    row("We'll wrap up interviews on the 18th and make a decision the following week",
        "2026-02-27", "the week after the 18th runs 23-27 February"),
    row("We've got a final candidate coming in tomorrow, so we should know by Monday",
        "2026-02-16", "the Monday after tomorrow's interview"),
    row("We're still interviewing this week and next; you'll hear by the end of the month",
        "2026-02-27", "interviews end with next week; the month ends on the 27th"),
    row("Thank you for today! We aim to get back to everyone by Friday 20th", "2026-02-20",
        "Friday the 20th, with two business days for an aim", to="2026-02-24"),
    row("Great meeting you this morning. We'll get back to you within a week", "2026-11-25",
        "a week from Wednesday 18 November", said="2026-11-18", country="US"),
    row("Thanks for coming in! We're talking to two more candidates on Monday and hope to "
        "decide by Thanksgiving", "2026-11-25", "the day before Thanksgiving, plus the hope",
        said="2026-11-18", country="US", to="2026-11-30"),
    row("Nice talking to you today, HR will revert by EOD Wednesday", "2026-10-07",
        "Indian English: revert means reply", said="2026-10-05", country="IN"),
    row("It was a pleasure. We have two more rounds this week, final decision by 15th",
        "2026-10-15", "the 15th after this week's rounds", said="2026-10-05", country="IN"),
    row("Merry Christmas! We'll be in touch within three working days", "2026-12-30",
        "a greeting, not a deadline: 24, 29 and 30 December", said="2026-12-23"),
    row("Good to finally meet in person! Heads up, I'm on leave next week, so it'll be the week "
        "after", "2026-08-28", "the week after next week", said="2026-08-14", country="AU"),
    row("Appreciate you coming in on a Friday. Expect an email early next week", "2026-02-17",
        "early next week after a Friday interview", said="2026-02-13"),
    row("Welcome back from your holiday! We will decide by the 27th", "2026-02-27",
        "the greeting names no day", said="2026-02-16"),
    row("The role starts on 1 March, but we'll decide on candidates by Friday", "2026-01-30",
        "the start date caps it; Friday is the decision", said="2026-01-27"),
    row("If we make an offer we'd need your answer within a week, but we'll decide by Wednesday",
        "2026-03-25", "the week is the candidate's reply; Wednesday is theirs", said="2026-03-23",
        country="AU"),
    row("We'll get back to you on Tuesday, Monday's a bank holiday.", "2026-09-01",
        "the bank holiday explains the day, it is no deadline", said="2026-08-28"),
    row("We'll have a few more details by Friday", "2026-02-13",
        "a few more details are not a few more interviews"),
    row("Happy Thanksgiving! We'll have news for you the week after.", "2026-12-04",
        "a greeting, but the week after counts from it: 30 Nov-4 Dec", said="2026-11-25",
        country="US"),
]  # fmt: skip

# --- 2. Both bounds: the first day and the last --------------------------------------------------

BOTH_BOUNDS = [
    row("Nothing will happen before the 20th", "2026-02-27",
        "not before Friday 20th; a working week after it is our allowance"),
    row("Our director is away until the 9th; expect news the week after", "2026-03-20",
        "the next 9th is Monday 9 March; the week after runs 16-20 March"),
    row("We'll revert by Wednesday week", "2026-02-18", "a week after the coming Wednesday"),
    row("not before the 20th, but definitely by the end of the month", "2026-02-27",
        "both bounds given"),
    row("She is travelling until the 3rd, so after that", "2026-03-11",
        "from Wednesday 4 March, a working week"),
    row("between the 16th and the 20th", "2026-02-20", "both ends named"),
    row("between Monday and Wednesday", "2026-02-18", "Monday 16 to Wednesday 18"),
    row("7-10 working days", "2026-02-24", "ten working days from Tuesday"),
    row("two to three weeks", "2026-03-03", "three weeks from Tuesday"),
    row("no later than the 20th", "2026-02-20", "a firm deadline"),
    row("Results will be communicated on or before 21st May.", "2027-05-21",
        "on or before includes the day itself", said="2027-05-14", country="IN"),
    row("not until after Easter", "2026-04-14",
        "Easter Monday 6 April; from Tuesday 7 April, a working week"),
    row("from the 23rd onwards", "2026-03-02", "Monday 23rd and a working week"),
    row("at the earliest the end of next week", "2026-02-26",
        "not before Thursday 19th; a working week after it"),
    row("the end of next week at the earliest", "2026-02-26", "the same, said the other way"),
    row("by Friday, Monday at the latest", "2026-02-16", "the latest day is Monday"),
    row("Thursday or Friday", "2026-02-13", "either day"),
    row("sometime between mid-March and early April", "2026-04-10",
        "early April ends on Friday the 10th"),
    row("from Monday to Wednesday next week", "2026-02-18", "Monday 16 to Wednesday 18"),
    row("somewhere between one and two weeks", "2026-02-24", "two weeks from Tuesday"),
    row("it won't be before March", "2026-03-31", "from March: the month is the window"),
    row("We can't decide until the board meets on the 26th", "2026-02-26",
        "the board's day; perhaps a few days after", to="2026-03-05"),
    row("Not before Christmas", "2027-01-04", "from Christmas, through the year-end break",
        said="2026-11-10", to="2027-01-15"),
    row("not until after Thanksgiving", "2026-12-04", "from Monday 30 November",
        said="2026-11-18", country="US", to="2026-12-11"),
    row("post Diwali", "2026-11-18", "after the Diwali week", said="2026-10-19", country="IN",
        to="2026-11-27"),
    row("They're interviewing until the 18th, so we'll decide after that", "2026-02-26",
        "from Thursday 19th, a working week"),
    row("The hiring manager is on leave until Monday, so expect to hear mid next week",
        "2026-02-19", "Tuesday to Thursday of next week", country="AU"),
    row("The panel is on the 17th, then the decision a week later", "2026-02-24",
        "a week after the panel"),
    row("We'll wait for the board meeting on the 14th; after that it should be quick, a couple "
        "of days", "2026-09-16", "two or three business days after the 14th", said="2026-09-08",
        country="US", to="2026-09-18"),
    row("He's back from leave on Monday the 3rd, then give us about a week", "2026-08-10",
        "a week after he is back, give or take", said="2026-07-29", country="CA", to="2026-08-17"),
    row("We're off until the 5th of January, then we'll decide within a week", "2027-01-12",
        "a week after the team is back", said="2026-12-18", to="2027-01-15"),
]  # fmt: skip

# --- 3. The vocabulary people use ----------------------------------------------------------------

FORTNIGHTS_AND_HOURS = [
    row("within a fortnight", "2026-02-24", "fourteen days"),
    row("within one fortnight", "2026-02-24", "one fortnight, in words"),
    row("in a fortnight's time", "2026-02-24", "fourteen days"),
    row("Friday fortnight", "2026-02-27", "two weeks after the coming Friday"),
    row("a fortnight on Monday", "2026-03-02", "two weeks after the coming Monday"),
    row("in two fortnights", "2026-03-10", "twenty-eight days"),
    row("in the next 72 hours", "2026-02-13", "three working days"),
    row("within 48 hours", "2026-02-12", "two working days"),
    row("within 24hrs", "2026-02-11", "one working day, typed together"),
    row("in a few hours", "2026-02-10", "still today"),
    row("within 36 hours", "2026-02-12", "a second working day begun"),
    row("within working week", "2026-02-17", "a working week is a week (once a traceback)"),
    row("within a working fortnight", "2026-02-24", "a working fortnight is two weeks"),
    row("in 2 working weeks", "2026-02-24", "two weeks, working or not"),
]  # fmt: skip

ABBREVIATIONS_AND_SOON = [
    row("by EOD", "2026-02-10", "end of today"),
    row("EOD tomorrow", "2026-02-11", "end of tomorrow"),
    row("by COB Friday", "2026-02-13", "close of business on Friday"),
    row("by close of play Thursday", "2026-02-12", "British: close of play"),
    row("EOW", "2026-02-13", "end of this week"),
    row("by EOM", "2026-02-27", "end of the month, a Saturday: Friday"),
    row("by EOQ", "2026-03-31", "end of the quarter"),
    row("EOY", "2026-12-31", "end of the year"),
    row("by end of play tomorrow", "2026-02-11", "end of tomorrow"),
    row("ASAP", "2026-02-17", "no day named: a working week, our allowance"),
    row("shortly", "2026-02-24", "no day named: two working weeks, our allowance"),
    row("in the coming days", "2026-02-17", "a few working days"),
    row("very soon", "2026-02-17", "a working week"),
    row("in the coming weeks", "2026-03-10", "two to four weeks"),
    row("in touch soon, probably next week", "2026-02-20", "next week says more than soon"),
]  # fmt: skip

MONTHS_QUARTERS_YEARS = [
    row("by the end of the month", "2026-02-27", "Saturday the 28th moves back"),
    row("month end", "2026-02-27", "the last working day of February"),
    row("by month-end", "2026-02-27", "Indian English"),
    row("end of next month", "2026-03-31", "the last ten days of March"),
    row("by the end of the quarter", "2026-03-31", "Q1 ends 31 March"),
    row("by the end of Q1", "2026-03-31", "Q1 by name"),
    row("in Q2", "2026-06-30", "April to June"),
    row("early Q2", "2026-04-30", "the first month of Q2"),
    row("Q3 2026", "2026-09-30", "July to September"),
    row("next quarter", "2026-06-30", "Q2"),
    row("the last quarter of the year", "2026-12-31", "Q4"),
    row("quarter end", "2026-03-31", "the last month of this quarter"),
    row("before the financial year closes", "2026-03-30",
        "India's year ends 31 March, Mahavira's Birthday", country="IN"),
    row("before EOFY", "2026-06-30", "Australia's financial year ends 30 June", country="AU"),
    row("the first week of March", "2026-03-06", "1-7 March; the 7th is a Saturday"),
    row("the second week of March", "2026-03-13", "8-14 March"),
    row("the last week of March", "2026-03-31", "25-31 March"),
    row("mid-March", "2026-03-20", "11-20 March"),
    row("mid March", "2026-03-20", "without the hyphen"),
    row("early next month", "2026-03-10", "1-10 March"),
    row("late next month", "2026-03-31", "21-31 March"),
    row("early April", "2026-04-10", "1-10 April"),
    row("late April", "2026-04-30", "21-30 April"),
    row("by mid-April", "2026-04-15", "a deadline of the 15th"),
    row("the second half of March", "2026-03-31", "16-31 March"),
    row("first half of April", "2026-04-15", "1-15 April"),
    row("end of March", "2026-03-31", "the last ten days of March"),
    row("beginning of March", "2026-03-10", "the first ten days of March"),
    row("Should have an answer by mid-month", "2027-02-15", "this month's 15th",
        said="2027-02-02", country="AU"),
    row("will let u know by end of teh month", "2026-06-30", "shorthand and a slip",
        said="2026-06-17", country="IN"),
    row("We want the person in seat before the end of Q2, so the decision will be by end of May",
        "2026-05-29", "the start sets a cap; the decision is the end of May",
        said="2026-04-29", country="US"),
    row("Decision will be taken by end of Q1.", "2027-06-30",
        "the calendar's Q1 has just ended; India's financial Q1 runs April-June",
        said="2027-04-05", country="IN"),
]  # fmt: skip

HOLIDAYS_AND_THE_NEW_YEAR = [
    row("in the new year", "2027-01-15", "the first two working weeks of January",
        said="2026-12-07"),
    row("after the holidays", "2027-01-18", "after the year-end break, two working weeks",
        said="2026-12-07"),
    row("after Christmas", "2027-01-18", "the same break", said="2026-12-07"),
    row("early in the new year", "2027-01-15", "the first two working weeks", said="2026-12-07"),
    row("before the holidays", "2026-12-23", "before the year-end break", said="2026-12-07"),
    row("before Christmas", "2026-12-24", "Christmas Eve is a working day", said="2026-12-07"),
    row("after new year", "2027-01-18", "from Monday 4 January", said="2026-12-07"),
    row("before Easter", "2026-04-02", "Good Friday is a holiday"),
    row("after Easter", "2026-04-14", "from Tuesday 7 April, a working week"),
    row("by Good Friday", "2026-04-02", "Good Friday itself is a holiday"),
    row("before the bank holiday", "2026-05-01", "the next bank holiday is 4 May",
        said="2026-04-20"),
    row("by Thanksgiving", "2026-11-25", "Thursday 26 November is the holiday",
        said="2026-11-02", country="US"),
    row("after Thanksgiving", "2026-12-07", "from the Monday after, a working week",
        said="2026-11-02", country="US"),
    row("before July 4th", "2026-07-02", "the 3rd is the observed holiday", said="2026-06-10",
        country="US"),
    row("after the Fourth of July", "2026-07-13", "from Monday 6 July", said="2026-06-10",
        country="US"),
    row("before Labor Day", "2026-09-04", "Labor Day is Monday 7 September", said="2026-08-10",
        country="US"),
    row("before Diwali", "2026-11-06", "Diwali is Sunday 8 November", said="2026-10-19",
        country="IN"),
    row("after Diwali", "2026-11-20", "borrowed from India's calendar", said="2026-10-19"),
    row("after ANZAC Day", "2026-05-04", "ANZAC Day is a Saturday this year", country="AU"),
    row("before Canada Day", "2026-06-30", "Canada Day is Wednesday 1 July", said="2026-06-10",
        country="CA"),
    row("after Holi", "2026-03-12", "Holi is Wednesday 4 March", country="IN"),
    row("straight after Paddy's Day", "2026-03-20", "St Patrick's Day, then a couple of days",
        country="IE"),
    row("The decision will come before Matariki", "2026-07-09",
        "any holiday of the country's calendar, by name", said="2026-06-29", country="NZ"),
    row("over Thanksgiving", "2026-11-27", "the long weekend", said="2026-11-02",
        country="US"),
    row("around Easter", "2026-04-07", "a couple of days either side", to="2026-04-09"),
    row("Before Diwali for sure, everyone wants to close offers before the holidays",
        "2026-11-06", "a firm deadline wins over a loose one", said="2026-10-27", country="IN"),
    row("You'll hear from us before we break up for Christmas.", "2026-12-23",
        "breaking up for Christmas: before the break, by Christmas Eve", said="2026-12-18",
        to="2026-12-24"),
    row("We'll be in touch before the Easter long weekend.", "2027-03-25",
        "the long weekend starts on Good Friday, 26 March", said="2027-03-24", country="AU"),
    row("Office shuts over Christmas, we'll be in touch the first week back in January.",
        "2027-01-08", "the first working week of 2027 is 4-8 January", said="2026-12-23",
        country="AU", to="2027-01-15"),
]  # fmt: skip

WEEKDAYS_AND_ORDINALS = [
    row("Wednesday week", "2026-02-18", "British: a week after the coming Wednesday"),
    row("a week on Wednesday", "2026-02-18", "the same"),
    row("Thursday week", "2026-02-19", "a week after the coming Thursday"),
    row("a week today", "2026-02-17", "seven days"),
    row("a week tomorrow", "2026-02-18", "eight days"),
    row("Monday week", "2026-02-23", "a week after the coming Monday"),
    row("this time next week", "2026-02-17", "seven days"),
    row("next Tuesday", "2026-02-17", "said on a Tuesday: a week today"),
    row("next Friday", "2026-02-20", "next week's Friday, the likelier reading"),
    row("next Monday", "2026-02-16", "the coming Monday is already next week"),
    row("this Friday", "2026-02-13", "the coming Friday"),
    row("Friday", "2026-02-13", "the coming Friday"),
    row("on Tuesday", "2026-02-17", "said on a Tuesday: the next one"),
    row("Monday next", "2026-02-16", "old British order"),
    row("Friday next week", "2026-02-20", "named week"),
    row("by the 12th", "2026-02-12", "the next 12th"),
    row("by the twelfth", "2026-02-12", "ordinal in words"),
    row("on the 28th", "2026-03-02", "a Saturday: the next working day"),
    row("by the 28th", "2026-02-27", "a Saturday deadline moves back"),
    row("by the 9th", "2026-03-09", "the 9th has passed this month"),
    row("by the 31st", "2026-03-31", "February has no 31st"),
    row("by 20th", "2026-02-20", "Indian English drops the 'the'", country="IN"),
    row("by the first", "2026-02-27", "1 March is a Sunday"),
]  # fmt: skip

NUMBERS_AND_DAYS = [
    row("in three weeks", "2026-03-03", "number in words"),
    row("within ten working days", "2026-02-24", "working days"),
    row("twenty-one days", "2026-03-03", "hyphenated number"),
    row("in fourteen days", "2026-02-24", "calendar days"),
    row("in a week and a half", "2026-02-20", "ten or eleven days"),
    row("one and a half weeks", "2026-02-20", "the same"),
    row("in six weeks", "2026-03-24", "six weeks"),
    row("two or three days", "2026-02-13", "calendar days"),
    row("within 10 business days", "2026-02-24", "business days"),
    row("within 10 days", "2026-02-20", "calendar days"),
    row("10 working days", "2026-02-24", "an expected day"),
    row("in 5 working days", "2026-02-20", "from a Friday", said="2026-02-13"),
    row("within 5 days", "2026-02-18", "calendar days from a Friday", said="2026-02-13"),
    row("within 5 business days", "2026-02-23", "Presidents' Day is skipped",
        said="2026-02-13", country="US"),
    row("a couple of weeks", "2026-03-03", "two to three weeks"),
    row("a few weeks", "2026-03-10", "two to four weeks"),
    row("a few days", "2026-02-17", "two to five working days"),
    row("several weeks", "2026-03-17", "three to five weeks"),
    row("a week or two", "2026-02-24", "one to two weeks"),
    row("a day or two", "2026-02-12", "one or two days"),
    row("a week or so", "2026-02-19", "about a week, a little either side"),
    row("in 2 wks", "2026-02-24", "shorthand"),
    row("takes about 2 weeks", "2026-02-26", "about: a couple of days either side"),
]  # fmt: skip

NUMERIC_DATES_AND_SLIPS = [
    row("by 04/03", "2026-03-04", "day first in the UK"),
    row("by 04/03", "2026-04-03", "month first in the US", country="US"),
    row("by 04/03", "2026-03-03", "4 March is Holi in India", country="IN"),
    row("by 04/03", "2026-03-04", "day first in Australia", country="AU"),
    row("by 04.03.", "2026-03-04", "German dots", country="DE"),
    row("by 13/3", "2026-03-13", "only one order works", country="US"),
    row("by 3/13", "2026-03-13", "only one order works"),
    row("on 12/02/2026", "2026-02-12", "day first with a year"),
    row("on 2/12/26", "2026-02-12", "month first with a short year", country="US"),
    row("by thursdya", "2026-02-12", "transposed letters"),
    row("BY FRIDAY", "2026-02-13", "capitals"),
    row("by Wendesday", "2026-02-11", "swapped letters"),
    row("nxt wk", "2026-02-20", "shorthand for next week"),
    row("by tommorow", "2026-02-11", "a common slip"),
    row("by end of the mnth", "2026-02-27", "shorthand for month"),
    row("wihtin a fortnite", "2026-02-24", "two slips"),
    row("by Febuary 20", "2026-02-20", "a missing letter"),
    row("  in   two   weeks  ", "2026-02-24", "extra spaces"),
    row("In Two Weeks", "2026-02-24", "title case"),
    row("by thurs", "2026-02-12", "short weekday"),
    row("EOD Thu", "2026-02-12", "short weekday after EOD"),
    row("Decison by wedensday", "2026-01-14", "two slips", said="2026-01-08", country="US"),
]  # fmt: skip

# --- 4. Non-answers stay non-answers --------------------------------------------------------------

NON_ANSWERS = [
    none("We'll keep you posted", "no time at all"),
    none("That depends on budget sign-off", "a condition, not a time"),
    none("Nothing is fixed yet", "nothing fixed"),
    none("Someone will reach out", "no time"),
    none("We will be in touch", "the classic non-answer"),
    none("We'll let you know either way", "no time"),
    none("HR will get back to you", "no time"),
    none("We'll revert", "Indian English, no time", country="IN"),
    none("HR will intimate you", "Indian English, no time", country="IN"),
    none("There's no set timeline yet", "said outright"),
    none("I'm not sure, it's not up to me", "no time"),
    none("TBC", "to be confirmed"),
    none("It's with the hiring committee now", "no time"),
    none("We're still deciding", "no time"),
    none("It's on hold for now", "no time"),
    none("I didn't ask", "nothing was said"),
    none("They didn't say", "nothing was said"),
    none("We'll update you in due course", "no time"),
    none("Subject to approvals", "a condition"),
    none("Hard to say, there are lots of moving parts", "no time"),
    none("Great to meet you this morning, we'll be in touch", "small talk and a non-answer"),
    none("We opened this role three weeks ago and will keep you posted", "the past, no time"),
    none("depends on headcount approval", "a condition"),
    none("We'll contact the successful candidate", "no time"),
    none("Once we've seen everyone we'll let you know", "no time"),
    none("We can't commit to a date right now", "no time"),
    none("Hope you had a great Diwali! Your profile is under review, we will update you.",
         "a greeting about a past holiday, then no time", said="2026-11-16", country="IN"),
    none("I saw five people last week and have three more on Monday, I'll let you know once "
         "I've made up my mind.", "Monday is more interviews: a first day, never a last",
         said="2026-04-09", country="US"),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "said", "country", "low", "high", "why"), NON_ANSWERS)
def test_a_non_answer_is_read_as_no_timeline(
    phrase: str, said: str, country: str, low: None, high: None, why: str
) -> None:
    reading = parse_timeline_phrase(
        phrase=phrase, said_on=date.fromisoformat(said), country=country
    )

    assert reading.kind is NONE, f"{why}: {reading.explanation}"


# --- 5. Never a confident wrong date ------------------------------------------------------------

IGNORED_OR_REFUSED = [
    none("We opened this role three weeks ago", "the past is not the decision"),
    none("We've been interviewing since January", "the past"),
    none("Probation is six months and reviews happen every quarter", "another subject"),
    none("Payroll runs on the 25th of every month, by the way", "another subject"),
    none("Just so you know, the office is closed from Christmas Eve until the 4th",
         "an office closure", said="2026-12-02"),
    none("Our last hire took two weeks to accept, so no pressure", "another person's past"),
    none("Notice periods here are usually 90 days", "the candidate's notice"),
    none("We'd need your answer within a week", "the candidate's reply, not theirs"),
    none("on 9999-12-31", "far beyond any decision"),
    none("mid december 9999", "far beyond any decision"),
    none("in 900 weeks", "far beyond any decision"),
    none("by the 45th", "not a day of the month"),
    none("February 30", "not a date"),
    none("2025-01-01", "before it was said"),
    none("end of May 2026", "already over", said="2026-06-01"),
    none("in 0 days", "no time at all"),
    none("Great to meet you today!", "small talk only"),
    none("we're available 24/7", "not a date"),
]  # fmt: skip

UNSURE = [
    pytest.param("by 04/03", TUE, "CA", LOW, id="numeric date where both orders are used"),
    pytest.param("the role starts in January", TUE, "GB", LOW, id="start date only"),
    pytest.param("next Friday", TUE, "GB", MEDIUM, id="this week's or next week's Friday"),
    pytest.param("Friday the 14th", TUE, "GB", LOW, id="weekday and date disagree"),
    pytest.param("by July", TUE, "GB", MEDIUM, id="by the start or the end of July"),
    pytest.param("by 1/2", TUE, "GB", LOW, id="a short date almost a year away"),
    pytest.param("in touch soon", TUE, "GB", LOW, id="soon names no day"),
    pytest.param("I'm off to Lisbon on Friday for a week", TUE, "IE", LOW, id="only an absence"),
    pytest.param("feedback by Friday, final decision in three weeks", TUE, "GB", MEDIUM,
                 id="two times named"),
    pytest.param("we have a training class starting on 1 March", TUE, "GB", LOW,
                 id="a fixed start date only"),
    pytest.param("by thursdya", TUE, "GB", MEDIUM, id="a corrected slip"),
    pytest.param("Decision will be taken by end of Q1.", "2027-04-05", "IN", LOW,
                 id="calendar Q1 just ended: financial or next calendar Q1"),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "said", "country", "most"), UNSURE)
def test_an_unsure_reading_says_so_and_offers_what_it_can(
    phrase: str, said: str, country: str, most: Confidence
) -> None:
    reading = parse_timeline_phrase(
        phrase=phrase, said_on=date.fromisoformat(said), country=country
    )

    assert reading.latest is not None
    assert reading.confidence.rank <= most.rank, reading.explanation
    if reading.confidence is LOW:
        assert "not sure" in reading.explanation


# --- 6. Said on Fridays, at month and year ends, before public holidays -------------------------

AWKWARD_DAYS = [
    row("by Friday", "2026-02-20", "said on a Friday: next week's", said="2026-02-13"),
    row("tomorrow", "2026-02-16", "Saturday: the next working day", said="2026-02-13"),
    row("by the end of the week", "2026-02-13", "said on the Friday itself: today",
        said="2026-02-13"),
    row("in two days", "2026-02-16", "Sunday: Monday", said="2026-02-13"),
    row("within 2 working days", "2026-02-17", "Monday and Tuesday", said="2026-02-13"),
    row("by Monday", "2026-02-17", "Monday is Presidents' Day: the first working day after",
        said="2026-02-13", country="US"),
    row("next week", "2026-02-20", "said on a Friday", said="2026-02-13"),
    row("early next week", "2026-02-17", "said on a Friday", said="2026-02-13"),
    row("within 24 hrs", "2026-10-05", "Friday 2 October is Gandhi Jayanti",
        said="2026-10-01", country="IN"),
    row("by the end of the month", "2026-03-02", "said on the month's last working day",
        said="2026-02-27"),
    row("by the end of the month", "2026-08-31", "said on the month's last day: today",
        said="2026-08-31"),
    row("by the end of next month", "2026-04-30", "said on 31 March", said="2026-03-31"),
    row("early next month", "2026-04-10", "said on 31 March", said="2026-03-31"),
    row("in a month", "2026-04-30", "31 March plus a month is 30 April", said="2026-03-31"),
    row("in 1 month", "2026-03-02", "31 January plus a month is a Saturday", said="2026-01-31",
        country="US"),
    row("in the new year", "2027-01-15", "said on New Year's Eve", said="2026-12-31"),
    row("next week", "2027-01-08", "said on New Year's Eve", said="2026-12-31"),
    row("Monday", "2027-01-04", "said on New Year's Eve", said="2026-12-31", country="US"),
    row("in two weeks", "2027-01-06", "over the break", said="2026-12-23"),
    row("within 10 business days", "2027-01-05", "Christmas and New Year skipped",
        said="2026-12-18", country="US"),
    row("after the holidays", "2027-01-18", "said just before the break", said="2026-12-23"),
    row("by the end of the year", "2026-12-31", "New Year's Eve is a working day",
        said="2026-12-23"),
    row("tomorrow", "2026-12-29", "said on a holiday", said="2026-12-28"),
    row("tomorrow", "2026-11-27", "Thanksgiving: the day after", said="2026-11-25",
        country="US"),
    row("within 2 business days", "2026-11-30", "Thanksgiving skipped", said="2026-11-25",
        country="US"),
    row("tomorrow", "2026-04-06", "Good Friday: the Monday", said="2026-04-02"),
    row("by Monday", "2026-04-06", "Easter Monday is not a holiday across the UK",
        said="2026-04-02"),
    row("after Diwali", "2026-11-20", "said in Diwali week", said="2026-11-04", country="IN"),
    row("by Monday", "2026-07-06", "the 3rd is the observed holiday", said="2026-07-02",
        country="US"),
    row("in 2 days", "2026-07-06", "the 4th is a Saturday holiday", said="2026-07-02",
        country="US"),
    row("early next week", "2026-04-07", "Easter Monday is a holiday in Australia",
        said="2026-04-02", country="AU"),
    row("next week", "2026-05-29", "the Spring Bank Holiday opens the week", said="2026-05-22"),
    row("on Monday", "2026-05-26", "a bank holiday: Tuesday", said="2026-05-22"),
    row("next year", "2027-12-30", "New Year's Day 2028 is observed on Friday 31 December",
        said="2026-12-30", country="US"),
    row("We'll let you know by Thursday, Monday at the latest.", "2027-01-18",
        "Monday is the latest; it is MLK Day, so the Tuesday", said="2027-01-11", country="US",
        to="2027-01-19"),
]  # fmt: skip

WINDOWS = (
    DECISION_NOT_SMALL_TALK
    + BOTH_BOUNDS
    + FORTNIGHTS_AND_HOURS
    + ABBREVIATIONS_AND_SOON
    + MONTHS_QUARTERS_YEARS
    + HOLIDAYS_AND_THE_NEW_YEAR
    + WEEKDAYS_AND_ORDINALS
    + NUMBERS_AND_DAYS
    + NUMERIC_DATES_AND_SLIPS
    + AWKWARD_DAYS
    + IGNORED_OR_REFUSED
)


@pytest.mark.parametrize(("phrase", "said", "country", "low", "high", "why"), WINDOWS)
def test_what_they_said_gives_the_window_a_person_would_expect(
    phrase: str, said: str, country: str, low: str | None, high: str | None, why: str
) -> None:
    _check(phrase, said, country, low, high)


def test_the_table_has_at_least_250_rows() -> None:
    assert len(WINDOWS) + len(NON_ANSWERS) + len(UNSURE) >= 250
