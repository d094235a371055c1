"""English language resources for the time-expression engine: data only, no logic.

FORMAT: value tables map lower-case words to values; PATTERNS are regex fragments; RULES are
(name, pattern, builder) where `{name}` in a pattern stands for the alternation of the table
or fragment of that name, captured as a named group.  A group named `t` marks the extent of
the expression when the pattern needs context around it ("in {year}" tags the year only).
A second language is a second module with the same names.
"""

MONTHS = {
    "january": 1, "jan": 1, "jan.": 1,
    "february": 2, "feb": 2, "feb.": 2,
    "march": 3, "mar": 3, "mar.": 3,
    "april": 4, "apr": 4, "apr.": 4,
    "may": 5,
    "june": 6, "jun": 6, "jun.": 6,
    "july": 7, "jul": 7, "jul.": 7,
    "august": 8, "aug": 8, "aug.": 8,
    "september": 9, "sept": 9, "sept.": 9, "sep": 9, "sep.": 9,
    "october": 10, "oct": 10, "oct.": 10,
    "november": 11, "nov": 11, "nov.": 11,
    "december": 12, "dec": 12, "dec.": 12,
}

# Month names that stand alone as months ("the October slaying"); abbreviations, and "May" (the
# verb), are taken only next to a day, a year or a preposition
MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}

WEEKDAYS = {
    "monday": 0, "mon.": 0,
    "tuesday": 1, "tues.": 1, "tue.": 1,
    "wednesday": 2, "wed.": 2,
    "thursday": 3, "thurs.": 3, "thu.": 3,
    "friday": 4, "fri.": 4,
    "saturday": 5, "sat.": 5,
    "sunday": 6, "sun.": 6,
}

# TIMEX3 part-of-day codes
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI",
}

# word -> (offset in days, part of day)
RELATIVE_DAYS = {
    "today": (0, None),
    "tonight": (0, "NI"),
    "yesterday": (-1, None),
    "tomorrow": (1, None),
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
    "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"),
    "last night": (-1, "NI"), "last evening": (-1, "EV"),
}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    # "another week": one more of the unit ("another two weeks" is counted by "two")
    "another": 1,
    "a couple of": 2, "couple of": 2, "a few": "X", "few": "X", "several": "X", "many": "X",
    "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
}
# "twenty-four", "twenty four": tens and ones, hyphenated or not
NUMBERS.update({f"{tens}{sep}{ones}": NUMBERS[tens] + NUMBERS[ones]
                for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                for ones in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
                for sep in ("-", " ")})
# "two hundred years", "three thousand years"
NUMBERS.update({f"{n} {big}": NUMBERS[n] * size for n in ("two", "three", "four", "five", "six", "seven",
                                                             "eight", "nine")
                for big, size in (("hundred", 100), ("thousand", 1000))})

# unit word -> (calendar unit, TIMEX3 duration letter)
UNITS = {
    "year": ("year", "Y"), "years": ("year", "Y"),
    "month": ("month", "M"), "months": ("month", "M"),
    "week": ("week", "W"), "weeks": ("week", "W"),
    "fortnight": ("week", "W"), "fortnights": ("week", "W"),
    "day": ("day", "D"), "days": ("day", "D"),
    "hour": ("hour", "H"), "hours": ("hour", "H"),
    "minute": ("minute", "M"), "minutes": ("minute", "M"),
    # the plural only: "a second" is far more often an ordinal ("a second time") than a length
    "seconds": ("second", "S"),
    "decade": ("decade", "DE"), "decades": ("decade", "DE"),
    "century": ("century", "CE"), "centuries": ("century", "CE"),
}
# Units that count only as an adjective, singular and hyphenated: "a 30-second advert" (the word
# UNITS has it under)
HYPHEN_UNITS = {"second": "seconds"}
# Units a calendar can be moved by ("22 months ago"); hours and minutes cannot date a day.
CALENDAR_UNITS = {
    "year": "year", "years": "year", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "day": "day", "days": "day",
    "decade": "decade", "decades": "decade", "fortnight": "week", "fortnights": "week",
    "century": "century", "centuries": "century",
}
# Unit words that count several of the unit they stand for: "a fortnight ago" is two weeks ago.
UNIT_COUNTS = {"fortnight": 2, "fortnights": 2}
# A further count and unit of a length in parts: "four hours and 10 minutes", "two hours, one
# minute and nine seconds" (a count as a number or a word; the unit as UNITS has it)
LENGTH_PART = (r"(?P<count>\d{1,3}|" + "|".join(sorted((k for k, v in NUMBERS.items() if isinstance(v, int) and v < 100),
                                                      key=len, reverse=True))
               + r")\s(?P<part_unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b")
PERIODS = {"week": "week", "month": "month", "year": "year", "quarter": "quarter", "decade": "decade",
           "century": "century"}

QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# code -> (quarter, half)
# Figures a company reports for a quarter or a half, after its code: "Q4 revenue", "H1 profit"
PERIOD_CODE_NOUNS = ("results", "earnings", "revenue", "revenues", "sales", "profit", "profits", "loss", "losses",
                     "income", "deliveries", "shipments", "guidance", "GDP", "growth", "numbers", "figures",
                     "margin", "margins", "report", "outlook", "forecast", "EPS")
PERIOD_CODES = {"Q1": (1, None), "Q2": (2, None), "Q3": (3, None), "Q4": (4, None), "H1": (None, 1), "H2": (None, 2),
                # the number first, as brokers and Asian companies write them: "1Q24", "2H 2024"
                "1Q": (1, None), "2Q": (2, None), "3Q": (3, None), "4Q": (4, None), "1H": (None, 1), "2H": (None, 2)}
# "the last half" alone is a game's; with a year it is the year's second
HALVES = {"first": 1, "second": 2, "last": 2, "latter": 2, "back": 2}
# Words for the last quarter or half of a year, only where the year follows ("the final quarter of
# 2023"): alone, "the final quarter" is as often a game's
LAST_PART_WORDS = ("final",)

# A quarter or a half named by its first and last months ("the January-March quarter", "the
# July-December period", "the April-to-June period"): (first, last) -> (quarter, half)
MONTH_SPAN_PARTS = {(1, 3): (1, None), (4, 6): (2, None), (7, 9): (3, None), (10, 12): (4, None),
                    (1, 6): (None, 1), (7, 12): (None, 2)}


def _month_alternation(n: int) -> str:
    # capitalised, as news writes them: a case-sensitive start is cheap to find
    return "|".join(sorted((k.capitalize().replace(".", r"\.") for k, v in MONTHS.items() if v == n),
                           key=len, reverse=True))


# what joins the two months: "January-March", "April-to-June", "July through September"
MONTH_SPAN_JOIN = r"\s?[-–]\s?|-to-|\s(?:to|through)\s"
MONTH_SPANS = "(?-i:" + "|".join(rf"(?:{_month_alternation(a)})(?:{MONTH_SPAN_JOIN})(?:{_month_alternation(b)})"
                                 for a, b in MONTH_SPAN_PARTS) + ")"

# TIMEX3 season codes
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Words that point at the present, past or future without a date (TIMEX3 reference values).
# "for the foreseeable future" is left out: it says "indefinitely", and news annotators leave it.
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "a later date": "FUTURE_REF", "a future date": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the not-too-distant future": "FUTURE_REF",
    "the recent past": "PAST_REF", "the distant past": "PAST_REF",
}

# spelled-out years, as broadcast transcripts write them: "nineteen ninety-six", "two thousand"
YEAR_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}
YEAR_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
             "seventy": 70, "eighty": 80, "ninety": 90, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
             "nineteen": 19}
YEAR_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9}

# phrase -> (offset, unit): a shift from the time the story last set ("the next day" after a
# sentence dated Jan. 1 is Jan. 2), not from the publication day
NARRATIVE_SHIFTS = {
    "the next day": (1, "day"), "the following day": (1, "day"), "the previous day": (-1, "day"),
    "the following week": (1, "week"), "the previous week": (-1, "week"),
    "the following month": (1, "month"), "the previous month": (-1, "month"),
    "the following year": (1, "year"), "the previous year": (-1, "year"),
    "that day": (0, "day"), "the same day": (0, "day"), "that same day": (0, "day"),
    "later that day": (0, "day"), "earlier that day": (0, "day"), "that year": (0, "year"),
    "later that year": (0, "year"), "that month": (0, "month"), "that week": (0, "week"),
    "that quarter": (0, "quarter"), "the same quarter": (0, "quarter"),
    "later that week": (0, "week"), "earlier that week": (0, "week"), "that same week": (0, "week"),
    "later that month": (0, "month"), "earlier that month": (0, "month"), "that same month": (0, "month"),
    "earlier that year": (0, "year"), "that same year": (0, "year"),
    # a part of the story's day: (offset, "day", part of day)
    "that morning": (0, "day", "MO"), "that afternoon": (0, "day", "AF"), "that evening": (0, "day", "EV"),
    "that night": (0, "day", "NI"), "later that night": (0, "day", "NI"), "later that evening": (0, "day", "EV"),
    "earlier that evening": (0, "day", "EV"), "later that morning": (0, "day", "MO"),
    "earlier that morning": (0, "day", "MO"), "later that afternoon": (0, "day", "AF"),
    "earlier that afternoon": (0, "day", "AF"),
    "the next morning": (1, "day", "MO"), "the following morning": (1, "day", "MO"),
    "the next afternoon": (1, "day", "AF"), "the following afternoon": (1, "day", "AF"),
    "the next evening": (1, "day", "EV"), "the following evening": (1, "day", "EV"),
    "the next night": (1, "day", "NI"), "the following night": (1, "day", "NI"),
    "the previous night": (-1, "day", "NI"), "the previous evening": (-1, "day", "EV"),
    "the previous morning": (-1, "day", "MO"), "the previous afternoon": (-1, "day", "AF"),
}
# a length of time, then one of these words: a shift from the story's time by that length
# ("Three days later, the dam broke"); the tagger still reads the length as a TIMEX3 duration
SHIFT_AFTER_LENGTH = {"later": 1, "afterwards": 1, "afterward": 1, "earlier": -1}
# "the day before", "the year after": a shift from the story's time, unless an event follows
# ("the day after the attack" is dated by the attack, which is not a time expression)
RELATIONS = {"before": -1, "after": 1}
# "Tuesday week", "a fortnight on Saturday", "a week tomorrow": the days on from the day named
WEEKS_ON = {"week": 7, "fortnight": 14}

# clock words -> "HH:MM"
CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
# meridiem marks that move the hour past noon
PM_MARKS = ("p.m.", "p.m", "pm")
# the minutes a word says before "past" or "to" an hour ("quarter to five", "half past nine"; counts
# are NUMBERS), and which side of the hour each puts them
CLOCK_FRACTIONS = {"quarter": 15, "a quarter": 15, "half": 30}
CLOCK_SIDES = {"past": 1, "to": -1}

# "in recent weeks" points into the past, "in the coming months" into the future
VAGUE_REFERENCES = {"recent": "PAST_REF", "past": "PAST_REF", "coming": "FUTURE_REF", "future": "FUTURE_REF"}

# decades named in words, as in "the nineties": the 20th century's (the twenties could be either);
# "the noughties", as British writers name the 2000s
DECADE_WORDS = {"thirties": 193, "forties": 194, "fifties": 195, "sixties": 196, "seventies": 197,
                "eighties": 198, "nineties": 199, "noughties": 200}

# word -> TIMEX3 value of a repeating time (type SET)
SETS = {
    "daily": "P1D", "every day": "P1D", "each day": "P1D", "weekly": "P1W", "every week": "P1W",
    "each week": "P1W", "monthly": "P1M", "every month": "P1M", "each month": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
    "hourly": "PT1H", "every hour": "PT1H", "each hour": "PT1H", "every quarter": "P1Q",
    "each quarter": "P1Q", "fortnightly": "P2W", "every fortnight": "P2W", "each fortnight": "P2W",
    "every decade": "P10Y", "each decade": "P10Y",
    # "a biweekly magazine" comes out every other week, as news uses the word
    "biweekly": "P2W", "bi-weekly": "P2W",
    # how often within each unit is no part of the value, as for "twice a year"; the adjectives
    # "annual", "quarterly", "biennial" are left untagged, as TimeBank leaves them
    "twice-daily": "P1D", "twice-weekly": "P1W", "twice-monthly": "P1M", "twice-yearly": "P1Y",
    "semiannually": "P6M", "semi-annually": "P6M", "biennially": "P2Y",
    # a part of every day: "protesters gather nightly", "a briefing every afternoon"
    "nightly": "XXXX-XX-XXTNI", "every morning": "XXXX-XX-XXTMO", "each morning": "XXXX-XX-XXTMO",
    "every afternoon": "XXXX-XX-XXTAF", "each afternoon": "XXXX-XX-XXTAF", "every evening": "XXXX-XX-XXTEV",
    "each evening": "XXXX-XX-XXTEV", "every night": "XXXX-XX-XXTNI", "each night": "XXXX-XX-XXTNI",
    "every weekend": "XXXX-WXX-WE", "each weekend": "XXXX-WXX-WE",
}

# modifier -> offset in units from the reference period ("last week": -1)
MODIFIERS = {"this": 0, "last": -1, "next": 1, "coming": 1, "previous": -1, "prior": -1, "current": 0,
             "this past": -1, "this coming": 1, "past": -1, "following": 1}
# before a weekday these count from the story's day, not the publication day
NARRATIVE_MODIFIERS = ("previous", "prior", "following")
# before a decade or century these count back a span ("over the past decade": P10Y), not a
# calendar period ("the last century" is the one before this)
SPAN_MODIFIERS = ("past", "this past")

# name -> (month, day); fixed-date holidays
HOLIDAYS = {  # keys as news writes them
    "New Year's Eve": (12, 31), "New Year’s Eve": (12, 31),
    "New Year's Day": (1, 1), "New Year’s Day": (1, 1),
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25),
    "Boxing Day": (12, 26),
    "Valentine's Day": (2, 14), "Valentine’s Day": (2, 14),
    "Halloween": (10, 31),
    "Independence Day": (7, 4), "Fourth of July": (7, 4), "July Fourth": (7, 4), "July 4th": (7, 4),
    "Veterans Day": (11, 11), "Armistice Day": (11, 11),
    "St. Patrick's Day": (3, 17), "St. Patrick’s Day": (3, 17),
    "Orthodox Christmas": (1, 7), "Epiphany": (1, 6), "May Day": (5, 1), "Juneteenth": (6, 19),
    "International Women's Day": (3, 8), "International Women’s Day": (3, 8), "Bastille Day": (7, 14),
    "Remembrance Day": (11, 11), "Anzac Day": (4, 25), "ANZAC Day": (4, 25), "Canada Day": (7, 1), "Australia Day": (1, 26),
    "Waitangi Day": (2, 6), "Holocaust Memorial Day": (1, 27), "International Holocaust Remembrance Day": (1, 27),
    "Bonfire Night": (11, 5), "Guy Fawkes Night": (11, 5), "Guy Fawkes Day": (11, 5),
    "All Saints' Day": (11, 1), "All Saints’ Day": (11, 1),
    # without the period, as British and Irish copy writes "St"
    "St Patrick's Day": (3, 17), "St Patrick’s Day": (3, 17), "Saint Patrick's Day": (3, 17),
    "St. George's Day": (4, 23), "St George's Day": (4, 23), "St. Andrew's Day": (11, 30), "St Andrew's Day": (11, 30),
    "St. David's Day": (3, 1), "St David's Day": (3, 1), "Burns Night": (1, 25), "Hogmanay": (12, 31),
    "Invasion Day": (1, 26), "Singles Day": (11, 11), "Songkran": (4, 13), "Day of the Dead": (11, 2),
    "Pohela Boishakh": (4, 14), "Bengali New Year": (4, 14),
    # the U.S. president is sworn in on Jan. 20 after an election year
    "Inauguration Day": (1, 20),
    # days the U.N. and others keep
    "World AIDS Day": (12, 1), "Earth Day": (4, 22), "World Environment Day": (6, 5), "World Refugee Day": (6, 20),
    "World Press Freedom Day": (5, 3), "International Day of Peace": (9, 21), "Human Rights Day": (12, 10),
    "International Workers' Day": (5, 1), "International Workers’ Day": (5, 1),
    # the end of the war in Europe as Russia and Britain keep it
    "Victory Day": (5, 9), "VE Day": (5, 8), "V-E Day": (5, 8),
    # British and Irish style writes "St" with no full stop (curly apostrophes too)
    "St David’s Day": (3, 1), "St George’s Day": (4, 23), "St Andrew’s Day": (11, 30),
    "St. Andrew’s Day": (11, 30), "St. George’s Day": (4, 23), "Gandhi Jayanti": (10, 2),
    "St Stephen's Day": (12, 26), "St Stephen’s Day": (12, 26),  # Boxing Day, as Ireland names it
    "Madaraka Day": (6, 1), "Mashujaa Day": (10, 20), "Jamhuri Day": (12, 12),  # Kenya's
}

# a nation or its adjective -> (month, day) of its Independence Day ("India's Independence Day",
# "Ukrainian Independence Day"), None where it has no fixed day; "Independence Day" alone is the
# American one
INDEPENDENCE_DAYS = {
    "America": (7, 4), "American": (7, 4), "U.S.": (7, 4), "US": (7, 4), "United States": (7, 4),
    "India": (8, 15), "Indian": (8, 15), "Pakistan": (8, 14), "Pakistani": (8, 14), "Bangladesh": (3, 26),
    "Sri Lanka": (2, 4), "Sri Lankan": (2, 4), "Ukraine": (8, 24), "Ukrainian": (8, 24), "Mexico": (9, 16),
    "Mexican": (9, 16), "Indonesia": (8, 17), "Indonesian": (8, 17), "Philippines": (6, 12), "Philippine": (6, 12),
    "Nigeria": (10, 1), "Nigerian": (10, 1), "Ghana": (3, 6), "Ghanaian": (3, 6), "Kenya": (12, 12), "Kenyan": (12, 12),
    "South Sudan": (7, 9), "Zimbabwe": (4, 18), "Namibia": (3, 21), "Mozambique": (6, 25), "Senegal": (4, 4),
    "Somalia": (7, 1), "Eritrea": (5, 24), "Algeria": (7, 5), "Algerian": (7, 5), "Tunisia": (3, 20), "Morocco": (11, 18),
    "Brazil": (9, 7), "Brazilian": (9, 7), "Argentina": (7, 9), "Argentine": (7, 9), "Venezuela": (7, 5),
    "Venezuelan": (7, 5), "Colombia": (7, 20), "Colombian": (7, 20), "Peru": (7, 28), "Peruvian": (7, 28),
    "Chile": (9, 18), "Ecuador": (8, 10), "Bolivia": (8, 6), "Uruguay": (8, 25), "Paraguay": (5, 15),
    "Guatemala": (9, 15), "Honduras": (9, 15), "El Salvador": (9, 15), "Nicaragua": (9, 15), "Costa Rica": (9, 15),
    "Haiti": (1, 1), "Jamaica": (8, 6), "Jamaican": (8, 6), "Belarus": (7, 3), "Kazakhstan": (12, 16),
    "Armenia": (9, 21), "Moldova": (8, 27), "Estonia": (2, 24), "Finland": (12, 6), "Finnish": (12, 6),
    "Poland": (11, 11), "Polish": (11, 11), "Greece": (3, 25), "Greek": (3, 25), "Kosovo": (2, 17),
    "Iceland": (6, 17), "Cyprus": (10, 1), "Lebanon": (11, 22), "Lebanese": (11, 22), "Vietnam": (9, 2),
    "Malaysia": (8, 31), "Malaysian": (8, 31),
    # a day of the Hebrew calendar, moved when it falls near the Sabbath: no fixed day
    "Israel": None, "Israeli": None,
}

# Days named for what happened on them, in the year it happened, before the nouns news names them
# with ("the Sept. 11 attacks", "the Jan. 6 committee", "the Oct. 7 attack"): (month, day) -> (year,
# nouns); not "the Sept. 11 anniversary", a day of the current year
EVENT_DAYS = {
    (9, 11): (2001, ("attacks", "attack", "hijackers", "hijackings", "terror attacks", "terrorist attacks",
                     "Commission", "commission")),
    (1, 6): (2021, ("attack", "riot", "insurrection", "committee", "Committee", "panel", "rioters",
                    "defendants", "hearings", "investigation", "probe", "siege", "mob", "Capitol attack",
                    "Capitol riot", "Capitol siege")),
    (10, 7): (2023, ("attack", "attacks", "massacre", "massacres", "assault", "terror attack", "Hamas attack",
                     "Hamas-led attack")),
}
EVENT_NOUNS = tuple(sorted({w for _, nouns in EVENT_DAYS.values() for w in nouns}))
# The same, written by its numbers: "since 9/11", "the 26/11 Mumbai attacks", "the 7/7 bombings"
NUMERIC_EVENT_DAYS = {"9/11": (2001, 9, 11), "26/11": (2008, 11, 26), "7/7": (2005, 7, 7)}

# name -> (month, weekday, n): the n-th such weekday of the month, n = -1 the last;
# with a fourth number, that many days after it (Election Day: the Tuesday after the first Monday);
# or ("easter", days after Easter Sunday), or ("orthodox easter", days after it)
MOVABLE_HOLIDAYS = {  # keys as news writes them
    "Thanksgiving": (11, 3, 4), "Thanksgiving Day": (11, 3, 4),
    "Labor Day": (9, 0, 1), "Memorial Day": (5, 0, -1), "Mother's Day": (5, 6, 2),
    "Mother’s Day": (5, 6, 2), "Father's Day": (6, 6, 3), "Father’s Day": (6, 6, 3),
    "Martin Luther King Day": (1, 0, 3), "Martin Luther King Jr. Day": (1, 0, 3), "MLK Day": (1, 0, 3), "Presidents Day": (2, 0, 3), "Presidents' Day": (2, 0, 3),
    "Easter": ("easter", 0), "Easter Sunday": ("easter", 0), "Easter Monday": ("easter", 1),
    "Election Day": (11, 0, 1, 1),
    "Good Friday": ("easter", -2), "Palm Sunday": ("easter", -7), "Ash Wednesday": ("easter", -46),
    "Black Friday": (11, 3, 4, 1), "Cyber Monday": (11, 3, 4, 4), "Columbus Day": (10, 0, 2),
    "Indigenous Peoples' Day": (10, 0, 2), "Indigenous Peoples’ Day": (10, 0, 2),
    "Pentecost": ("easter", 49), "Whit Monday": ("easter", 50), "Mothering Sunday": ("easter", -21),
    "Remembrance Sunday": (11, 6, 2), "Blue Monday": (1, 0, 3),
    "Maundy Thursday": ("easter", -3), "Holy Thursday": ("easter", -3), "Holy Saturday": ("easter", -1),
    "Shrove Tuesday": ("easter", -47), "Mardi Gras": ("easter", -47), "Ascension Day": ("easter", 39),
    "Orthodox Easter": ("orthodox easter", 0),
    "Lent": ("easter", -46),  # from Ash Wednesday: "during Lent" names its first day, as "Passover" does
    # the shopping days after Thanksgiving; the Super Bowl, on the second Sunday of February since
    # the 2021 season's longer schedule
    "Small Business Saturday": (11, 3, 4, 2), "Giving Tuesday": (11, 3, 4, 5), "GivingTuesday": (11, 3, 4, 5),
    "Super Bowl Sunday": (2, 6, 2),
    "Easter Saturday": ("easter", -1), "Pancake Day": ("easter", -47),
    # England's bank holidays: "the August bank holiday" is the last Monday of August; the May one
    # the first Monday of May, as Ireland's is; Ireland's June and October ones
    "August bank holiday": (8, 0, -1), "August Bank Holiday": (8, 0, -1),
    "May bank holiday": (5, 0, 1), "May Bank Holiday": (5, 0, 1), "June bank holiday": (6, 0, 1),
    "June Bank Holiday": (6, 0, 1), "October bank holiday": (10, 0, -1), "October Bank Holiday": (10, 0, -1),
    "Early May bank holiday": (5, 0, 1), "Early May Bank Holiday": (5, 0, 1),
    "Spring bank holiday": (5, 0, -1), "Spring Bank Holiday": (5, 0, -1), "Late May bank holiday": (5, 0, -1),
    "Summer bank holiday": (8, 0, -1), "Summer Bank Holiday": (8, 0, -1),
    # feasts of lunar and lunisolar calendars: ("calendar", country, the name the `holidays` package
    # gives it in that country's calendar); where moon sighting differs, a day either way
    "Lunar New Year": ("calendar", "CN", "Chinese New Year (Spring Festival)"),
    "Chinese New Year": ("calendar", "CN", "Chinese New Year (Spring Festival)"),
    "Spring Festival": ("calendar", "CN", "Chinese New Year (Spring Festival)"),
    "Lunar New Year's Eve": ("calendar", "TW", "Chinese New Year's Eve"),
    "Lunar New Year’s Eve": ("calendar", "TW", "Chinese New Year's Eve"),
    "Chinese New Year's Eve": ("calendar", "TW", "Chinese New Year's Eve"),
    "Chinese New Year’s Eve": ("calendar", "TW", "Chinese New Year's Eve"),
    "Mid-Autumn Festival": ("calendar", "TW", "Mid-Autumn Festival"),
    "Dragon Boat Festival": ("calendar", "TW", "Dragon Boat Festival"), "Chuseok": ("calendar", "KR", "Chuseok"),
    # a month of fasting names its first day, as a feast of several days does ("during Ramadan")
    "Ramadan": ("calendar", "AF", "First Day of Ramadan"), "Ramzan": ("calendar", "AF", "First Day of Ramadan"),
    "Day of Arafah": ("calendar", "AE", "Day of Arafah"), "Islamic New Year": ("calendar", "MY", "Islamic New Year"),
    "Dussehra": ("calendar", "IN", "Dussehra"), "Janmashtami": ("calendar", "IN", "Janmashtami (Vaishnava)"),
    "Ashura": ("calendar", "IN", "Ashura"), "Mawlid": ("calendar", "IN", "Prophet's Birthday"),
    "Prophet's Birthday": ("calendar", "IN", "Prophet's Birthday"), "Prophet's birthday": ("calendar", "IN", "Prophet's Birthday"),
    "Prophet Muhammad's birthday": ("calendar", "IN", "Prophet's Birthday"),
    "Ram Navami": ("calendar", "IN", "Ram Navami"), "Buddha Purnima": ("calendar", "IN", "Buddha Purnima"),
    "Vesak": ("calendar", "SG", "Vesak Day"), "Vesak Day": ("calendar", "SG", "Vesak Day"),
    "Guru Nanak Jayanti": ("calendar", "IN", "Guru Nanak's Birthday"),
    # a new year of another calendar, under the name news gives it
    "Jewish New Year": ("calendar", "IL", "Rosh Hashanah"), "Persian New Year": ("calendar", "IR", "Nowruz"),
    "Iranian New Year": ("calendar", "IR", "Nowruz"),
    "Eid al-Fitr": ("calendar", "TR", "Eid al-Fitr"), "Eid ul-Fitr": ("calendar", "TR", "Eid al-Fitr"),
    "Eid al-Adha": ("calendar", "TR", "Eid al-Adha"), "Eid ul-Adha": ("calendar", "TR", "Eid al-Adha"),
    # "Eid" alone is either feast: the one the tense points to, else the nearer
    "Eid": ("calendar", "TR", ("Eid al-Fitr", "Eid al-Adha")),
    "Diwali": ("calendar", "IN", "Diwali"), "Holi": ("calendar", "IN", "Holi"),
    "Rosh Hashanah": ("calendar", "IL", "Rosh Hashanah"), "Yom Kippur": ("calendar", "IL", "Yom Kippur"),
    "Passover": ("calendar", "IL", "Pesach"),
    "Simchat Torah": ("calendar", "IL", "Simchat Torah / Shemini Atzeret"),
    "Shemini Atzeret": ("calendar", "IL", "Simchat Torah / Shemini Atzeret"),
    # feasts that are no day off in Israel: from its calendar of school holidays
    "Hanukkah": ("calendar", "IL", "Hanukkah", "school"), "Chanukah": ("calendar", "IL", "Hanukkah", "school"),
    "Purim": ("calendar", "IL", "Purim", "school"),
    "Sukkot": ("calendar", "IL", "Sukkot"), "Shavuot": ("calendar", "IL", "Shavuot"), "Nowruz": ("calendar", "IR", "Nowruz"),
}

# "the latest fiscal year", "this financial year": the year counted from the publication day's
FISCAL_MODIFIERS = {"latest": -1, "most recent": -1, "last": -1, "past": -1, "previous": -1, "this": 0,
                    "current": 0, "next": 1, "coming": 1}

# "the first week of May": which week of the month (-1: the last)
WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}

PATTERNS = {
    "day": r"3[01]|[12]\d|0?[1-9]",
    "ordinal_day": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)",
    "year": r"1[89]\d\d|20\d\d",
    # any year of four digits, where a month, a day or a preposition says it is one ("July 1776",
    # "on 5 November 1605", "by 2100"); outside 1800-2099 not before what it would count ("in
    # 1300 monks", "by 2100 jobs", "1500 were killed")
    "any_year": r"1[89]\d\d|20\d\d|(?:1[0-7]\d\d|2[1-9]\d\d)\b(?!\s(?:{count_noun}|{unit}|were|are|have|had|more|"
                r"fewer|of|(?!(?:has|was|is|says|does|seems|remains|looks)\b)(?-i:[a-z]+s))\b)",
    # the era of a year: "753 BC", "AD 43", "500 BCE", "the fifth century B.C."
    "era": r"(?-i:BCE|BC|AD|CE)\b|(?-i:B\.C\.E\.|B\.C\.|A\.D\.|C\.E\.)",
    # what stands before a decade or century that names a part of it: "the end of the", "the turn of the"
    "edge_of_the": r"\bthe\s(?:end|beginning|start|middle|close|turn|dawn|(?:first|second|latter)\shalf)\sof\sthe\s",
    "month_num": r"1[0-2]|0?[1-9]",
    # what a year names the edition of, its month being that year's: "the 2024 election in November",
    # "the 2026 World Cup in June" (not a report or budget, published the year after or before)
    "yearly_event": r"(?:[A-Z][\w.-]*\s|presidential\s|general\s|parliamentary\s|legislative\s|local\s|state\s|federal\s|national\s|municipal\s|regional\s|mayoral\s|summer\s|winter\s){0,2}"
                    r"(?:elections?|midterms?|primar(?:y|ies)|caucus(?:es)?|referendum|vote|polls|races?|Olympics|Olympic\sGames|Paralympics|Games|World\sCup|Cup|Open|[Cc]hampionships?|tournament|summit|census|Expo)",
    "digits": r"\d{1,3}",
    # a second unit of no count after "or": "for weeks or months", "days or even weeks"
    "or_vague_unit": r"(?:\sor\s(?:even\s|possibly\s|perhaps\s)?(?:minutes|hours|days|weeks|months|years|decades)\b)?",
    "possessive": r"(?:'s|’s)",
    # "late Friday evening", "earlier this week": TIMEX3 takes the modifier into the extent;
    # before a day only "late" and "early" do ("earlier Friday" tags "Friday")
    "day_mod": r"(?:(?<![\w-])(?:late|early)\s)?",
    "time_mod": r"(?:(?<![\w-])(?:late|early|earlier|later)\s|(?<![\w-])mid-)?",
    "number": r"{number_word}|\d{1,3}(?:,\d{3})*",
    "number_digits": r"\d{1,3}|{number_word}",
    # the upper count of "two to three weeks", "12-18 months": the length is its lower count
    "upper_count": r"(?:\s(?:to|or)\s|\s?[-–]\s?)(?:\d{1,3}|{number_word})",
    "clock_hour_word": r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
    # "quarter to five", "half past nine", "ten past six", "20 minutes to eight": minutes before the
    # hour; after "from" or "between" only "past" ("open from ten to five" is a range)
    "clock_lead": r"(?:(?<!\bfrom\s)(?<!\bbetween\s)|(?=(?:a\s)?\S+(?:\sminutes)?\spast\s))(?P<lead_minutes>(?:a\s)?quarter|half(?=\spast)|t(?:wenty(?:-five)?|en)|five|[1-5]?\d\sminutes)\s(?P<lead_side>past|to)\s",
    # clock times: "10:35 a.m.", "7.45pm" (British), "3 p.m.", "15:30", "noon"
    "clock": r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<meridiem>a\.m\.?|p\.m\.?|am\b|pm\b)"
             # "1030 GMT", "02:14:33 UTC" (the seconds of a quake's time are not in the value)
             # "from 0400 to 0930 GMT", "at 0800 on Monday": four digits led by a nought after a word
             # that takes a time of day are no year or count
             r"|(?<![\d:.])(?P<hour24>[01]\d|2[0-3])[:.]?(?P<minute24>[0-5]\d)(?::[0-5]\d)?(?:(?=\s(?:{zone}|local|hours|hrs|h)\b)"
             r"|(?<=\s0\d\d\d)(?:(?<=\bat\s\d{4})|(?<=\bfrom\s\d{4})|(?<=\buntil\s\d{4})|(?<=\bby\s\d{4})|(?<=\d\sto\s\d{4}))(?![-.,:/]?\d|\s\d))"
             # "at 23:30", "from 9:15": a colon clock after a word that takes a time of day
             r"|(?=\d)(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bsince\s)|(?<=\bbetween\s)|(?<=\d\sto\s)|(?<=\d\sand\s)|(?<=\d[-–]))(?P<hour_colon>[01]?\d|2[0-3]):(?P<minute_colon>[0-5]\d)(?![:.,]?\d)"
             # "at 21.30", "from 17.00", "6.45 on Sunday morning": a dotted clock (British) of two-digit
             # hours after a word that takes a time of day, or before a day and its part; not a price,
             # a rate or a count ("at 10.50 a share", "at 17.00 per cent", "to 11.25 from 10.45";
             # BLOCKED: "rose by 21.30")
             r"|(?=\d)(?<![\d.,])(?P<hour_dot>[01]?\d|2[0-3])\.(?P<minute_dot>[0-5]\d)(?![.,]?\d)"
             r"(?:(?<=\bat\s\d\d\.\d\d)|(?<=\bfrom\s\d\d\.\d\d)(?<![\d%]\sfrom\s\d\d\.\d\d)(?<!cent\sfrom\s\d\d\.\d\d)|(?<=\buntil\s\d\d\.\d\d)|(?<=\btill\s\d\d\.\d\d)|(?<=\bby\s\d\d\.\d\d)"
             r"|(?<=\bbefore\s\d\d\.\d\d)|(?<=\bafter\s\d\d\.\d\d)|(?<=\bfrom\s\d\d\.\d\d\sto\s\d\d\.\d\d)|(?=\son\s{weekday}\s(?:morning|afternoon|evening|night)\b))"
             r"(?!\s?(?:%|per\s?cent\b|percent\b|pc\b|p\b|(?:a|an|per|each)\s|(?:{count_noun}|points?|pence|cents?|euros?|rupees?|yen|yuan|crore|lakh|million|billion|bn|m|against|versus|vs|overs|seconds|secs?)\b)"
             r"|(?:\s?[-–]\s?|\s(?:to|and)\s)[\d.]+\s?(?:%|per\s?cent\b|percent\b))"
             r"|(?:12\s)?(?P<clock_word>noon|midnight|midday)",
    # US zones written without standard/daylight ("8 p.m. ET"), and the zones of other newsrooms;
    # US zones in words, "8 p.m. Eastern", "3 p.m. Pacific Time", "7 p.m. Central time", not a
    # name's first word ("the Eastern Conference"), though a weekday or a month may follow ("9 p.m.
    # Eastern Tuesday")
    "zone": r"(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|IST|JST|HKT|SGT|AE[SD]T"
            r"|(?:Eastern|Central|Mountain|Pacific)(?:\s(?:[Ss]tandard\s|[Dd]aylight\s)?[Tt]ime)?(?!\s(?!{weekday}|{month})[A-Z]))",
    # a weekday cut short without a point, as web datelines write it ("Sat 8 Jun 2024"); alone, a word
    "short_weekday": r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)",
    # the clock of a place: "10 a.m. local time", "3 a.m. Moscow time", "9 a.m. New York time"
    "place_time": r"(?:local|(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?)\stime",
    # numbers that count things, not years: "2000 people", "1,500 troops"
    # a day of the month alone ("on the 30th") is no date before these
    "not_day_of_month": r"century|anniversary|birthday|floor|time|place|minute|street|amendment|annual|"
                        r"consecutive|percentile|round|edition|congress|division|district|parallel|"
                        r"fleet|army|brigade|regiment|hole|inning|lap|day|week|month|year|largest|biggest|"
                        r"circuit|precinct|ward|grade|battalion|corps|infantry|airborne|session|seat|"
                        r"spot|position|victim|person|man|woman|case|attempt|game|match|race|stage|"
                        # a run or a rank: "for the 17th straight year", "its 11th studio album"
                        r"straight|successive|running|overall|studio|album|film|novel|book|season|"
                        r"episode|series|title|term|[a-z]+est",
    # what may follow a day of the month alone: a word of the sentence going on ("on the 30th, when",
    # "the 3rd and was broken"), not a noun the ordinal counts ("the 12th attack on the city this month")
    "day_of_month_follower": r"of|and|or|to(?=\s+(?:the\b|\d))|through|thru|until|till|at|in|on|when|after|before|"
                             r"but|with|for|from|by|is|was|were|will|would|could|can|should|may|might|must|"
                             r"has|had|have|saw|sees|last|this|next|as|while|where|amid|because|if|so|that|"
                             r"which|then|than|also|the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|"
                             r"falls|fell|marks|marked|deadline|onwards?|just|only|itself|alone|already|"
                             r"unless|since",
    # what may follow a bare season that is one ("in spring, when", "in spring and summer", "before
    # winter sets in"): the clause ends or goes on ("in spring training", "over winter wheat" are no seasons)
    "season_end": r"(?=\s*[,.;:!?)\"”—–]|\s*$|\s(?:and|or|when|as|after|before|but|while|if|with|in|at|on|for|to|this|next|last|of\s(?:this|next|last)\syear|because|until|amid|despite|so|then|once|at|sets|arrives|begins|bites)\b)",
    # what a month's figures are called, which follow "May" the month and not "May" the name: "May
    # retail sales", "May's inflation", "May's election" (in lower case: "Fed May Cut Rates" is a headline)
    "month_noun": r"sales|retail|figures?|data|jobs|payrolls?|non-?farm|inflation|CPI|PPI|PMI|index|readings?|"
                  r"numbers|output|exports|imports|unemployment|jobless|elections?|local\selections|contracts?|"
                  r"delivery|futures|crude|survey",
    # and what a month dates right before it, but a name may own: "the May jobs report", "a May
    # summit", not "May's industrial strategy"
    "month_event_noun": r"trade|consumer|producer|factory|industrial|housing|home|manufacturing|reports?|vote|"
                        r"polls|meeting|summit|deadline|issue|edition|auction|release",
    "count_noun": r"people|persons|troops|soldiers|votes|points|times|units|shares|cars|homes|houses|jobs|"
                  r"miles|km|kilometers|kilometres|meters|metres|feet|dollars|euros|pounds|tons|tonnes|"
                  r"barrels|workers|employees|members|students|children|deaths|cases|acres|calories|"
                  r"pages|words|rooms|seats|beds|flights|passengers|vehicles|votes|delegates|hectares|voters|"
                  r"residents|patients|refugees|migrants|civilians|protesters|customers|visitors|tourists|"
                  r"prisoners|victims|participants|signatures|arrests|guineas",
    # what may stand between "the" and a counted length: "the past three months", "the first nine months"
    # a year in words, as transcripts write it: "nineteen ninety-four"
    "spelled_year": r"{year_century}\s{year_tens}(?:(?:-|\s(?:and\s)?){year_ones})?",
    # "over" that means "more than" ("for over a week", "lasted over an hour", "Over 100 days"), not
    # "across" after what happened over the time ("evolved over several years", "killed 166 people
    # over four days")
    "more_than_over": r"(?:(?<!\w\s)|" + "|".join(rf"(?<=\b{w}\s)" for w in (
        "for", "after", "than", "in", "of", "at", "within", "last", "lasts", "lasted", "took", "take", "takes",
        "taking", "spent", "is", "was", "are", "were", "be", "been", "just", "well", "little", "nearly")) + r")over",
    "span_lead": r"the\s(?:(?:first|past|last|next|previous|coming|latest|final|following|remaining|trailing|"
                 r"preceding|same)\s)?|(?:past|next|first|previous|coming)\s"
                 # "expected to last six weeks": the verb
                 r"|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bnot\s)last\s",
}

# Abbreviations after which a sentence goes on when a lower-case word follows.
ABBREVIATIONS = (
    "U.S.", "U.N.", "U.K.", "E.U.", "Gov.", "Sen.", "Rep.", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.",
    "Col.", "Lt.", "Sgt.", "Capt.", "St.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "vs.", "approx.", "est.",
)


# First words that take the part of a period before or after the reference day: "earlier this
# week" in a Saturday report is Monday to Friday, "later this month" the days after today.
EARLIER_IN_PERIOD = ("earlier",)
LATER_IN_PERIOD = ("later",)

# Clause words that set the direction of a bare weekday or month: future cues look ahead.
FUTURE_CUES = (
    "will", "won't", "'ll", "’ll", "shall", "would", "going to", "is due", "are due", "scheduled",
    "is expected", "are expected", "not expected", "expected before", "expected by", "expected within",
    "expected to", "expects to", "expect to", "expected in", "plans to", "plan to", "planned to",
    "planning to", "planned for", "set to", "set for", "slated", "intends to", "aims to", "hopes to", "hope to",
    "likely to", "unlikely to", "poised to", "on track to", "on course to", "favoured to", "favored to",
    "tipped to",
    "may", "might", "next", "upcoming", "is to", "are to", "faces", "facing", "payable", "expect", "expects",
    # a forecast's imperative: "Expect showers Thursday and Friday"
    "Expect",
    "predict", "predicts", "projected", "anticipated",
    # a plan changed or confirmed: "The ruling is now expected on Tuesday"
    "now expected", "still expected", "also expected", "widely expected", "now scheduled", "now set for", "now due",
    # "Heavy rain is likely on Thursday"
    "is likely", "are likely", "is unlikely", "are unlikely",
    # "Temperatures should reach 20C on Sunday" (but "should have" is gone: PAST_CUES)
    "should",
    # an obligation or a possibility lies ahead: "Ballots must be postmarked by Election Day", "The
    # Senate could vote before Thanksgiving" (but "must have", "could not be reached": PAST_CUES)
    "must", "could",
    "to be", "effective", "Effective", "of record", "redemption", "redeem",
    "rescheduled for",
    "opens", "reopens", "closes", "polls open", "polls close", "Polls open", "Polls close", "begins", "starts", "resumes", "convenes", "meets", "travels", "heads to",
    "arrives", "departs", "testifies", "expires", "takes office", "takes effect", "comes into force", "comes into effect",
    "goes into effect", "enters into force", "kicks off", "hosts", "ends", "concludes",
    # figures published on a day: "The inflation figures for June are out on Wednesday"
    "is out", "are out", "comes out", "come out",
    # a closing set for a day: "Japanese markets are closed for Golden Week on Friday"
    "is closed", "are closed",
    # what markets bet on or price in lies ahead, whatever the tense: "pared bets on a cut at the Fed's
    # June meeting", "priced in a cut in December"
    *(f"{bet} on {a} {move}" for bet in ("bets", "bet", "betting") for a in ("a", "a first", "another", "further")
      for move in ("cut", "cuts", "hike", "hikes", "rate", "quarter-point", "half-point")),
    "priced in", "pricing in",
    # a company's results set for a day: "Nike reports fiscal third-quarter results after the bell
    # Thursday" (the noun "reports" is followed by "on", "that" or "said")
    *(f"{verb} {what}" for verb in ("reports", "report") for what in (
        "results", "earnings", "quarterly", "fiscal", "first-quarter", "second-quarter", "third-quarter",
        "fourth-quarter", "full-year", "half-year", "annual")),
    # and the plural: "The tariffs take effect on Saturday"
    "take effect", "come into force", "come into effect", "go into effect", "enter into force",
    "wraps up", "is on", "are on", "takes place", "gets under way", "goes to the polls", "go to the polls",
    "head to the polls", "is released", "are released", "is published", "are published",
    # present-tense verbs of a timetable ("Parliament returns from recess on Monday"); not those that
    # are nouns too ("won 40% of the votes on Sunday", "scored 50 runs on Saturday")
    "returns", "runs from", "runs until", "runs through", "runs out", "visits", "leaves for", "launches",
    "reconvenes", "decides", "hears", "holds", "falls on",
    # and those of a release: "The series premieres Friday", "Tickets go on sale Saturday"
    "premieres", "debuts", "airs", "ships", "goes on sale", "go on sale", "rolls out", "hits theaters",
    "hits theatres", "hits cinemas", "hits stores", "hits shelves",
    # and those of a court: "appears in court on Monday", "goes on trial Tuesday"
    "appears in court", "appears before", "goes on trial", "stands trial",
    # and a case listed, as British courts say: "The trial is listed to start on 20 January"
    "listed to start", "listed to begin", "listed for trial", "listed for sentencing",
    "leaves office", "steps down",
    # what a court stops from starting has not started: "blocked the law from taking effect on July 1"
    "from taking effect", "from going into effect", "from coming into force", "from coming into effect",
    # what is promised or threatened lies ahead of the promise ("pledged to decide by March")
    "promised to", "promises to", "pledged to", "pledges to", "vowed to", "vows to", "threatened to",
    "threatens to",
)
# a weather warning is for days ahead of its issuing, past the hazard it names: "issues yellow
# warning for snow on Friday" (but "issued a warning for drivers on Saturday" may date the issuing)
WEATHER_HAZARDS = ("rain", "heavy rain", "snow", "heavy snow", "ice", "snow and ice", "wind", "winds", "strong winds",
                   "high winds", "fog", "thunderstorms", "storms", "heat", "extreme heat", "flooding", "floods")
FUTURE_CUES += tuple(f"{w} for {h}" for w in ("warning", "warnings", "alert", "alerts") for h in WEATHER_HAZARDS)
# Happenings set for a day: "will attend Saturday's rally" is the Saturday ahead, but "will appeal
# Thursday's ruling" the one gone
SCHEDULED_NOUNS = ("rally", "election", "elections", "vote", "runoff", "referendum", "summit", "meeting",
                   "talks", "debate", "hearing", "ceremony", "funeral", "parade", "match", "game", "final",
                   "race", "launch", "inauguration", "march", "concert", "festival", "primary", "caucuses",
                   "session", "deadline", "auction", "opening", "visit", "trip", "protest", "strike", "walkout",
                   "celebration", "commemoration", "service", "memorial", "vigil",
                   # plurals not made with a bare "s" (the rest are found from the singular)
                   "rallies", "matches", "ceremonies", "festivities", "primaries")
# Nouns a feast names the season of ("Black Friday deals", "Christmas sales", "a Thanksgiving
# dinner"): under a past verb the feast may still lie ahead, the nearer one is meant
FEAST_SEASON_NOUNS = ("deals", "sales", "shopping", "shoppers", "spending", "dinner", "dinners", "meal",
                      "travel", "rush", "bonus", "bonuses", "decorations", "menu", "orders")
# Nouns of figures reported for a period: the period named with them has begun ("sales for
# November", "the May jobs report", "results for the third quarter")
DATA_NOUNS = ("sales", "data", "figures", "numbers", "results", "earnings", "report", "index", "inflation",
              "payrolls", "output", "exports", "imports", "production", "statistics", "GDP", "CPI", "PMI",
              # "the monthly CPI indicator for July", "the flash estimate for June"
              "indicator", "reading", "estimate", "survey", "readings", "estimates")
# A month between "a" and a move of rates is a move still weighed, on either side of now, whatever
# the tense: "Fed minutes showed officials favoured a September cut", "said a March hike was unlikely"
MOVE_MONTH_BEFORE = r"\b(?:an?|another)\s$"
MOVE_MONTH_AFTER = (r"\s(?:(?:rate|interest-rate|quarter-point|half-point)\s(?:cut|hike|increase|rise|reduction|move)|"
                    r"cut|hike)\b")
# Words around a month that make it a futures contract's delivery month, which lies ahead ("Brent
# futures for December delivery", "the December Brent contract", "WTI crude for November", "for
# delivery in March")
FORWARD_MONTH_BEFORE = r"\b(?:(?:futures|contracts?|crude|Brent|WTI|delivery)\sfor|for\sdelivery\sin)\s$"
FORWARD_MONTH_AFTER = (r"\s(?:(?:Brent|WTI|crude|oil|gold|silver|copper|wheat|corn|soybeans?|cocoa|coffee|sugar|"
                       r"natural\sgas|gas)\s)?(?:delivery|contracts?|futures)\b")
# A verb in the infinitive after the past verb of a clause ("urged citizens to leave by Sunday"):
# what it names comes after the urging
INFINITIVE = r"\bto\s(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b"
# Words that make the "to" after them a preposition, not the sign of an infinitive: "According to
# reports", "Thanks to donors"
PREPOSITIONS_BEFORE_TO = ("according", "thanks", "prior", "next", "close", "owing", "contrary", "addition",
                          "compared", "relative", "up")
# Modals that look ahead even from further off than the other cues ("will hold its final
# meeting of the year on Wednesday"); "would" is left out, as it is often a past's future.
# A future cue that is a word of a day the story tells: "recovered 20 bodies the next day and 12
# more on Tuesday" is no future
NOT_FUTURE_CUE = r"(?<=\bthe\s)next(?=\s(?:day|morning|afternoon|evening|night)\b)"
FAR_FUTURE_CUES = ("will", "won't", "shall",  # and "we'll"
                   # and what is expected or set: "is expected to bring gusts of up to 80mph on Sunday"
                   "expected to", "is due to", "are due to", "set to", "likely to", "scheduled to")
# Words that set a date without saying on which side of now it lies ("set Friday as the
# deadline"): the nearest such date is meant.
# What was planned lies ahead of the planning: "Protesters planned a march on Saturday".
NEAR_CUES = ("deadline", "planned a", "planned an", "planning a", "planning an", "promised a", "promised an",
             # what was called for lies after the call: "called for an emergency cut before the September meeting"
             "called for a", "called for an", "calling for a", "calling for an",
             # a plan told in the past, on either side of now: "The first pause was to begin at 10 a.m.
             # Thursday", "The crossing was due to reopen Thursday"
             "was to", "were to", "was due to", "were due to", "was scheduled", "were scheduled",
             "had been scheduled", "was expected to", "were expected to", "had been expected to", "was set to",
             "were set to", "was slated", "were slated",
             # a vote called in the past: "The special election was called for Jan. 7"
             "was called for", "were called for", "been called for",
             # a step told by its gerund after "after" or "since" has no tense of its own: "is expected
             # to hold rates after cutting them in August"
             *(f"{w} {v}" for w in ("after", "since") for v in (
                 "cutting", "raising", "hiking", "lowering", "holding", "reporting", "posting", "falling",
                 "rising", "losing", "gaining", "hitting", "announcing", "launching")))
# Words right before a date that make it a deadline or an earliest time: the date lies ahead.
FUTURE_BEFORE = ("as soon as", "as early as", "no later than", "no earlier than", "ahead of",
                 "in the run-up to", "awaiting", "await", "waiting for", "wait for",
                 # a weather warning is for the days ahead of its issuing: "issued a yellow warning for Saturday",
                 # "issued a flood watch through 8 p.m. Friday"
                 "warning for", "warnings for", "alert for", "alerts for", "warning until", "warnings until", "warning through",
                 "watch for", "watch until", "watch through", "advisory for", "advisory until", "advisory through",
                 # so is a ban or an order in force for a day: "A total fire ban is in place for Saturday"
                 "in place for", "in force for", "in effect for", "declared for")
FUTURE_BEFORE_THEN = ("the",)  # "ahead of the June 30 deadline"
# Words right before a weekday that name the day a thing is set for ("The vote is Sunday",
# "Kickoff is at 7 p.m. Saturday"): the day lies ahead; but "Today is Monday" is today.
SET_FOR_BEFORE = ("is", "are", "is at", "are at", "is on", "are on", "is in", "are in",
                  # what is shut or open on a day, as market and school notices say: "U.S. markets are
                  # closed Monday for Memorial Day", "The museum is open on Sunday"
                  "is closed", "are closed", "is closed on", "are closed on", "is shut", "are shut",
                  "is open", "are open", "is open on", "are open on")
NOT_SET_FOR_AFTER = ("today", "tonight", "it")
# Words right before a date that look ahead only when no verb of the clause says otherwise
# ("stays in force until Tuesday", but "it was not until Tuesday that ..."; "is due by Friday",
# but "had lifted dozens from rooftops by Saturday afternoon"; "remains in effect through Friday
# morning"), but not after a year, whose figures run up to the date ("fell 2% this year through
# August").
# "due" too, without its verb in a headline or an aside: "UK inflation data due Wednesday", "the
# report, due Wednesday,", but "The payment was due Wednesday".
WEAK_FUTURE_BEFORE = ("until", "till", "by", "through", "due", "due on", "due out", "beyond")
WEAK_FUTURE_NOT_AFTER = ("year",)
# A verb that moves a happening, then "to" or "until" right before the date: the new date lies
# after the moving, of which the report is news ("delayed the trial until January", "extended the
# moratorium for six months, to Sept. 30", "pushed the launch back to Monday", "recessed the trial
# until Tuesday", "Parliament was prorogued until March 24").
RESCHEDULED_BEFORE = (r"\b(?:postpon(?:ed|es?)|delay(?:ed|s)?|defer(?:red|s)?|extend(?:ed|s)?|push(?:ed|es)?|"
                      r"put(?:s|ting)?\s(?:off|back)|mov(?:ed|es)|rescheduled?|adjourn(?:ed|s)?|recess(?:ed|es)|prorogu(?:ed|es)|"
                      r"suspend(?:ed|s)|"
                      # what a court grants runs on from the granting: "granted him interim bail till June 1"
                      r"grant(?:ed|s)|"
                      r"br(?:ought|ings?)\sforward)"
                      r"(?:\s(?!(?:to|until|till|on|in|at|from|after|before|since|and|but|or|when|as)\b)[\w'’.-]+){0,5}"
                      r",?\s(?:back\s|forward\s|off\s)?(?:to|until|till)\s(?:after\s)?(?:the\s|its\s|their\s|his\s|her\s)?$"
                      # so does one called or scheduled for a date: "called the election for July 4"
                      r"|\b(?:call(?:ed|s)|schedul(?:ed|es)|(?:re)?book(?:ed|s))"
                      r"(?:\s(?!(?:for|to|until|on|in|at|from|after|before|since|and|but|or|when|as)\b)[\w'’.-]+){1,4}"
                      r"\sfor\s(?:the\s|its\s|their\s)?$"
                      # and a case a court lists or posts for a hearing: "listed the matter for hearing on
                      # July 15", "posted the plea for further hearing on Monday"
                      r"|\b(?:list(?:ed|s)|post(?:ed|s)|fix(?:ed|es)|adjourn(?:ed|s)|defer(?:red|s))"
                      r"(?:\s(?!(?:for|to|until|on|in|at|from|after|before|since|and|but|or|when|as)\b)[\w'’.-]+){1,4}"
                      r"\sfor\s(?:further\s|final\s|next\s)?(?:hearing|arguments|trial|sentencing|judgment|verdict|orders)"
                      r"\s(?:on\s|to\s|till\s|until\s)?$")
# Words shortly before "in two years" that make it the span a thing is measured over, not a date
# ahead, whatever the tense: "the first rise in two years", "will cut 4,000 jobs in three years"
IN_UNITS_SPAN_BEFORE = (r"\b(?:first|only|biggest|largest|highest|lowest|smallest|fastest|slowest|strongest|"
                        r"weakest|longest|shortest|sharpest|steepest|deepest|worst|best|most|least|record|"
                        r"double|triple|halve|quadruple|twice|"
                        # "will raise prices for the second time in two years"
                        r"(?:second|third|fourth|fifth)\stime)\b|\d|\$|%")
PAST_CUES = (
    "was", "were", "had", "did", "said", "told", "took", "came", "began", "went", "held",
    "hit", "struck", "met", "ago", "last", "earlier", "since", "brought", "bought", "sold", "made",
    "found", "gave", "left", "lost", "won", "fell", "rose", "paid", "sent", "spent", "built",
    "became", "saw", "thought", "kept", "led", "ran", "shot", "grew", "knew", "chose", "wrote",
    "spoke", "stood", "broke", "drove", "flew", "fought", "caught", "meant", "felt", "heard",
    "got", "sank", "swept", "fled", "froze", "slid", "sought", "taught", "threw", "wore",
    "shrank", "swung", "withdrew", "overtook", "drew", "blew", "tore", "sprang", "dealt", "laid",
    "lit", "rang", "sang", "hid", "dug", "woke", "rode", "shook", "stole", "forgot", "forgave",
    "undertook", "upheld", "withheld", "overthrew", "understood", "lent", "spun", "stung", "swore",
    "wept", "arose", "awoke", "bore", "clung", "crept", "fed", "knelt", "leapt", "shone", "slept",
    "strode", "swam", "ate", "drank", "flung", "overran", "oversaw", "foresaw", "forbade",
    # past and base forms alike, as "hit": after "will" or "to" the base form
    "cut", "shut", "quit", "burst", "shed", "set sail", "set off", "set out",
    "should have", "should've", "must have", "must've", "could have", "could've", "could not", "couldn't",
    # who could or could not be found for comment was sought on the day: "could be located Wednesday"
    "could be reached", "could be located", "could be contacted", "could immediately be",
)
# Words that open a clause whose subject may be a date: "said Wednesday that Friday would be the
# worst day" is dated by "would", not by "said"
CLAUSE_OPENERS = ("that",)
# Modals right after a date that follows a speech verb make the date the reported clause's subject:
# "forecasters said the weekend would be hot" is dated by "would", as if "that" stood before it
SUBJECT_MODALS = ("would", "will", "could", "might", "should", "may")
# Past cues that date only what follows them: after a date, "since" opens another date ("This
# Sunday's election is the first since 2019")
LEFT_ONLY_PAST_CUES = ("since",)
# Past cues that are no participle, so no passive after "be": "where it has been since December"
NOT_PARTICIPLE_PAST_CUES = ("since", "ago", "earlier")

# The plural present of a timetable verb looks ahead as the singular does ("Leaders meet Monday",
# "Schools reopen Tuesday"), but not where the same form is an infinitive, follows "did" or a
# modal ("agreed to meet", "did not meet") or is a noun ("the meet Sunday"). Words more often
# nouns or adjectives are left out: "a no-confidence vote on Tuesday", "stayed open", "air travel",
# "filed their tax returns Monday".
PLURAL_TIMETABLE_VERBS = ("meet", "reopen", "begin", "resume", "convene", "arrive", "depart", "testify", "end",
                         "conclude",
                         # and singular ones that are nouns too: "Russia votes Sunday", "Arsenal plays
                         # Chelsea on Saturday", but "won 40% of the votes on Sunday"
                         "votes", "plays", "play",
                         # "is forecast to slow in 2025", but "beat forecasts"
                         "forecast", "forecasts")
# "due" alone looks ahead ("The results, due Aug. 28, are"), but not in "due to" (because) or "due
# diligence", nor after a past auxiliary ("was due on Monday")
DUE_WORDS = ("due",)
DUE_NOT_BEFORE = ("to", "diligence", "process", "course", "respect", "care")
DUE_NOT_AFTER = ("was", "were", "been", "had", "not")
NOT_PRESENT_AFTER = ("than", "beat", "missed", "of", "with", "above", "below", "to", "did", "didn't", "not", "never", "could", "couldn't", "can", "can't",
                     "cannot", "should", "must", "let", "the", "a", "an", "its", "their", "his", "her",
                     "this", "that", "whose", "our", "your", "my", "first", "next", "last", "final",
                     # a forecast named by what it is of: "lowered its annual sales forecast on Tuesday"
                     "sales", "annual", "profit", "earnings", "revenue", "growth", "inflation", "weather",
                     "latest", "new", "previous", "prior", "quarterly", "full-year", "economic", "budget")
# A past participle right after one of these is passive ("will be held"): the auxiliary decides.
# So is one after a verb of staying: "will remain closed until Sunday".
PASSIVE_AUXILIARIES = ("be", "been", "being", "is", "are", "am", "get", "gets", "remain", "remains",
                       "stay", "stays")
# After these a verb is in its base form, which for "hit" is also the past: "will hit", "to hit"
BASE_FORM_AFTER = ("to", "will", "would", "shall", "may", "might", "can", "could", "must", "should",
                   "won't", "wouldn't", "cannot", "can't")
# After a modal and one of these, an -ed word is a participle, which the auxiliary dates: "will have
# finished", "will be closed"
AUXILIARIES_BEFORE_PARTICIPLE = ("have", "has", "had", "be", "been", "being", "get", "got")
# After these (and a possessive) an -ed word, "last" or "cut" is an adjective or a noun, no past
# verb: "will vote on the assisted dying bill on 29 November", "a planned strike", "The last day to
# register is 18 November", "Royal Mail's last posting date", "a cut on Thursday" (not "that": "the
# shop that closed Monday")
ADJECTIVE_AFTER = ("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our",
                   "your", "my", "another")
# After one of these and a word, "cut" is a noun too: "the first BoE cut in June", "a Fed cut in March"
# (but "the Fed cut rates")
NOUN_CUT_TWO_AFTER = ("a", "an", "another", "first", "next", "second", "third", "further", "any", "no", "one")
# After these "cut" is the noun of a compound, no past verb: "a quarter-point rate cut in December",
# "a 25 basis point cut in March", "a tax cut next year" (words ending in "-point" too)
NOUN_CUT_AFTER = ("rate", "point", "points", "tax", "price", "pay", "budget", "spending", "job", "output",
                  "production", "supply", "dividend", "fare", "tariff")
# Words ending in -ed that are no past-tense verbs (the -ed ending is a past cue).
NOT_PAST_ED = ("need", "speed", "hundred", "indeed", "proceed", "exceed", "succeed", "seed", "feed",
               "breed", "bleed", "embed", "shed", "wed", "bed", "red", "preferred")
# Verbs of saying: a date right after one ("said Saturday") is the date of a statement,
# and relative words in the quotation that follows or precedes are resolved against it.
SPEECH_VERBS = (
    "said", "says", "told", "announced", "stated", "added", "wrote", "declared", "warned", "claimed",
    "confirmed", "reported", "insisted", "tweeted", "posted", "explained", "spoke", "speaking",
)
# Nouns of saying: "in a statement on Dec. 29" dates a statement too.
SPEECH_NOUNS = (
    "statement", "address", "speech", "interview", "briefing", "news conference", "press conference",
    "post", "message", "announcement", "remarks", "comments",
)
# Whom words are said to ("told the court on Tuesday"), besides a name ("told the BBC",
# "told Reuters"), and where they are posted or broadcast ("wrote on X on Monday").
SPEECH_ADDRESSEES = (
    "reporters", "journalists", "lawmakers", "legislators", "senators", "parliament", "the press",
    "the media", "the court", "the jury", "the judge", "the committee", "the panel", "the hearing",
    "the audience", "the crowd", "supporters", "delegates", "the assembly", "the council", "the nation",
    "the cabinet", "investors", "analysts", "state media", "state television", "state TV",
    # and those an organisation speaks to: "told staff on Thursday that the office would close on Friday"
    "staff", "employees", "workers", "shareholders", "members", "residents", "parents", "customers", "fans",
    "the public", "listeners", "viewers",
)
SPEECH_CHANNELS = (
    "X", "Twitter", "Facebook", "Instagram", "Telegram", "TikTok", "YouTube", "Truth Social", "LinkedIn",
    "social media", "television", "TV", "radio", "state television", "state TV",
)
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3}"
# What may stand between a verb or noun of saying and the date of the statement.
SPEECH_LINKS = (r"(?:\s+(?:issued|released|published|posted|delivered|made|given|broadcast|aired))?"
                r"(?:(?:\s+to)?\s+(?:" + "|".join(a.replace(" ", r"\s+") for a in SPEECH_ADDRESSEES) + "|" + _NAME + r"))?"
                r"(?:\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:{speech_noun}))?"
                r"(?:\s+on\s+(?:" + "|".join(c.replace(" ", r"\s+") for c in SPEECH_CHANNELS) + r"))?"
                # "told Reuters by phone on Thursday", "said by phone from Rafah", "said via video link"
                r"(?:\s+(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|via\s+video(?:\s+link)?|by\s+video\s+link|from\s+(?-i:[A-Z])[\w-]+)){0,2}"
                r"\s+(?:on|in|late|early|after)?\s*")

# Words right before a date that make it the end of a span rather than the day of a happening.
BOUND_WORDS = ("until", "till", "into", "through", "by", "to")
# Words right before a feast that make it a limit too: "Shoppers rushed to buy gifts before
# Christmas" two days ahead of it (before other dates a time of its own: "shortly before midnight")
FEAST_BOUND_BEFORE = ("before",)
# after a dateline's date, the agency in brackets and a dash: "TOKYO, March 16 (Reuters) -",
# "BEIJING, March 15 (Xinhua) --", "KYIV, Ukraine, Nov. 2 (AP) —"
DATELINE_AFTER = r"\s\((?-i:[A-Z])[\w.&/ -]{0,30}\)\s?(?:--?|–|—)\s"
# Nouns right after a date that make it a limit too: "the Jan. 14 deadline"
BOUND_NOUNS = ("deadline", "cutoff", "cut-off")
# Words right before a bare "midnight" that make it the end of its day even in a past clause ("stayed
# open until midnight", "shortly before midnight"); else a past clause's midnight is the one that
# began the day ("The attack began shortly after midnight")
DAY_END_BEFORE = ("before", "until", "till", "by", "to", "into", "through")

# What joins the two ends of a range of dates ("Friday through Sunday", "March 3 to March 5",
# "between 1990 and 1995"): the second end is not before the first. "and" joins a range only after
# "between"; elsewhere it joins a list ("on Thursday and Monday").
RANGE_JOINERS = ("-", "–", "—", "to", "through", "thru", "until", "till", "into")
RANGE_PAIR = (("between", "and"),)
# What joins two dates of a list ("in April and May 2023", "on May 14 or 15, 2023"): a year written
# once after the last belongs to the others too, as it does to the first end of a range
LIST_JOINERS = ("and", "or", "&")
# between a length the story moves by, or a day it counts, and the weekday that names the day: "Two
# days later, on Monday, ...", "Two days earlier, on Friday, ...", "the next day, Tuesday, ..."
WEEKDAY_AFTER_SHIFT = r"\s(?:later|afterwards?|earlier),?\s(?:on\s)?|,\s(?:on\s)?"
# what opens a sentence with a year that is the story's into the next sentence too: "In 2014,
# Russia annexed Crimea. In April, ..." (not "The 2006 war ...")
YEAR_OPENER = r"(?:^|\b)(?-i:In|By|During)\s(?:(?:early|late|mid)[-\s])?$"
# what joins a day of a month to the weekday it fell on: "on Oct. 7, a Saturday," is one day, of the
# year in which Oct. 7 was a Saturday
WEEKDAY_APPOSITION = r",\s(?:a|which\swas\sa|then\sa)\s"

# Quotation marks: opening, closing (straight quotes toggle)
QUOTES = {"“": "”", '"': '"', "«": "»"}

# Unit words with no count ("for weeks"), and the words before "weeks of ..." that make it a stretch
# of time ("after weeks of talks"); rules that start at the unit word check these behind it
_VAGUE_UNITS = ("days", "weeks", "months", "years", "decades")
_UNITS_OF_AFTER = ("after", "following", "follows", "followed", "amid", "despite", "ending", "end", "ended", "ends",
                   "endured", "enduring", "spent", "suffered", "survived")

# Words before "by" or "from" that make the number after them a change, not a year: "fell by 1200 on
# Monday", "up from 1700 a year earlier". Past verbs and "up", "down" for any year ("could rise by
# 2100" looks ahead to the year); the present and infinitive too before a year that is gone ("could
# rise by 1500").
_CHANGED = ("rose", "risen", "fell", "fallen", "dropped", "increased", "decreased", "declined", "grew", "grown",
            "jumped", "climbed", "gained", "lost", "slipped", "surged", "tumbled", "plunged", "soared", "cut",
            "reduced", "shrank", "shrunk", "swelled", "dipped", "slid", "rallied", "up", "down", "higher", "lower",
            "more", "fewer", "less", "increase", "decrease", "reduction")
_CHANGING = ("rise", "rises", "fall", "falls", "drop", "drops", "increases", "decreases", "decline", "declines",
             "grow", "grows", "jump", "jumps", "climb", "climbs", "gain", "gains", "lose", "loses", "slip", "slips",
             "surge", "surges", "reduce", "reduces", "shrink", "shrinks")
_NOT_CHANGED = "".join(rf"(?<!\b{w}\s{p}\s)" for w in _CHANGED for p in ("by", "from"))
_NOT_CHANGING = "".join(rf"(?<!\b{w}\s{p}\s)" for w in _CHANGING for p in ("by", "from"))

# "tomorrow morning": a relative day and a part of it
_DAY_AND_PART = r"(?P<rel_word>yesterday|today|tomorrow)\s(?P<rel_part>morning|afternoon|evening|night)"
# a 24-hour clock of a numeric stamp, with seconds and a zone or offset: "2024-03-14 17:05:09 UTC",
# "2024-03-14T17:05:00Z", "2024-03-14T17:05+05:30"
_STAMP_CLOCK = r"(?P<hour24>[01]?\d|2[0-3])[:.](?P<minute24>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z\b|[+-]\d\d:?\d\d\b|\s{zone})?(?![\d:])"
# a clock and what joins it to the day it is on: "9pm on", "10:35 a.m. local time", "5 p.m. EST,"
_CLOCK_ON = r"(?=[\dnm])\b{clock}(?:(?<=\d)\s(?:hrs|hours)\b)?(?:\s{zone})?(?:\s{place_time})?,?\s(?:on\s)?"

# A pattern that opens with a look-ahead for its first character ("(?=\d)", "(?=[fc])") lets the
# regex engine skip to the places a match can start; a "\b" or a look-behind first would not.
RULES = (
    # name                         pattern                                                           builds
    # "2013-03-15", and "2013/03/15" as East Asian newsrooms write it
    ("iso date",                   r"(?=[12])(?<![\d/-]){year}(?P<iso_sep>[-/])(?P<month_num>0[1-9]|1[0-2])(?P=iso_sep)(?P<day>0[1-9]|[12]\d|3[01])(?![\d/-])", "date"),
    ("month/day/year",             r"(?=\d)(?<![\d/]){month_num}/{day}/{year}(?![\d/])",                  "date"),
    # day first where the month cannot come first ("14/03/2013"), and always with dots ("14.03.2013")
    ("day/month/year",             r"(?=\d)(?<![\d/])(?P<day>1[3-9]|2\d|3[01])/{month_num}/{year}(?![\d/])", "date"),
    ("day.month.year",             r"(?=\d)(?<![\d.]){day}\.{month_num}\.{year}(?!\.?\d)",            "date"),
    # "25-10-2024": with dashes, day first, as Indian and European reports write it (US copy writes
    # slashes; "2024-10-25" is ISO)
    ("day-month-year",             r"(?=\d)(?<![\d/.-]){day}-{month_num}-{year}(?![-/.]?\d)",          "date"),
    ("month day, year",            r"{month}\s{day}(?:st|nd|rd|th)?,?\s{any_year}\b",                  "date"),
    ("day month year",             r"\b{day}(?:st|nd|rd|th)?\s(?:of\s)?{month},?\s{any_year}\b",        "date"),
    ("month of a year's event",    r"(?<![\w-]){year}\s{yearly_event}\s(?:in|on|from|during|through|until|by)\s(?P<t>{month}(?:\s{day}(?:st|nd|rd|th)?)?)\b(?![\d,]\d|:\d|\.\d)(?!,?\s\d{4})", "date"),
    # "the Sept. 11 attacks", "the Jan. 6 committee", "the 7 October attack", "since 9/11": the day of
    # that year
    ("event month day",            r"{month}\s{day}(?=,?\s(?:{event_noun})\b)",                     "event_day"),
    ("event day month",            r"\b{day}\s{month}(?=,?\s(?:{event_noun})\b)",                  "event_day"),
    ("numbered event day",         r"(?=\d)(?<![\d/.])(?:{numeric_event_day})(?![\d/])",             "event_day"),
    ("month day",                  r"{month}\s{day}(?:st|nd|rd|th)?(?![\d,]\d|:\d)\b",             "date"),
    ("day month",                  r"\b{day}(?:st|nd|rd|th)?\s(?:of\s)?{month}\b",                 "date"),
    # "the fifth of April", "April fifth", as transcripts and speeches write them
    ("spelled day of month",       r"\bthe\s{ordinal}\sof\s{month}\b(?:,?\s{any_year}\b)?",               "spelled_day"),
    ("month spelled day",          r"{month}\s(?:the\s)?{ordinal}\b(?![-\w]|\s(?:{not_day_of_month}|quarter|half|reading|term|round|time)\b)(?:,?\s{any_year}\b)?", "spelled_day"),
    # "June the 3rd", as it is said
    ("month the day",              r"{month}\sthe\s{day}(?:st|nd|rd|th)\b",                        "date"),
    # "4-6 July", "the 4th and 5th of July", "Thursday 21 to Sunday 24 March": the first day is a date
    # of the month that follows
    ("first day of month",         r"(?<![\w.,])(?P<t>{day}(?:st|nd|rd|th)?)(?:\s(?:and|or|to|through|&)\s(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s)?|\s?[-–]\s?)(?P<last_day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s(?:of\s)?{month}\b(?:,?\s{any_year}\b)?", "first_day"),
    # "April 24 and 25": the second day is a date of the same month; "Jan. 5-7, 2023": and of that year
    ("second day of month",        r"{month}\s(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s(?:and|or|to|through|&)\s|\s?[-–]\s?)(?P<t>{day}(?:st|nd|rd|th)?(?:,?\s{year}\b)?)(?![\d,]\d|:\d|\.\d)\b(?!\s(?:{count_noun}|{unit}|percent)\b|%)", "date"),
    ("month year",                 r"{month}\s(?:of\s)?{any_year}\b",                                  "date"),
    # a year written short after an apostrophe, this century's below 50 and the last one's above, as
    # for "FY25": "in June '82", "the summer of '76" (not "the '80s")
    ("month short year",           r"{month}\s(?:of\s)?['’](?P<fiscal_short>\d\d)\b(?![-–/.,:]\d|%)", "date"),
    ("modifier month day",         r"\b{modifier}\s{month}\s{day}(?:st|nd|rd|th)?(?![\d,]\d|:\d)\b", "date"),
    ("modifier month",             r"\b{modifier}\s{month}\b(?!\.?\s\d)",  "month"),
    ("in month",                   r"\b(?:in|since|until|till|by|during|from|through|throughout)\s(?P<t>{time_mod}{month})\b(?!\s\d)", "month"),
    ("bare month",                 r"(?<![\w.]){month_name}(?={possessive}|\b)(?!\s\d)",            "month"),
    # "its May meeting", "the May election": "May" before a noun it dates, after a determiner
    ("May before noun",            r"(?P<month>(?-i:May))(?:(?<=\bthe\sMay)|(?<=\bits\sMay)|(?<=\btheir\sMay)|(?<=\bhis\sMay)|(?<=\bher\sMay)|(?<=\bthis\sMay)|(?<=\blast\sMay)|(?<=\bnext\sMay))(?=\s(?-i:[a-z]))(?!\s(?:government|administration|cabinet|premiership|ministry|be|have|not)\b)", "month"),
    # "April and May", "from March to May", "May or June": "May" beside another month in a pair or range
    ("May after month",            r"(?<![\w.]){month_name}(?:,?\s(?:and|or|to|through|until|till|into|&)\s|,\s|[-–])(?P<t>(?P<month>(?-i:May)))\b(?!\s\d)", "month"),
    ("May before month",           r"(?P<month>(?-i:May))(?=(?:,?\s(?:and|or|to|through|until|till|into|&)\s|,\s|[-–]){month_name}\b)", "month"),
    # "May retail sales", "May's election": "May" before what a month dates
    ("May before month noun",      r"(?P<month>(?-i:May))(?=(?:{possessive})?\s(?-i:{month_noun})\b|\s(?-i:{month_event_noun})\b)", "month"),
    # "the rest of May", "postponed to May", "scheduled for May": after words that take a time
    ("May after word",             r"(?P<month>(?-i:May))(?:" + "|".join(rf"(?<=\b{w}\sMay)" for w in (
                                       "half of", "rest of", "month of", "part of", "remainder of", "end of", "weeks of", "days of",
                                       "postponed to", "delayed to", "moved to", "deferred to", "adjourned to", "extended to",
                                       "pushed back to", "brought forward to", "put off to", "scheduled for", "planned for",
                                       "set for", "slated for", "rescheduled for", "earmarked for")) + r")\b(?!\s\d|{possessive})", "month"),
    # "talks resume in the new year": the year about to begin, or just begun; not the holiday
    # ("the New Year's Day parade", "the New Year holiday") nor a lunar one ("the Lunar New Year")
    ("the new year",               r"(?-i:new\syear|New\sYear)(?<=\bthe\snew\syear)(?!(?:'s|’s)|\s(?:holidays?|celebrations?|festivities|"
                                   r"party|parties|eve|day|message|address|speech|resolutions?|fireworks|sales?|break|"
                                   r"honou?rs|concert|parade|rush|greetings?|wishes|card)\b)", "new_year"),
    # "between Christmas and New Year": New Year's Day, the holiday after Christmas (not "the Jewish
    # New Year", nor "the New Year" that is a year)
    ("New Year after Christmas",   r"(?-i:New\sYear)(?<=Christmas\sand\sNew\sYear)(?!['’]s|\s(?:Eve|Day)\b)", "new_year_day"),
    # "end-March", "start-June": the hyphenated edges reports write in tables and briefs
    ("early or late month",        r"(?<![\w-])(?:(?:late|early)[\s-]|(?:mid|end|start)-){month}\b(?!\s\d)",        "month"),
    # "by March-end", "till September-end", as Indian reports write "the end of March"
    ("month-end",                  r"(?<![\w-]){month}-end\b(?!-)",                                      "month"),
    ("weekday month day",          r"{weekday},?\s{month}\s{day}(?:st|nd|rd|th)?(?:,?\s{any_year})?\b(?![\d,]\d|:\d)", "date"),
    # web datelines: "Sat 8 Jun 2024", "Tue, Jun 4, 2024"; the short weekday alone is a word ("Sat", "Sun")
    ("short weekday month day",    r"{short_weekday},?\s{month}\s{day}(?:st|nd|rd|th)?(?:,?\s{any_year})?\b(?![\d,]\d|:\d)", "date"),
    ("short weekday day month",    r"{short_weekday},?\s{day}(?:st|nd|rd|th)?\s{month}\b(?:,?\s{any_year}\b)?", "date"),
    ("weekday day month",          r"{weekday},?\s(?:the\s)?{day}(?:st|nd|rd|th)?\s(?:of\s)?{month}\b(?:,?\s{any_year}\b)?", "date"),
    # "in October of that year", "November that year": that month of the year the story is in
    ("month of that year",         r"\b{month_name}\s(?:of\s)?(?-i:that)\s(?:same\s)?year\b",            "month_of_story_year"),
    ("month of this year",         r"\b(?:{month_name}|(?P<month>(?-i:May)))\s(?:of\s)?{modifier}\syear\b",  "month_of_year"),
    ("season of this year",        r"\b(?:the\s)?{season}\s(?:of\s)?{modifier}\syear\b",                    "season_of_year"),
    ("edge of month",              r"\bthe\s(?:end|beginning|start|middle|close)\sof\s(?:{month_name}|(?P<month>(?-i:May))(?!{possessive}))(?:\s{any_year})?\b", "date"),
    # "by week's end", "at month's end": the end of the story's week or month
    ("week's end",                 r"(?P<story_period>(?-i:week|month))(?<![\w-]week)(?<![\w-]month)(?:'s|’s)\send\b", "period"),
    ("edge of year",               r"\bthe\s(?:end|beginning|start|middle|close)\sof\s{any_year}\b",   "date"),
    # "by year-end 2025", "at year end 2023": that year's end, as "the end of 2025"
    ("year end of year",           r"(?=[yY])\byear[-\s]end\s{any_year}\b",   "date"),
    # "by the end of next month"; "by the end of the month": of the month the story is telling
    ("edge of period",             r"\bthe\s(?:end|beginning|start|middle|close)\sof\s(?:{modifier}\s{period}\b|the\s(?P<story_period>week|month)\b(?!\s(?:of|before|after|in|that|when)\b))", "period"),
    # "the week of March 6", "the first week of May" (with LEFT_MODIFIERS): an ISO week. The
    # patterns start at "week", a case-sensitive word the engine can skip ahead to.
    # "the week ended Oct. 26", as weekly figures are dated: the week that day closes
    ("week of date",               r"(?-i:week)(?<=\bthe\sweek)\s(?:of|ended|ending|to)\s{month}\s{day}(?:st|nd|rd|th)?(?:,?\s{year})?\b(?![\d,]\d|:\d)", "week_of"),
    ("week ended day month",       r"(?-i:week)(?<=\bthe\sweek)\s(?:ended|ending|to)\s(?:{weekday},?\s)?{day}(?:st|nd|rd|th)?\s{month}\b(?:,?\s{year}\b)?", "week_of"),
    ("week of month",              r"(?-i:week)(?:(?<=\bfirst\sweek)|(?<=\bsecond\sweek)|(?<=\bthird\sweek)|(?<=\bfourth\sweek)|(?<=\blast\sweek)|(?<=\bfinal\sweek))\sof\s(?:{month}|{modifier}\smonth)(?:,?\s(?:of\s)?{year})?\b(?!\s\d)", "week_of"),
    ("year period",                r"\bthe\s{year}\s(?:period|fiscal\syear)\b",                    "date"),
    ("quarter of year",            r"\b(?:the\s)?(?:(?:fiscal|calendar)\s)?(?:{quarter}|(?P<last_part>final))[-\s]quarter\s(?:of\s)?(?:fiscal\s|FY\s?)?{year}\b", "quarter"),
    ("year quarter",               r"\b(?:the\s)?{year}(?:'s|’s)?\s{quarter}[-\s]quarter\b",        "quarter"),
    # "the holiday quarter", as retailers and Apple name the October-December quarter
    ("holiday quarter",            r"(?=[tThH])\b(?:the\s)?holiday[-\s]quarter\b",                                     "holiday_quarter"),
    ("ordinal quarter",            r"(?:\bthe\s(?:(?:fiscal|calendar)\s)?(?=[\w]+\squarter)|\b(?:(?:fiscal|calendar)\s)?){quarter}[-\s]quarter\b", "quarter"),
    ("modifier year's quarter",    r"\b{modifier}\syear(?:'s|’s)\s(?:fiscal\s)?{quarter}[-\s]quarter\b", "year_quarter"),
    # "last year's quarter", "the same period last year", "the quarter a year ago": the quarter in
    # question, a year before; "last year" alone stays the calendar year
    ("last year's period",         r"\b(?:last|the\sprevious)\syear(?:'s|’s)\s(?:{quarter}[-\s])?(?:quarter|period)\b", "year_earlier"),
    # "up from $3 million last year", "from last year's $1.55 billion": a figure compared with the
    # same period a year before, the quarter of a quarterly report
    ("figure last year",           r"(?-i:last\syear)(?:(?<=\d\slast\syear)|(?<=%\slast\syear)|(?<=\bmillion\slast\syear)|(?<=\bbillion\slast\syear)|(?<=\bcent\slast\syear)|(?<=\bcents\slast\syear)|(?<=\bpercent\slast\syear)|(?<=\sa\sshare\slast\syear))\b(?!'|’)", "year_earlier"),
    ("last year's figure",         r"\b(?P<t>last\syear)(?=(?:'s|’s)\s(?:[$£€]|C\$|US\$|\d))", "year_earlier"),
    ("period a year before",       r"\bthe\s(?:same\s|corresponding\s|comparable\s)?(?:{quarter}[-\s])?(?:quarter|period)\s(?:(?:of\s)?last\syear|a\syear\s(?:ago|earlier))\b", "year_earlier"),
    ("year's quarter in context",  r"\bthe\s{year}\squarter\b",                                 "year_of_quarter"),
    # and "the prior-year period", as American filings write it
    ("year-earlier period",        r"\bthe\s(?:comparable\s|corresponding\s)?(?:year-(?:earlier|ago)|prior-year)\s(?:{quarter}[-\s])?(?:quarter|period)\b|\b(?:year-(?:earlier|ago)|prior-year)\b", "year_earlier"),
    # "the quarter to June", "the quarter ended Sept. 30, 2023": the quarter that month closes (one
    # that "ended" is over: in August, last year's third)
    ("quarter to its last month",  r"(?=[Tt]he\squarter\s)\bthe\squarter(?=\s(?:(?P<quarter_ended>ended)|ending|to|through)\s(?P<quarter_month>March|June|Sept(?:ember|\.)|Dec(?:ember|\.))"
                                   r"(?:\s(?:3[01]|[12]\d|0?[1-9])\b)?(?:,?\s(?P<year>(?:19|20)\d\d)\b)?)", "quarter_month"),
    ("latest quarter",             r"\bthe\s(?:(?:latest|last|most\srecent|recent|past|just-ended|just\sended)\s)?quarter\b(?!\s(?:of|century|mile|point)|[-–]to\b)|\bthe\s(?:latest|most\srecent)\speriod\b", "latest_quarter"),
    # a company's reporting year: "for the year ended Sept. 30", "in the year to March" and "in the
    # year to 31 March" measure a year; "for the year" is this one
    ("reporting year span",        r"\b(?:for|in|during|throughout)\s(?P<t>the\s(?:full\s|fiscal\s)?year)\s(?=end(?:ed|ing)\b|(?:to|through)\s(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s)?{month_name}\b)", "year_span"),
    # "up 21% year to date", "its year-to-date gain", "quarter-to-date": the period under way, as
    # "so far this year"
    ("period to date",             r"(?=[yYqQmMwWtT])\b(?:the\s)?(?P<period>year|quarter|month|week)[-\s]to[-\s]date\b", "period_to_date"),
    ("reporting year",             r"\b(?:for|in|during|throughout|of)\s(?P<t>the\s(?:current\s)?(?:full\s|fiscal\s)?year)\b(?!\s(?:before|after|earlier|ago|of|in|end|award|for)\b|\s\d)", "year_end"),
    # "Q3 2024", "in Q3", "H1 2023": the codes of company reports
    # the code comes first in these patterns, so that the engine skips ahead to a Q or an H
    # a year of two digits right after a code that starts with its number, or after "FY" or an
    # apostrophe: "1Q24", "Q1 FY25", "Q3 '23" (not "Q1 24 hours")
    ("period code year",           r"{period_code}(?<![\w-]..)(?:(?:\s|-)(?:FY\s?)?{year}\b|(?:(?<=\d[QH])|\s?FY\s?|\s?'|\s?’)"
                                   r"(?P<fiscal_short>\d\d)\b(?![-/.,]\d|%))", "period_code"),
    # with no year, a code only after a preposition, and H1/H2 only after "in", "for" or "during"
    # ("production of H2" is hydrogen)
    ("period code",                r"{period_code}(?:(?<=\bin\s..)|(?<=\bfor\s..)|(?<=\bduring\s..)|(?<=\bof\sQ.)|(?<=\bby\sQ.)|(?<=\bthe\sQ.)|(?<=\bto\sQ.)|(?<=\bfrom\sQ.)|(?<=\bsince\sQ.)|(?<=\buntil\sQ.)|(?<=\bthrough\sQ.))\b(?![-\s]\d)", "period_code"),
    # or before the figures a company reports for it: "forecast Q4 revenue", "after its Q2 results",
    # "Q3 net profit"; a quarter's only (not hydrogen, "H2 results in", nor a model, "Audi Q4 sales")
    ("period code noun",           r"{period_code}(?<=Q\d|\dQ)(?<![\w-]..)(?<!Audi\s..)(?=\s(?:(?:net|pre-tax|operating|core|adjusted)\s)?{period_code_noun}\b)", "period_code"),
    # "the second half of the year", "the first quarter of next year": that year's part
    # (it starts at the case-sensitive "quarter"/"half", which the engine skips ahead to, and
    # checks the ordinal behind it; LEFT_MODIFIERS add the ordinal to the extent)
    ("part of modifier year",      r"(?-i:quarter|half)(?:(?<=first[-\s]quarter)|(?<=second[-\s]quarter)|(?<=third[-\s]quarter)"
                                   r"|(?<=fourth[-\s]quarter)|(?<=1st\squarter)|(?<=2nd\squarter)|(?<=3rd\squarter)|(?<=4th\squarter)"
                                   r"|(?<=first[-\s]half)|(?<=second[-\s]half)|(?<=last\shalf)|(?<=latter\shalf)|(?<=back\shalf)|(?<=final\squarter)|(?<=final\shalf))"
                                   r"\sof\s(?:the\s(?:current\s)?|(?P<modifier>this|next|last)\s)year\b", "part_of_year"),
    ("months of period",           r"(?P<month_span>" + MONTH_SPANS + r")(?:\s{year})?\s(?:quarter|period|half)\b(?:\sof\s(?P<year_after>(?:19|20)\d\d)\b)?", "month_span"),
    # "the December quarter", as Australian and Indian reports name a quarter by its last month
    ("quarter of its last month",  r"\bthe\s(?=[MJSD])(?P<quarter_month>March|June|September|December)(?:\s{year})?\squarter\b", "quarter_month"),
    ("half of year",               r"\b(?:the\s)?{half}[-\s]half\s(?:of\s)?(?:fiscal\s|FY\s?)?{year}\b",          "half"),
    # two quarters make a half: "the first two quarters of 1990" is 1990-H1
    ("two quarters of year",       r"\b(?:the\s)?{half}\stwo\squarters\s(?:of\s)?{year}\b",          "half"),
    ("ordinal half",               r"\b(?:the\s)?(?!(?:last|latter|back)\b){half}[-\s]half\b(?!\sof\s(?!{year}))",       "half"),
    ("season of year",             r"\b(?:the\s)?{season}\s(?:of\s)?{any_year}\b",                   "season"),
    ("season short year",          r"\b(?:the\s)?{season}\s(?:of\s)?['’](?P<fiscal_short>\d\d)\b(?![-–/.,:]\d|%)", "season"),
    # "that summer", "the following winter": the story's season, not the publication's
    ("story season",               r"\b(?:(?-i:[Tt]hat)|(?-i:[Tt]he)\s(?P<modifier>following|previous))\s{season}\b", "story_season"),
    ("modifier season",            r"\b{modifier}\s{season}\b",                                   "season"),
    ("the season",                 r"\bthe\s(?:(?:early|late)\s)?{season}\b(?!\s+(?:of|camp|olympics|games|school|house|palace|solstice|equinox|months|holidays|break|season|fuel|vomiting|budget|statement|sports|tyres|tires)\b)", "season"),
    # "reopens in spring", "by late summer": a bare season after a word that takes a time, where
    # the clause ends or goes on ("in spring training", "over winter wheat" are no seasons)
    ("season after preposition",   r"\b(?-i:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Oo]ver|[Bb]efore|[Ff]rom|[Aa]head\sof)\s"
                                   r"(?P<t>(?:(?:early|late|mid)[-\s])?{season})\b{season_end}", "season"),
    # "in spring and summer", "from spring to autumn": the second season of a pair the first of
    # which is one
    ("second season",              r"(?=[itdf])\b(?:in|the|from|during|through|this)\s(?:spring|summer|autumn|fall|winter)\s(?:and|or|to|through|into|&)\s(?P<t>{season})\b{season_end}", "season"),
    # "by mid-year": the middle of this year, where it ends the phrase (not "mid-year results")
    ("year end",                   r"\b(?:the\s(?:end|beginning|start|middle|close)\sof\sthe\syear|year[-\s]end|year(?:'s|’s)\send"
                                   r"|mid-?year(?=\s*[,.;:!?)]|\s*$|\s(?:and|or|but|when|as|at|to|from|with|in|on)\b))\b",  "year_end"),
    # "by the end of the decade", "the second half of the century", "mid-century": the publication
    # day's decade or century, as "the end of the year" is its year; not "the end of the decade-long
    # war"; "mid-century modern" is a style
    ("edge of the decade",         r"(?=[Tt]he\s)\bthe\s(?:end|beginning|start|middle|close|(?:first|second|latter)\shalf)\sof\sthe\s(?P<long_period>decade|century)\b(?![-\w])", "long_period"),
    ("mid-decade",                 r"(?-i:[Mm]id)(?<![\w-][Mm]id)-?(?P<long_period>decade|century)\b(?![-\w]|\s(?:modern|design|furniture|architecture|style|house|homes?|houses|building|buildings|chairs?|decor|look|classics?|aesthetic)\b)", "long_period"),
    # "two thousand" is a year only after "the year", "in", "by" or "since" (else it counts)
    ("spelled year",               r"(?:\b{year_century}\s{year_tens}|two\sthousand(?:(?<=\bthe\syear\stwo\sthousand)|(?<=\bin\stwo\sthousand)|(?<=\bby\stwo\sthousand)|(?<=\bsince\stwo\sthousand)))(?:(?:-|\s(?:and\s)?){year_ones})?\b(?!\s(?:{count_noun}|{unit}|(?!(?:has|was|is|says|does|seems|remains|looks)\b)(?-i:[a-z]+s))\b)", "spelled_year"),
    ("month spelled year",         r"{month_name}\s(?:of\s)?{spelled_year}\b",                   "spelled_year"),
    ("season spelled year",        r"\b(?:the\s)?{season}\sof\s{spelled_year}\b",                 "spelled_year"),
    ("decade",                     r"\b(?P<decade>1[89]\d|20\d)0(?:'s|s)\b",                        "decade"),
    # "the 1600s", "the late 1780s": before 1800 only after "the" or "early", "mid-", "late"
    ("decade before 1800",         r"(?=1[0-7])(?:(?<=\bthe\s)|(?<=\bearly\s)|(?<=\bmid-)|(?<=\bmid\s)|(?<=\blate\s))(?P<decade>1[0-7]\d)0(?:'s|s)\b", "decade"),
    # "the 1970s and '80s": the short form needs no "the" (the apostrophe is checked after it, for speed)
    ("short decade",               r"['’](?P<decade_short>[3-9])0s\b(?<![\w'’]['’][3-9]0s)",          "decade"),
    ("decade in words",            r"\bthe\s(?:(?:early|mid|late)[-\s])?(?:{decade_word}|['’](?P<decade_short>[3-9])0s)\b", "decade"),
    ("century",                    r"(?:\b(?P<century>\d{1,2})(?:st|nd|rd|th)[-\s]centur(?:y|ies)\b|\b(?P<century_word>{ordinal})[-\s]centur(?:y|ies)\b)(?:\s{era})?", "century"),
    # "the 19th and 20th centuries": the first of two is a century too
    ("first of two centuries",     r"\b(?P<century>\d{1,2})(?:st|nd|rd|th)(?=\s(?:and|or|to|through)\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)\scenturies\b)", "century"),
    ("fiscal year",                r"(?=[fc])\b(?:(?:fiscal|calendar)(?:\syear)?|FY)\s?{year}\b",                        "date"),
    # "FY2024-25", as Indian reports write it: one fiscal year, named by the year it ends in, as "FY25"
    # is (but "fiscal 1998/99" names both years)
    ("fiscal year range",          r"(?-i:FY)\s?(?:19|20)\d\d[-–/](?P<fiscal_short>\d\d)\b(?![-–/.]\d|%)", "fiscal_short"),
    # "FY25", "FY'98": the year written short, this century's below 50, the last one's above
    ("short fiscal year",          r"(?-i:FY)\s?'?(?P<fiscal_short>\d\d)\b(?![-/.]\d|%)",                  "fiscal_short"),
    ("mid year",                   r"(?=[mesl])\b(?:mid|end|start|early|late)-{year}\b",                "date"),
    ("before or after year",       r"\b(?:pre|post)-{year}\b",                                         "date"),
    # "the 1914-1918 war": both years; the look-behinds follow the digits, for speed
    ("year range start",           r"{year}(?<![\w$£€.,/-]\d{4})(?=[-–](?:1[89]\d\d|20\d\d)\b(?![-–/.]\d|\s(?:{count_noun})\b|%))", "date"),
    ("year range end",             r"{year}(?<=(?<![\w$£€.,/-])(?:1[89]\d\d|20\d\d)[-–]\d{4})\b(?![-–/.]\d|\s(?:{count_noun})\b|%)", "date"),
    # "the 2023-24 season", "fiscal 1998/99": the second year written short, in the first's century
    ("short year range start",     r"(?P<range_century>1[89]|20)(?P<range_from>\d\d)(?<![\w$£€.,/-]\d{4})(?=[-–/](?P<range_to>\d\d)\b(?![-–/.:]\d|%))", "short_year_start"),
    ("short year range end",       r"(?P<range_to>\d\d)\b(?<=(?<![\w$£€.,/-])(?P<range_century>1[89]|20)(?P<range_from>\d\d)[-–/]\d\d)(?![-–/.:]\d|%)", "short_year_end"),
    # a number before a counted noun is a count ("reached 2023 voters"), but not after a word that
    # takes a year ("In 2020 voters approved the measure")
    ("bare year",                  r"(?<![\w$£€.,/-]){year}\b(?![%,.]\d|[-–/]\d|%)(?:(?<=\bin\s\d{4})|(?<=\bsince\s\d{4})|(?<=\bby\s\d{4})"
                                   r"|(?<=\bduring\s\d{4})|(?<=\buntil\s\d{4})|(?<=\bbefore\s\d{4})|(?<=\bafter\s\d{4})|(?!\s(?:{count_noun})\b))", "date"),
    # a year outside 1800-2099 only after a word that takes a year ("founded in 1300", "sea levels
    # could rise by 2100", "circa 1500"), not in a ratio ("one in 1500"), a change ("fell by 1200")
    # nor as a clock ("from 2100 to 0600", "until 2130 GMT"); "around 1500" is mostly a count
    ("year after preposition",     r"(?=1[0-7]\d\d\b|2[1-9]\d\d\b)(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\btill\s)"
                                   r"|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bcirca\s)|(?<=\bc\.\s)|(?<=\bduring\s))"
                                   r"(?<!\bone\sin\s)(?<!\b1\sin\s)(?<!\d\suntil\s)(?<!\d\still\s)" + _NOT_CHANGED + r"(?:(?=2)|" + _NOT_CHANGING + r")"
                                   r"{any_year}(?![%,.]\d|[-–/]\d|%)"
                                   r"(?!\s(?:{zone}|local|hours|hrs|h)\b|\s(?:to|until|till|and)\s\d)", "date"),
    # a year with its era: "753 BC", "AD 43", "10,000 BC"; not British Columbia ("2,000 BC residents",
    # "100 BC Hydro workers")
    ("year of era",                r"(?=\d)(?<![\w$£€.,/-])(?P<era_year>\d{1,3}(?:,\d{3})+|\d{1,5})\s{era}"
                                   r"(?!\s(?-i:[A-Z][a-z])|\s(?:{count_noun})\b|\s(?!(?:was|has|is|as|this|its|his|thus|plus|unless|less|across|perhaps)\b)(?-i:[a-z]+s)\b)", "era_year"),
    ("era before year",            r"(?-i:AD|A\.D\.)(?<![\w.]AD)(?<![\w.]A\.D\.)\s(?P<era_year>[1-9]\d{0,3})\b(?![,.]\d|%)", "era_year"),
    # "the year 1648": after "the year" any number of three or four digits is a year
    ("the year N",                 r"(?-i:year)(?<=\bthe\syear)\s(?P<year>[1-9]\d{2,3})\b(?![%,.]\d|[-–/]\d)", "date"),
    ("weekday part of day",        r"{weekday}\s{part}\b",                                    "weekday"),
    # "mid-afternoon Tuesday": the part of that day
    ("part of day weekday",        r"mid(?:-|(?=morning|afternoon|evening))(?<![\w-]mid)(?<![\w-]mid-){part}\s(?:on\s)?{weekday}\b",                    "weekday"),
    # "in the late afternoon on Tuesday", "in early evening on Saturday": that day's part, not the story day's
    ("the part of day on weekday", r"(?=[maen])(?:(?<=\bthe\s)|(?<=\bearly\s)|(?<=\blate\s)){part}\s(?:on\s)?{weekday}\b", "weekday"),
    # "overnight Tuesday", "Overnight Monday, gunmen stormed", "closed overnight on Saturday": the
    # night of that day, as AP writes it ("an overnight Sunday service" is a kind; "overnight
    # Sunday morning" is the morning's)
    ("overnight weekday",          r"(?P<part>(?-i:[Oo]vernight))(?<!\w.vernight)(?<!\ban\sovernight)(?<!\bthe\sovernight)\s(?:on\s)?{weekday}\b(?!{possessive}|\s(?:morning|afternoon|evening|night)\b)", "weekday"),
    ("modifier weekday",           r"\b(?:the\s(?=(?:previous|prior|following|past)\s))?{modifier}\s{weekday}(?={possessive}|\b)", "weekday"),
    # "the first Monday in October", "the last Friday of May 2023": that day of the month, as a feast
    # on such a day is ("Labor Day")
    ("weekday of month",           r"(?=[tTfFsSlL])\b(?:the\s)?{week_ordinal}\s{weekday}\s(?:in|of)\s{month}\b(?:,?\s{year}\b)?", "weekday_of_month"),
    # "on Wednesday last", "on Monday next", as Indian and older British reports write "last
    # Wednesday" (not "Monday next week", "Friday last year")
    ("weekday last",               r"{weekday}\s(?P<modifier>last|next)\b(?![-\w]|\s+(?:week|weekend|month|year|time|season|summer|winter|spring|autumn|fall|term|session|night|door|to|of|in|at)\b)", "weekday"),
    # "on Wednesday next week", "Monday of last week": that weekday of the week named
    ("weekday of modifier week",   r"{weekday}\s(?:of\s)?(?P<week_modifier>next|last)\sweek\b(?![-\w]|{possessive})", "weekday_of_week"),
    ("bare weekday",               r"{weekday}(?={possessive}|\b)",                           "weekday"),
    # "8 a.m. tomorrow", "at 9 this morning", "seven o'clock tonight", "half past nine this morning":
    # the clock of that day; a bare hour only after a word that takes a time of day, or with "o'clock"
    ("clock and relative day",     r"(?=[\dnmotfseqha])\b(?:{clock}|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
                                   r"(?P<hour_bare>1[0-2]|[1-9])(?::(?P<minute_bare>[0-5]\d))?(?:\so'clock)?|(?:{clock_lead})?(?P<hour_word>1[0-2]|[1-9]|{clock_hour_word})(?(lead_side)|\so'clock))"
                                   r"(?:\s{zone})?,?\s(?:" + _DAY_AND_PART + r"|{relative_day})\b", "clock_relative_day"),
    ("relative day part",          r"\b" + _DAY_AND_PART + r"\b", "relative_day"),
    ("part before relative day",   r"\b(?:(?:late|early)\s|mid-)(?P<rel_part>morning|afternoon|evening|night)\s(?P<rel_word>yesterday|today|tomorrow)\b", "relative_day"),
    ("relative day",               r"{relative_day}(?={possessive}|\b)",                            "relative_day"),
    # "the day after the attack" relates to an event, not to the story's time: no narrative shift
    ("narrative shift",            r"\b{narrative_shift}\b",                                          "narrative_shift"),
    # "on Tuesday week", "Monday fortnight": a week or two on from the coming weekday (not "a
    # Monday-to-Friday week")
    ("weekday week",               r"(?=[MTWFS])(?<!\bto\s)(?<!\bthrough\s)(?<![-–]){weekday}\s(?P<weeks_on>week|fortnight)\b(?![-\w]|{possessive}?\s(?:ahead|long|of)\b)", "weeks_on"),
    # "a week on Friday", "a fortnight tomorrow", "a week today", "two weeks on Saturday": as far
    # on from the day named; "a week last Friday", "a week yesterday", "a week ago today": as far
    # before it. "Jailed for two weeks on Friday", "closed for a week from Monday" are lengths, and
    # "It is a week today since the attack" counts back to the attack
    ("a week on weekday",          r"(?=[AaTtFf])\b(?<!\bfor\s)(?<!\bwithin\s)(?<!\bover\s)(?:[Aa]\s(?P<weeks_on>week|fortnight)|(?P<weeks_count>two|three|four)\sweeks)\s(?:(?:on|next|come|(?P<weeks_before>last))\s{weekday}"
                                   r"|(?:(?P<weeks_ago>ago)\s)?(?P<rel_word>today|tonight|tomorrow|yesterday))\b(?!{possessive}|\s(?:since|that|ago|after|before)\b)", "weeks_on"),
    # "the day before last Tuesday's hearing", "the day after Christmas": a day from a named day
    # "on the eve of Yom Kippur", "the eve of the Lunar New Year": the day before the feast (the eve
    # of "Monday's vote" is the vote's)
    ("day before date",            r"\bthe\s(?:day\s(?P<relation>before|after)\s(?:(?:{modifier})\s)?|eve\sof\s(?:the\s)?(?=[A-Z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?:{weekday}|{holiday}|{movable_holiday}|{month}\s{day}\b(?![\d,]\d|:\d))(?={possessive}|\b)", "day_from_date"),
    # only where nothing follows that it could be before or after ("the day before authorities
    # issued a warrant" is dated by that happening)
    ("day before or after",        r"\bthe\s{calendar_unit}\s{relation}\b(?=\s*[,.;:!?)\"”]|\s+(?:in|at|on|and|but|when|with|to|from|by)\b|\s*$)", "narrative_shift"),
    # "the 15th of next month": that day of the month the modifier names
    ("day of modifier month",      r"(?=\d)(?<![\w.])(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\sof\s{modifier}\smonth\b", "day_of_month"),
    ("day of month",               r"\bthe\s(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:{not_day_of_month})\b|\s+(?-i:[A-Z])|-\w|\s+(?!(?:{day_of_month_follower})\b)(?-i:[a-z]))", "day_of_month"),
    # "Easter week", "Christmas week": the ISO week of the holiday
    # "over the Memorial Day weekend": the weekend next to the holiday
    # a nation's Independence Day is its own (before "holiday", which it beats at the same extent),
    # as is the one it marks ("Ukraine marked Independence Day"); after "its" or "their" the nation
    # is told elsewhere, and July 4 would be wrong
    ("nation's independence day",  r"\b(?:{nation}(?:'s|’s)?(?:\s(?:celebrated|celebrates|marked|marks|observed|observes))?|(?P<nation_unknown>its|their))\s(?:own\s)?(?P<t>(?-i:Independence\sDay))\b", "independence_day"),
    ("holiday",                    r"\b(?:{modifier}\s)?{holiday}(?:(?P<holiday_week>\sweek)|(?P<holiday_weekend>\sweekend))?\b", "holiday"),
    ("movable holiday",            r"\b(?:{modifier}\s)?{movable_holiday}(?:(?P<holiday_week>\sweek)|(?P<holiday_weekend>\sweekend))?\b", "movable_holiday"),
    # "the spring bank holiday", "the early May bank holiday": the bank holidays named in lower case
    ("bank holiday",               r"(?=[SsEeLl])\b(?P<movable_holiday>(?:spring|summer|early\sMay|late\sMay)\sbank\sholiday)\b(?:(?P<holiday_weekend>\sweekend)\b)?", "movable_holiday"),
    # "Christmas Eve last year", "Thanksgiving 2019", "July 4 last year": that day of the year named
    ("holiday of year",            r"\b{holiday}(?:,?\s{year}\b|\s(?:of\s)?{modifier}\syear\b)",     "day_of_year"),
    # "last year's Ramadan", "this year's Thanksgiving": the feast of the year the modifier names
    ("year's holiday",             r"\b{modifier}\syear(?:'s|’s)\s(?:{holiday}|{movable_holiday})\b", "day_of_year"),
    ("movable holiday of year",    r"\b(?<!\blate\s)(?<!\bearly\s){movable_holiday}(?:,?\s{year}\b|\s(?:of\s)?{modifier}\syear\b)", "day_of_year"),
    ("month day of modifier year", r"{month}\s{day}(?:st|nd|rd|th)?\s(?:of\s)?{modifier}\syear\b",     "day_of_year"),
    ("day month of modifier year", r"\b(?:the\s)?{day}(?:st|nd|rd|th)?\s(?:of\s)?{month}\s(?:of\s)?{modifier}\syear\b", "day_of_year"),
    # "9pm on Tuesday evening": the part of the day adds nothing to the clock ("11pm on Saturdays" is
    # none), but says the half of the day of one without a.m. or p.m. ("10.30 on Wednesday night" is
    # 22:30); "shortly after 3 a.m. on New Year's Day", "midnight on Christmas Eve": the clock of that feast
    ("clock and day",              _CLOCK_ON + r"(?:{weekday}(?![a-z])|(?:{holiday}|{movable_holiday})\b)(?:\s(?P<day_part>morning|afternoon|evening|night)\b)?", "clock"),
    # "10:45pm on Saturday 12 August", "8 p.m. on Friday, March 15, 2024", "3:45 PM EST, Tue March
    # 12, 2024": the clock of that date
    ("clock and month day",        _CLOCK_ON + r"(?:(?:{weekday}|{short_weekday}),?\s)?{month}\s{day}(?:st|nd|rd|th)?(?:,?\s{year})?\b(?![\d,]\d|:\d)", "clock"),
    ("clock and day month",        _CLOCK_ON + r"(?:(?:{weekday}|{short_weekday}),?\s)?(?:the\s)?{day}(?:st|nd|rd|th)?\s(?:of\s)?{month}\b(?:,?\s{year}\b)?", "clock"),
    # "midnight on the 31st": the clock of that day of the month
    ("clock and day of month",     _CLOCK_ON + r"the\s(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:{not_day_of_month})\b|\s+(?-i:[A-Z]))", "clock"),
    # a numeric stamp's clock is on its date: "2024-03-14T17:05:00Z" is one expression; after a space
    # the date and the clock are two, as after a written date ("14.03.2024 [10:30]", "Mon 1 Jan 2024 10.00 GMT")
    ("iso timestamp",              r"(?=[12])(?<![\d/-]){year}-(?P<month_num>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])T" + _STAMP_CLOCK, "clock"),
    ("iso date's clock",           r"(?=[12])(?<![\d/-]){year}-(?P<month_num>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01]),?\s(?P<t>" + _STAMP_CLOCK + ")", "clock"),
    ("day.month.year's clock",     r"(?=\d)(?<![\d/.-]){day}(?P<dm_sep>[.-]){month_num}(?P=dm_sep){year},?\s(?P<t>" + _STAMP_CLOCK + ")", "clock"),
    ("day/month/year's clock",     r"(?=\d)(?<![\d/])(?P<day>1[3-9]|2\d|3[01])/{month_num}/{year},?\s(?P<t>" + _STAMP_CLOCK + ")", "clock"),
    # "10:35 a.m. (0735 GMT) Friday": the clock of that day, which is an expression of its own
    ("clock",                      r"(?=[\dnm])\b{clock}(?:\s{zone})?(?!\w)(?:(?=(?:\s{place_time})?\s\([^()\n]{1,24}\),?\s(?:on\s)?(?:{weekday}|{month}\s{day}\b(?![\d,]\d)))|)", "clock"),
    # "11 at night", "quarter to five in the morning", "10:30 in the evening"
    ("hour of part of day",        r"(?=[\dotfsenaqh])\b(?:{clock_lead})?(?P<hour>1[0-2]|[1-9]|{clock_hour_word})(?::(?P<minute>[0-5]\d))?(?:\so['’]clock)?\s(?:in\sthe\s(?P<clock_part>morning|afternoon|evening)|at\s(?P<clock_night>night))\b", "clock"),
    # "half past nine", "quarter to five", "ten past six", "10 o'clock": the hour as written; "ten to
    # five" alone may be a score, "walked 20 minutes to one of the shelters" is a length, and "the 10
    # o'clock news" names a programme
    ("hour past or to",            r"(?=[aqhtf\d])\b{clock_lead}(?<!\bten\sto\s)(?<!\btwenty\sto\s)(?<!\bfive\sto\s)(?<!\bminutes\sto\s)(?P<hour>1[0-2]|[1-9]|{clock_hour_word})\b"
                                   r"(?:\s?(?P<meridiem>a\.m\.?|p\.m\.?|am\b|pm\b))?(?![-.,:]?\d|\s?%|\s(?:of|per\s?cent|percent|{unit}|{count_noun})\b)", "clock"),
    ("o'clock",                    r"(?=[\dotfsen])\b(?P<hour>1[0-2]|[1-9]|{clock_hour_word})\so['’]clock\b(?!\s(?:news|bulletin|programme|program|show)\b)", "clock"),
    # "in the afternoon", and with "early" or "late" no article: "rain will clear by early afternoon"
    # (not "in the early morning hours of Saturday", which Saturday dates)
    ("part of the day",            r"\b(?:in|into|during|by|through|throughout|until|since)\s(?P<t>(?:the\s(?:early\s|late\s)?|early\s|late\s){part})\b(?!\s(?:of|before|after)\b|\shours\sof\b|{possessive})", "part_of_story_day"),
    # "Overnight, drones struck the port": the night before the report; "an overnight stay" and
    # "it will not change overnight" are none
    # "Protests erupted overnight", "Asian shares fell overnight": right after a past verb, the night before
    ("overnight",                  r"(?-i:[Oo]vernight)(?<!\w.vernight)(?:(?<=Overnight)(?=,)"
                                   r"|(?=\s(?:attacks?|strikes?|shelling|fighting|raids?|bombardment|barrage|clashes|rains?|storms?|curfew)\b)"
                                   # "Israeli strikes overnight killed 20", "Shelling overnight damaged the plant":
                                   # between what struck and its past verb
                                   r"|(?:(?<=[a-z]s\sovernight)(?<!\b[hw]as\sovernight)(?<!\bis\sovernight)|(?<=ing\sovernight)(?<!\bbeing\sovernight)"
                                   r"|(?<=attack\sovernight)|(?<=strike\sovernight)|(?<=raid\sovernight)|(?<=fire\sovernight)|(?<=storm\sovernight))"
                                   r"(?=\s(?:(?!(?:expected|forecast|predicted|scheduled|planned)\b)[a-z]{3,}ed|hit|struck|left|tore|shook|sank|fell|cut|knocked|brought|forced|destroyed)\b)"
                                   r"|(?:(?<=ed\sovernight)|(?<=\bfell\sovernight)|(?<=\brose\sovernight)|(?<=\bhit\sovernight)|(?<=\bstruck\sovernight)|(?<=\bfought\sovernight)|(?<=\bswept\sovernight)|(?<=\bfled\sovernight))(?=\s*[.,;]|\s(?:in|on|at|near|across|along|from|after)\b))", "overnight"),
    # "Police arrested 14 people overnight.", "The death toll climbed to 23 overnight.": at the end of
    # a past clause, the night before; not with a modal or a denial in between ("The storm was
    # expected to weaken overnight", "Peace was not won overnight")
    ("overnight after past verb",  r"(?=[a-z])(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:(?!(?:expected|forecast|predicted|scheduled|planned|needed|used|supposed|likely)\b)[a-z]{2,}ed"
                                   r"|fell|rose|hit|struck|swept|fled|shot|froze|sank|grew|fought|blew|tore|shook|spread|broke|drove)\s"
                                   r"(?:(?!(?:not|never|will|would|could|might|may|can|should|must|to\sbe|expected|likely)\b)[^.;:,!?\n’'\"“”]){1,45}?\s(?P<t>overnight)(?=\s*[.;!?]|\s*$|\s(?:and|after|in|on|at|near|across|along)\b)", "overnight"),
    ("middle of part of the day",  r"(?<![\w-])mid[-\s]?{part}\b",                                  "part_of_story_day"),
    # "a century ago" is the year a hundred back; "1000 years ago", "10,000 years ago" count years too
    # (not the decimals of "2.5 years ago", a length); "bloomed two weeks earlier than usual" is a
    # length, a comparison with no day it dates
    ("N units ago",                r"\b(?<!\d[.,])(?:{number}(?:[-\s]odd)?|(?P<long_count>\d{4,7}))(?P<half_mark>\sand\sa\shalf|\s1/2|½)?\s{calendar_unit}(?:\sor\s(?:so|two|three|more))?\s(?:ago|(?P<earlier>earlier)(?!\sthan\b)|(?P<ahead>from\s(?:now|today)))\b", "shift_back"),
    # "the week before last", "the year after next": two periods back or ahead
    ("period before last",         r"\bthe\s(?P<period>week|month|year)\s(?:(?P<two_back>before\slast)|(?P<two_ahead>after\snext))\b", "period"),
    # "re-elected the next year": in a past clause, the year after the story's; ahead of the
    # publication day otherwise ("in the next year or so")
    ("the next period",            r"(?P<modifier>(?-i:next))(?<=\bthe\snext)\s(?P<period>week|month|year)\b(?!\s(?:'s|’s))(?!\sof\s)(?:\sor\sso\b)?", "next_period"),
    # "bombings this month of two embassies" is this month; "the last week of June", "the last year
    # of his term" are a part of something else
    ("modifier period",            r"\b(?:the\s(?=(?:past|last|previous|prior|current)\s|(?:next|coming)\s(?:decade|century)\b))?{modifier}\s{period}\b(?!\s(?:'s|’s))(?!\sof\s(?:{month}|\d|the|this|that|these|those|his|her|its|their|our|my|your|a|an|each|every)\b)(?:\sor\sso\b)?", "period"),
    # "a two-and-a-half-hour meeting", "a 2½-hour flight"
    ("N-unit duration",            r"\b{number_digits}(?P<half_mark>-and-a-half|½)?-(?:{unit}|{hyphen_unit})\b(?!-old)", "duration"),
    # a unit that is itself a count: "the past fortnight" is two weeks, as "the past two weeks"
    # "killed in the past day", "over the last day": the day up to now, as "the past 24 hours" (not
    # "the last day of the talks")
    ("the past day",               r"(?=[tT])(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bwithin\s)|(?<=\bfor\s))the\s(?:past|last)\s(?P<unit>day)\b(?![-\w]|\s(?:of|before|or|and|to)\b|\s(?-i:[A-Z]))", "duration"),
    ("the past fortnight",         r"(?P<unit>fortnight)\b(?:(?<=the\spast\sfortnight)|(?<=the\slast\sfortnight)|(?<=the\snext\sfortnight)|(?<=the\scoming\sfortnight)|(?<=the\sprevious\sfortnight)|(?<=the\sfollowing\sfortnight)|(?<=the\sfirst\sfortnight)|(?<=the\sfinal\sfortnight))", "duration"),
    # "will reopen in two weeks", "in a year's time": a date ahead when the clause looks ahead, a
    # span otherwise ("sales doubled in two years"); the finder decides by the clause's tense
    ("in N units",                 r"(?<![\w-])(?-i:[Ii]n)\s(?:(?:just|only|another)\s)?(?P<t>(?:(?:about|around|roughly)\s)?{number}\s{calendar_unit}\b(?:\sor\s(?:so|(?P<or_count>two|three|four))\b)?(?:['’]s?\stime\b)?)", "in_units"),
    # "2.5 hours", "9.58 seconds": ISO 8601 takes a decimal fraction in a duration's last unit
    ("decimal units",              r"(?=\d)(?<![\d.,])(?P<decimal>\d{1,3}\.\d{1,2})\s{unit}\b(?!{possessive})", "decimal_duration"),
    ("length in parts",            r"(?=[\daotfsencmh])\b{number}\s{unit}(?P<more>(?:,?\s(?:and\s)?" + LENGTH_PART.replace("?P<count>", "?:").replace("?P<part_unit>", "?:")
                                   + r"){1,2})(?!\s(?:ago|earlier|later|before|after|from\snow)\b)", "length_in_parts"),
    # "20-odd years", as British writers round a count
    ("N units",                    r"\b{number}(?:{upper_count}|[-\s]odd)?\s(?:(?:more|additional|extra|further|straight|consecutive|successive|full)\s)?(?:(?:trading|business|working)\s(?=days?\b))?{unit}\b(?!{possessive}|-old\b)(?:\sor\sso\b)?", "duration"),
    ("N quarters",                 r"\b{number}\s(?:(?:straight|consecutive|successive|full)\s)?quarters\b(?![-\s]of\b)", "quarters"),
    # "three quarters of the members" is a fraction; "the past two quarters of losses", "several
    # quarters of growth" are not
    ("N quarters of",              r"\b(?:(?:{span_lead}){number}|(?P<vague_count>several|a\sfew|many|consecutive))\squarters\b", "quarters"),
    # and as AP writes them, in one word: "a weeklong trial", "a yearslong investigation"
    ("unit-long",                  r"(?=[hdwmyc])\b(?P<long_unit>hour|day|week|month|year|decade|century|hours|days|weeks|months|years|decades|centuries)-?long\b", "unit_long"),
    ("N and a half units",         r"\b{number}(?P<half_mark>\s1/2|\sand\sa\shalf|½)\s{unit}\b", "duration"),
    ("a unit and a half",          r"\b{number}\s{unit}(?P<half_mark>\sand\sa\shalf)\b",          "duration"),
    # "over the past week and a half": one unit and a half, with the words before it in the extent
    ("the past unit and a half",   r"(?=[wmydh])(?:(?<=\bpast\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bcoming\s)|(?<=\bprevious\s)|(?<=\bfirst\s)|(?<=\bfinal\s))"
                                   r"(?P<unit>week|month|year|day|hour|decade)(?P<half_mark>\sand\sa\shalf)\b", "duration"),
    # "half an hour", "half a century": half of one unit ("half an hour's drive" is a distance)
    ("half a unit",                r"\bhalf\s(?:an?\s)?(?P<unit>hour|day|month|year|decade|century)\b(?!{possessive})(?:(?:(?<=decade)|(?<=century))\s(?P<ago>ago)\b)?", "half_unit"),
    # "a quarter of a century", "the last half-century", "three-quarters of a century": 25, 50, 75
    # years; "a quarter-century ago" the year that far back ("its quarter-century low" has no
    # article, and TimeBank leaves it)
    ("part of a century",          r"(?=[AaTtPpLlNnFfCc])\b(?:(?P<span>{span_lead})|a\s|(?P<three>three)[-\s])(?P<century_part>quarters?|half)(?:\sof\sa\s|[-\s])century\b(?![-\w])"
                                   r"(?:\s(?P<ago>ago)\b)?", "part_of_century"),
    ("recent units",               r"\b{vague_ref}\s(?:few\s|several\s)?(?P<vague_unit>hours|days|weeks|months|quarters|years|decades)\b", "vague_reference"),
    # "for weeks or months", "for days or even weeks": one stretch, of the first unit
    ("for units",                  r"\b(?:for|within)\s(?P<t>(?P<vague_unit>minutes|hours|days|weeks|months|years|decades|centuries)\b{or_vague_unit})", "vague_duration"),
    # "it will take weeks to restore power", "the talks lasted hours"
    ("take units",                 r"\b(?:take|takes|took|taken|taking|lasted|lasts|lasting)\s(?P<t>(?P<vague_unit>minutes|hours|days|weeks|months|years|decades)\b{or_vague_unit})(?!\s(?:of|ago|earlier|later|before|after)\b)", "vague_duration"),
    # "the first rain in weeks", "after months of talks": a stretch of units of no stated number
    ("in units",                   r"(?P<t>(?P<vague_unit>(?-i:" + "|".join(_VAGUE_UNITS) + r")))(?:"
                                   + "|".join(rf"(?<=\bin\s{u})" for u in _VAGUE_UNITS)
                                   + r")(?=\s*[.,;:!?)]|\s(?:and|but)\b)", "vague_duration"),
    ("units of",                   r"(?P<t>(?P<vague_unit>(?-i:" + "|".join(_VAGUE_UNITS) + r")))\sof\b(?:"
                                   + "|".join(rf"(?<=\b{w}\s{u}\sof)" for w in _UNITS_OF_AFTER for u in _VAGUE_UNITS)
                                   + ")", "vague_duration"),
    ("over the years",             r"\b(?:over|through|throughout)\s(?P<t>the\s(?P<vague_unit>years|decades))\b(?!\s(?:of|since|before|after|to)\b)", "vague_duration"),
    ("for a while",                r"\bfor\s(?P<t>(?:quite\s)?a\s(?:long\s)?while|some\stime|a\slong\stime)\b(?!\s(?:to|before|after|now)\b)", "unknown_duration"),
    # "just months ago", "the weeks ahead": the past or the future, with no count to date them by
    # "Hours later, the building collapsed", "just weeks after the vote": a stretch with no count
    ("units later",                r"(?-i:(?P<vague_unit>Minutes|Hours|Days|Weeks|Months|Years))(?<![\w,]\s\w{4})(?<![\w,]\s\w{5})(?<![\w,]\s\w{6})(?<![\w,]\s\w{7})(?=\s(?:later|after|earlier|before)\b)", "vague_duration"),
    ("just units later",           r"(?=[jomab])\b(?:just|only|mere|and|but|barely)\s(?P<t>(?P<vague_unit>minutes|hours|days|weeks|months|years))(?=\s(?:later|after|earlier|before)\b)", "vague_duration"),
    # "The gunman had posted online hours before the attack", "radioed the tower minutes before the
    # crash", "at 8.15pm, hours after the water began rising": after a verb, its object or a comma,
    # too; not "the hours after", "a matter of hours before"
    # ("crossing the border days after a sniper killed" dates a day, left to the story)
    ("verb units before",          r"(?=[mh])(?<=[a-z,]\s)" + "".join(rf"(?<!\b{w}\s)" for w in (
                                       "the", "of", "for", "these", "those", "few", "several", "many", "some", "recent",
                                       "past", "next", "last", "first", "coming", "final", "early", "and", "but",
                                       "just", "only", "mere", "barely", "within", "in", "after", "before", "no", "are", "is", "be"))
                                   + r"(?P<vague_unit>(?-i:minutes|hours))(?=\s(?:later|earlier|before|after)\b)", "vague_duration"),
    ("units ago",                  r"\b(?P<vague_unit>days|weeks|months|years|decades|centuries)\sago\b", "past_ref"),
    ("units ahead",                r"\bthe\s(?P<vague_unit>days|weeks|months|years)\sahead\b",   "future_ref"),
    ("reference word",             r"\b{reference_word}\b(?!\s(?:{number}|few|several|many|{unit})\b)", "reference"),
    ("set word",                   r"\b{set_word}\b(?!\s(?:newspaper|paper|news|mail|telegraph|express|star|beast|show|record)\b)", "set"),
    ("every weekday",              r"\b(?:every|each)\s(?:{weekday}(?:\s(?P<set_part>morning|afternoon|evening|night))?|{month_name}|(?P<may>(?-i:May))|{season}|{holiday})\b", "set"),
    # "open to the public on weekends"
    ("weekends",                   r"\b(?:on|at|over|during)\s(?P<t>weekends)\b",                  "weekends"),
    # "twice a day", "three times a week", "once per month": a frequency in each unit
    ("times per unit",             r"(?-i:[Oo]nce|[Tt]wice|[Tt]hrice|times)\b(?<![\w-][Oo]nce)(?<![\w-][Tt]wice)\s(?:a|an|per|each)\s{unit}\b(?!{possessive}|\s(?:ago|earlier|later|before|after)\b)", "times_per_unit"),
    # "closed on Mondays", "on Tuesday nights": a weekday in the plural repeats
    ("weekdays",                   r"{weekday}(?:s|\s(?P<set_part>morning|afternoon|evening|night)s)\b",   "set"),
    # "every four years", "every other day", "every few months": the count is the period; of "every
    # two to three years" the first
    ("every N units",              r"\b(?-i:[Ee]very)\s(?:(?P<other>other)|(?P<few>few|several)|{number}(?:{upper_count})?)\s{unit}\b", "every_n_units"),
    # "later in the day", as "later in the week": the story's day
    ("earlier in the day",         r"(?P<story_period>day)\b(?:(?<=earlier\sin\sthe\sday)|(?<=later\sin\sthe\sday))", "period"),
    # "For the week, the index fell 3.8%": the week (or month) the report is about
    ("the week",                   r"\b(?:for|during|over|in|of)\s(?P<t>the\s(?P<period>week|month))(?={possessive}|\b)(?!\s(?:of|before|after|earlier|ago|ahead|to|that|when|in|following|prior|long|or|ended|ending)\b)"
                                   r"|\bthe\s(?P<period_own>week|month)(?=(?:'s|’s)\s(?:most|biggest|largest|best|worst|high|low|gain|loss|decline|rise|drop|session|trading))", "this_period"),
    # "by midweek", "a midweek rally": the week of the Wednesday the tense points to ("a midweek
    # match" is a kind of game)
    ("midweek",                    r"(?-i:[Mm]id-?week)\b(?!\s(?:games?|match(?:es)?|fixtures?|flights?|ferr(?:y|ies)|services?|clash(?:es)?|rounds?|ties?|league)\b)", "midweek"),
    # "the latest fiscal year", "this financial year", "next fiscal year": the year the word names;
    # Indian reports say "fiscal" alone for the year ("growth of 7% this fiscal"), but "the last
    # financial crisis" is none
    ("latest fiscal year",         r"(?=[TtLlNnCcPpMm])\b(?:the\s)?(?P<fiscal_mod>latest|most\srecent|last|past|previous|this|current|next|coming)\s(?:full\s)?"
                                   r"(?:(?:fiscal|financial)\syear\b|fiscal(?=\s*[,.;:!?)]|\s*$|\s(?:and|as|but|compared|against|when|to|from|with|in|on|at|while|after|before|amid|due|despite|itself|too)\b))", "fiscal_year"),
    # "the following weekend", "that weekend": counted from the story's day, as "the following day"
    # a headline drops the article: "Heatwave to end by weekend", "Storms to Lash Coast Through Weekend"
    ("headline weekend",           r"\b(?:by|over|through|until|till)\s(?P<t>weekend)\b(?=\s*(?:[,;:!?]|$)|\s(?:as|after|amid|with|before|despite|while)\b)", "weekend"),
    ("weekend",                    r"\b(?:(?P<weekend_mod>this\spast|this\scoming|this|last|next|coming|the|past)|(?-i:[Tt]he)\s(?P<story_weekend>following|previous)|(?P<that_weekend>(?-i:[Tt]hat)))\sweekend\b",   "weekend"),
)

# Words right before a rule's match that belong to its extent: "the late 1970s", "late yesterday",
# "early 2025" (the rule's value is unchanged)
LEFT_MODIFIERS = {
    # "the end of the 2020s", "the turn of the 20th century": the edge is part of the extent, not of the value
    "decade": r"\b(?:the\s)?(?:early|mid|late)[-\s]|{edge_of_the}",
    "decade before 1800": r"\b(?:the\s)?(?:early|mid|late)[-\s]|{edge_of_the}",
    "relative day": r"(?<![\w-])(?:late|early|earlier|later)\s",
    "bare year": r"(?<![\w-])(?:late|early)\s|\bthe\syear\s",
    "week of date": r"\bthe\s",
    "week ended day month": r"\bthe\s",
    # "from Thursday 21 to Sunday 24 March", as British listings write a range
    "first day of month": r"\bthe\s|(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s",
    "first of two centuries": r"\bthe\s",
    # these rules start at their last word, which is cheap to find; the extent takes the words before
    "the past fortnight": r"\bthe\s(?:past|last|next|coming|previous|following|first|final)\s",
    "the past unit and a half": r"\bthe\s(?:past|last|next|coming|previous|first|final)\s",
    "earlier in the day": r"\bthe\s",
    "the part of day on weekday": r"\bthe\s(?:early\s|late\s)?|\b(?:early|late)\s",
    "part of modifier year": r"\b(?:the\s)?(?:{quarter}|{half}|final)[-\s]",
    "century": r"\bthe\s(?:(?:early|mid|late)[-\s])?|{edge_of_the}",
    "weekday part of day": r"{day_mod}",
    "bare weekday": r"{day_mod}",
    "spelled year": r"\bthe\syear\s",
    # "at least 65,000 years ago", "up to 130,000 years ago": the date, not the length inside it
    "N units ago": r"\b(?:nearly|almost|about|around|roughly|some|more\sthan|over|less\sthan|at\sleast|up\sto)\s",
    "length in parts": r"\b(?:nearly|about|more\sthan|less\sthan|just\sover|just\sunder)\s",
    # "thousands of years ago": gone, as "years ago" is
    "units ago": r"\b(?:hundreds|thousands|tens\sof\sthousands|hundreds\sof\sthousands|millions)\sof\s",
    "N units": r"(?:{span_lead})|\b(?:nearly|up\sto|more\sthan|{more_than_over}|less\sthan|at\sleast|no\smore\sthan|fewer\sthan)\s",
    "N quarters": r"(?:{span_lead})|\b(?:nearly|more\sthan|{more_than_over}|less\sthan|at\sleast)\s",
    "part of a century": r"\b(?:nearly|almost|more\sthan|about|less\sthan|at\sleast)\s",
    "N and a half units": r"(?:{span_lead})|\b(?:nearly|almost|more\sthan|{more_than_over}|about|less\sthan|at\sleast)\s",
    "month year": r"{time_mod}",
    "month short year": r"{time_mod}",
    "month of this year": r"{time_mod}",
    "modifier weekday": r"{time_mod}",
    "modifier period": r"{time_mod}",
    "the next period": r"{time_mod}\bthe\s",
    "the year N": r"\bthe\s",
    "year of era": r"\bthe\syear\s",
    "day of modifier month": r"\bthe\s",
    "times per unit": r"\b(?:\d{1,3}|{number_word}|several|many|a\sfew|multiple)\s",
    "week of month": r"(?:\bthe\s)?\b{week_ordinal}\s",
    "months of period": r"\bthe\s",
    "the new year": r"\bthe\s",
}

# Words of change and of price before a dotted number ("rose by 21.30", "priced at 10.50"): BLOCKED
# finds the number first and these behind it, which is quicker than looking for the words
_CHANGE_WORDS = ("rose", "fell", "gained", "lost", "dropped", "climbed", "jumped", "slipped", "slid", "eased",
                 "declined", "increased", "decreased", "grew", "shed", "added", "surged", "soared", "plunged",
                 "tumbled", "rallied", "advanced", "retreated", "up", "down", "higher", "lower", "cut", "reduced",
                 "raised", "lowered", "hiked", "trimmed", "boosted", "widened", "narrowed")
_PRICE_WORDS = ("priced", "valued", "traded", "trading", "stood", "settled", "pegged", "fixed")
_MARKET_WORDS = ("close", "closed", "closing", "open", "opened", "opening")


def _number_after(words, links, first: str = r"\d") -> str:
    """Look-behinds, one for each word, link and width, that a dotted number ("21.30") whose first
    digit is `first` follows "<word> <link>"."""
    return "|".join(rf"(?<=\b{w}\s{link}{n})" for w in words for link in links
                    for n in (rf"{first}\.\d\d", rf"{first}\d\.\d\d"))

# Awards named for the year they honour a thing of: "album of the year", "Player of the Year"
_AWARD_NOUNS = ("album", "song", "record", "player", "person", "man", "woman", "entertainer", "artist",
                "coach", "manager", "rookie", "car", "book", "word", "team", "newcomer", "cricketer",
                "footballer", "sportsman", "sportswoman", "personality", "Australian", "teacher", "company",
                "breakthrough", "producer", "songwriter", "driver", "athlete", "horse", "jockey", "trainer",
                "comeback", "goal", "executive", "designer", "chef", "restaurant", "photographer", "actor",
                "actress", "performer", "musician", "game", "app", "phone", "brand", "retailer", "dealmaker")


# Text that looks like a time but is not one: any match inside a blocked span is dropped.
# Words before a car's model year ("a 2019 Honda Civic", "her black 2015 Toyota"; not "the": "the 2019
# Toyota recall"), and the makes
_VEHICLE_OWNERS = ("a", "an", "his", "her", "their", "my", "black", "white", "silver", "gray", "grey",
                   "red", "blue", "green", "gold", "maroon", "tan", "brown", "beige", "dark", "orange", "yellow")
_CAR_MAKES = ("Honda", "Toyota", "Ford", "Chevrolet", "Chevy", "Nissan", "Kia", "Hyundai", "Dodge", "Jeep", "BMW",
              "Mercedes", "Volkswagen", "VW", "Subaru", "Mazda", "Tesla", "Audi", "Lexus", "Acura", "Infiniti",
              "Cadillac", "Buick", "GMC", "Chrysler", "Ram", "Lincoln", "Volvo", "Porsche", "Jaguar", "Mitsubishi",
              "Pontiac", "Land Rover", "Range Rover", "Fiat", "Mini Cooper", "Harley-Davidson", "Yamaha", "Kawasaki")
BLOCKED = (
    # a match's halves, not a year's: "scored in the second half", "the first half ended 1-1"
    # (case-sensitive starts, which the engine skips ahead to)
    r"(?-i:scored|scoring|netted|equali[sz]ed|header|penalty|touchdowns?|striker|goalkeeper|substitute)\b[^.;]{0,30}\b(?:first|second)\shalf\b(?!\sof\b)",
    r"(?-i:half)(?:(?<=first\shalf)|(?<=second\shalf))(?!\sof\b)(?=[^.;]{0,30}\b(?:scored|netted|equali[sz]ed|equali[sz]er|header|penalty|touchdowns?|half-?time|kick-?off|red\scard|goalkeeper|substitute|\d+(?:st|nd|rd|th)\sminute|ended\s\d+-\d+)\b)",
    # "overnight" as "all at once" ("cannot be solved overnight", "has changed overnight") or a
    # night to come ("results are expected overnight")
    r"(?-i:be|been|being|is|are|not|never|has|have)\s+[a-z]+ed\s+overnight\b",
    r"(?-i:overnight)(?:" + "|".join(rf"(?<=\b{w}\sovernight)" for w in ("expected", "scheduled", "planned", "predicted", "forecast")) + ")",
    r"\b(?:Theresa|Brian|Elaine|Rep\.|Sen\.)\s+May\b",
    # a month that is a surname after a title: "Mr. March", "Judge June", "Dr. August"
    r"\b(?-i:Mr|Mrs|Ms|Miss|Dr|Judge|Gen|Gov|Sen|Rep|Prof|Sgt|Capt|Col|Lt)\.?\s+(?-i:January|March|April|May|June|July|August)\b",
    r"\b(?:may|might|can|could|will|would)\s+(?:march|may)\b",
    r"\bSun\s+(?:Microsystems|Belt|Valley)\b",
    r"(?-i:Easter)\s(?-i:Island|Rising|Offensive)\b",
    # things and places named after a feast, not its day: "Christmas trees", "the Yom Kippur War"
    r"(?-i:Christmas)\s(?:Island|trees?|markets?|cards?|carols?|crackers?|jumpers?|sweaters?|puddings?|decorations?)\b",
    r"(?-i:Easter)\s(?:eggs?|bunny)\b", r"(?-i:Halloween)\s(?:costumes?|masks?|candy)\b",
    r"(?-i:Yom\sKippur|Ramadan|Six-Day)\s(?-i:War)\b",
    # Israel's day of Holocaust remembrance falls in its spring, by the Hebrew calendar: no Remembrance Day
    r"(?<!International\s)(?-i:Holocaust\sRemembrance\sDay)",
    # a surname: "Tariq Ramadan", "Mr. Ramadan said"; Cambridge's "Lent Term"
    r"(?-i:Tariq|Taha|Yassin|Mr|Mrs|Ms|Dr|Prof)\.?\s(?-i:Ramadan|Eid)\b",
    r"(?-i:Ramadan|Eid)\s(?:said|says|told|denied|denies|was\s(?:charged|acquitted|convicted|sentenced|arrested|hanged))\b",
    r"(?-i:Lent)\s(?:Term|term)\b",
    # a town's own festival: "the Prague Spring Festival" is no Chinese New Year
    # (found from "Spring", which the engine skips ahead to, and the capitalised word before it)
    r"(?-i:Spring)(?:" + "|".join(rf"(?<=(?-i:\b[A-Z][a-z]{{{n}}})\sSpring)" for n in range(1, 16)) + ")"
    + "".join(rf"(?<!\b{w}\sSpring)" for w in ("The", "During", "This", "Last", "Next", "Before", "After", "Since",
                                               "Until", "Over", "Ahead", "For", "By", "Lunar"))
    + r"\s(?-i:Festival)\b",
    r"(?-i:Ramadan|Eid)\s(?-i:Kareem|Mubarak)\b",
    # a rate of change, no stretch of time: "on a year-over-year basis", "month-on-month"
    r"(?-i:year|month|quarter|week)-(?:over|on)-(?:year|month|quarter|week)\b",
    # days named after what happened on them, not the latest such weekday: "Black Monday" (1987),
    # "Bloody Sunday", "Super Tuesday"
    r"(?-i:Black)\s(?-i:Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)\b",
    r"(?-i:Bloody|Super)\s(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    r"\b(?:Sunday|Saturday|Monday)\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Independent|Star|Sport|People|Night\s+Live|Morning\s+Post)\b",
    # papers and days named so: "The Mail on Sunday reported", "Scotland on Sunday", "Mad Friday",
    # "Manic Monday"
    r"(?-i:Mail|Independent|Scotland|Wales|Observer)\s+on\s+(?-i:Sunday)\b",
    r"(?-i:Mad\sFriday|Manic\sMonday)\b",
    # what is named after a day or a month, not a date: "Sunday league football", "March Madness"
    r"(?-i:Sunday)\s+(?:league|school|roast)s?\b", r"(?-i:March)\s+(?-i:Madness)\b",
    r"\ba\s+day'?s\s+(?:work|drive|walk|journey)\b",
    # a distance: "two hours' drive", "20 minutes' walk from the border"
    r"(?:minutes|hours|days)['’]\s+(?:drive|walk|ride|flight|journey|sail)\b",
    r"\bHigh\s+Noon\b",
    # a body named after a year: "the 1922 Committee" of Conservative MPs
    r"\d{4}(?<![\w.,$£€]\d{4})(?<!\bin\s\d{4})(?<!\bsince\s\d{4})\s(?-i:Committee)\b",  # digits first: cheap to find
    # "66 million years ago": no year of the calendar, and no "years ago" inside it either
    r"(?-i:million|billion)\s+years\s+(?:ago|earlier|before)\b",
    # a number after a label is no year: "Section 1983", "Route 2020", "Flight 1998"
    r"(?-i:[Ss]ection|[Aa]rticle|[Rr]oute|Chapter|Rule|Title|Form|[Ff]light|[Rr]oom|Highway|Interstate|Paragraph|Clause|"
    r"No\.|Resolution|Bus|Gate|Platform|Suite|Apartment|Exit|[Mm]ile\s[Mm]arker|"
    # and plans and products named after a year: "Project 2025", "Saudi Vision 2030", "Windows 2000"
    r"Project|Vision|Agenda|Windows)\s(?:1[89]\d\d|20\d\d)\b",
    # a block of a street in a police report: "in the 1900 block of West Avenue"
    r"(?:1[89]|20)\d\d\sblock\sof\b",
    # a car's model year: "fled in a 2019 Honda Civic", "a 2008 white Ford F-150" (after an article or
    # a possessive, not "In 2019 Toyota sold")
    r"(?:1[89]|20)\d\d(?=\s[a-zA-Z])(?:" + "|".join(rf"(?<=\b{w}\s\d{{4}})" for w in _VEHICLE_OWNERS) + r")"
    r"\s(?:[a-z-]+\s){0,2}(?-i:" + "|".join(_CAR_MAKES) + r")\b",
    # a stock index: "the Russell 2000 gained 0.8%"
    r"(?-i:Russell)\s2000\b",
    # budgets and statements named after their season: "the Spring Budget", "the Autumn Statement"
    r"(?-i:Spring|Autumn|Summer|Winter)\s(?-i:Budget|Statement|Spending\sReview|Economic\sUpdate|Forecast)\b",
    # "current" that names a kind, not the present: "the current account deficit", "current affairs"
    r"(?-i:current)\s(?:account|accounts|affairs|assets|liabilities|ratio|density|flows?)\b",
    r"(?:alternating|direct)\scurrent\b",
    # the noun, a flow of water or air, ends its phrase: "swept away by a strong current.", "the
    # current was slowing", "the current in the Atlantic" ("the current and former chiefs" is the present)
    r"(?-i:current)(?=\s*(?:[.,;:!?)]|$)|\s(?:was|is|were|has|had|could|would|will|may|might|can|should|must|"
    r"that|which|of|in|into|from|at|off|along|near|carried|carries|flows?|flowed|flowing|slowed|slowing|weakened|weakening)\b)",
    # a game's quarters, told by the scoring around them: "scored 18 points in the fourth quarter",
    # "trailed 88-80 entering the fourth quarter"
    r"(?-i:scored|scoring|outscored|touchdowns?|rebounds|assists|three-pointers?|free\sthrows|field\sgoals?|"
    r"interceptions?|quarterback|trailed|led\sby\s\d|\d{1,3}-\d{1,3}\b)[^.;]{0,40}\b(?:first|second|third|fourth|final)\squarter\b",
    r"(?-i:quarter)(?:(?<=first\squarter)|(?<=second\squarter)|(?<=third\squarter)|(?<=fourth\squarter))"
    r"(?=[^.;]{0,30}\b(?:scored|touchdowns?|rebounds|buzzer|overtime|tip-off|free\sthrows|three-pointers?|field\sgoals?)\b)",
    # "the third quarter in a row", "the second quarter running": a count of quarters, not one named
    r"(?-i:quarter)(?:(?<=second\squarter)|(?<=third\squarter)|(?<=fourth\squarter)|(?<=fifth\squarter)|(?<=sixth\squarter))"
    r"\s(?:in\sa\srow|running)\b",
    # "the first quarter of the match": a game's quarter, named by the game
    r"(?-i:quarter)(?:(?<=first\squarter)|(?<=second\squarter)|(?<=third\squarter)|(?<=fourth\squarter)|(?<=final\squarter))"
    r"\sof\s(?:the|a|their|his|her)\s(?:match|game|contest|final|semi-?final|tie|bout)\b",
    # a treaty named after the day it was signed
    r"(?-i:Good\sFriday)\s(?-i:Agreement|Accord|peace)",
    # "a second-half substitute", "a first-half goal": a match's half
    r"(?-i:half)(?:(?<=first-half)|(?<=second-half))\s(?:substitutes?|substitutions?|goals?|penalty|equali[sz]er|header|"
    r"red\scard|try|tries|touchdowns?|brace|winner|hat-trick|injury)\b",
    # a change or a price, not a dotted clock: "rose by 21.30", "fell from 11.50 to 10.45", "priced at
    # 10.50" (no price starts with a nought, "open at 09.30"; polls close "at 22.00", shares "at 12.50")
    r"(?=\d)(?<![\d.$£€])\d\d?\.\d\d\b(?:(?:" + _number_after(_CHANGE_WORDS, ("", r"by\s", r"from\s", r"to\s")) + r")(?:\sto\s\d\d?\.\d\d\b)?"
    r"|" + _number_after(_PRICE_WORDS, (r"at\s",), "[1-9]") + r"|(?<!\.00)(?:" + _number_after(_MARKET_WORDS, (r"at\s",), "[1-9]") + "))",
    # "10:35 a.m. (0735 GMT) Tuesday": an aside inside the clock's phrase, which runs on to its day;
    # "4 a.m. local time (0200 GMT)," is that time in another zone, a time of its own
    r"\(\d{4}\s(?:GMT|UTC)\)(?=,?\s(?:on\s)?(?:{weekday}|{month}\s{day}\b))",
    # titles: "USA Today", "VOA Today"; a paper: "the daily Granma", "the Communist Party daily Renmin Ribao"
    # (a capitalised "Today" after a word on the same line names a title; these patterns start
    # with a case-sensitive word, which the engine can skip ahead to)
    r"(?-i:Today)(?<=[A-Za-z][ \t]Today)\b",
    r"(?-i:daily)(?<![\w-]daily)\s+(?!(?:{weekday}|{month})\b)(?-i:[A-Z][a-z]+)",
    # a paper: "published by the daily, which", "told the daily that"; "the daily tally" is a set
    r"(?-i:daily)(?:(?<=\ba\sdaily)|(?<=\bthe\sdaily))(?=\s*(?:[,.;:!?'’)\"]|$)|\s(?:that|which|who|and|or|but|is|was|has|had|said|says|reported|quoted|cited|on|in|of|for|to|with|by|from)\b)",
    # a paper's name: "Ostrell Daily", "China Daily", "Daily Mail": a capitalised "Daily" after a
    # word, or before a capitalised one
    r"(?-i:Daily)(?:(?<=\w\sDaily)|\s(?-i:[A-Z][a-z]))",
    # a first name: "(Reporting by Jan Oster)"; the month is "Jan." or "Jan 6"
    r"(?-i:Jan)\s(?-i:[A-Z][a-z])",
    # marches: "the annual March for Life", "the March of the Combatant Mothers", "the March on Washington"
    r"(?-i:March)(?:\s(?:for|of\sthe)\s(?-i:[A-Z])|(?<=\bthe\sMarch)\s(?:on|against|to)\s(?-i:[A-Z]))",
    # a title that alone fills its quotation marks after a word: the song "September", the album
    # "1989", the film "Yesterday" (a quotation that opens the sentence may be speech: "Tomorrow," she said)
    r"[\"“](?<=[\w,]\s[\"“])(?-i:[A-Z0-9])[^\s\"”]*[\"”]",
    # and a programme's title of several capitalised words: ABC News' "This Week", CBS's ''60 Minutes''
    r"(?:[\"“]|'')(?:(?<=[\w,'’]\s[\"“])|(?<=[\w,'’]\s''))(?-i:[A-Z0-9][^\s\"”]*(?:\s[A-Z][^\s\"”]*)+)(?:[\"”]|'')",
    # an award: "won album of the year", "Time's Person of the Year"
    r"(?-i:[Yy]ear)(?:" + "|".join(rf"(?<=\b{w}\sof\sthe\s[Yy]ear)" for w in _AWARD_NOUNS) + ")",
    # a hundred runs in cricket: "scored a century on debut", "a century partnership"
    r"(?-i:scored|scores|scoring|hit|hits|hitting|made|makes|making|smashed|smashes|struck|notched|posted|"
    r"brought\sup|completed|reached)\s(?:a|his|her|their|an)\s(?:[\w'’-]+\s){0,2}?century\b"
    r"(?![-\s](?:ago|earlier|later|before|after|old|of)\b)",
    r"(?-i:century)\s(?:partnership|stand|runs)\b",
    # how rare a thing is, not how long: "a once-in-a-century flood", "a 1-in-100-year storm", "a 500-year flood"
    r"\bonce-in-an?-(?:century|decade|generation|lifetime|millennium)\b",
    r"\b(?:1|one)-in-(?:an?-)?[\w,]+-year\b",
    r"(?=\d)(?<![\d,.])[\d,]+-year\s(?:floods?|floodplains?|storms?)\b",
    # ages: "52 years old", "a 9-year-old"
    r"\b{number}[\s-](?:years?|months?|weeks?|days?)[\s-]old\b",
    # doses: "14 units of alcohol a week", "150 minutes of moderate exercise a week", "two cups of coffee a day"
    r"(?-i:of)(?<=[a-z]s\sof)\s(?:[a-z-]+\s){1,3}?a\s(?:day|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago|on|from)\b)",
    # rates: "four flights a week", "$1.76 a year", "24 hours a day"
    r"(?:(?<![\d,.])\d[\d,.]*(?:\s(?:million|billion|trillion|thousand|hundred))?|\b(?!(?:as|is|was|has|his|its|this|thus|plus|less|unless|across|perhaps|does|times)\b)[a-z]+s)\s+a\s+(?:day|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago)"
    # but "resumes a week on Friday", "opens a week tomorrow" are a day
    r"|(?<=week)\s(?:(?:on|next|last)\s(?:{weekday})|today|tonight|tomorrow|yesterday)\b)",
)

# Sentence repair after the segmenter: (end of a piece, start of the next) -> one sentence.
# "3 p.m. Friday" is one sentence: a clock abbreviation before a weekday, month or lower-case word.
SENTENCE_JOINS = (
    (r"\b(?:a\.m\.|p\.m\.)$", r"^(?:{weekday}|{month}|[a-z(]|\d)"),
    (r"\b(?:{abbreviation})$", r"^(?:[a-z(]|\d)"),
)

# Every time expression holds one of these words or a digit: the engine runs the rules only
# around them, which skips most of a text. Tables give their words; ANCHOR_WORDS add the rest.
ANCHOR_TABLES = (
    "month", "weekday", "relative_day", "holiday", "movable_holiday", "unit", "period",
    "season", "reference_word", "set_word", "year_century", "narrative_shift", "part",
    "decade_word", "hyphen_unit",
)
# a length written in one word, as AP does: "a weeklong trial", "a yearslong investigation"
_SOLID_LONG = tuple(f"{u}long" for u in ("hour", "day", "week", "month", "year", "decade", "hours", "days", "weeks",
                                          "months", "years", "decades"))
ANCHOR_WORDS = _SOLID_LONG + (
    "quarter", "half", "century", "weekend", "thousand", "year", "a.m", "p.m", "am", "pm", "noon",
    "midnight", "midday", "o'clock", "o’clock", "past", "now", "daily", "fiscal", "period", "a while", "a long while",
    "some time", "a long time", "midweek", "overnight", "midyear",
)

# The anchor classes (the name of an anchor table, an anchor word, or "digit") one of which every
# match of a rule holds: the rule is tried only in windows that hold one, which spares most rules
# most windows. A rule left out is tried everywhere.
_NEEDS_BY_CLASS = {
    "month": (
        "event month day",
        "event day month",
        "spelled day of month",
        "month spelled day",
        "month day of modifier year",
        "day month of modifier year",
        "month day, year",
        "day month year",
        "month day",
        "day month",
        "month the day",
        "first day of month",
        "second day of month",
        "month year",
        "month short year",
        "modifier month day",
        "modifier month",
        "in month",
        "month of a year's event",
        "bare month",
        "May before noun",
        "May after month",
        "May before month",
        "May before month noun",
        "May after word",
        "early or late month",
        "month-end",
        "weekday month day",
        "short weekday month day",
        "short weekday day month",
        "weekday day month",
        "month of this year",
        "month of that year",
        "edge of month",
        "week of date",
        "week ended day month",
        "months of period",
        "quarter of its last month",
        "month spelled year",
    ),
    "digit": (
        "iso date",
        "iso timestamp",
        "iso date's clock",
        "day.month.year's clock",
        "day/month/year's clock",
        "month/day/year",
        "day/month/year",
        "day.month.year",
        "day-month-year",
        "edge of year",
        "year end of year",
        "year period",
        "period code year",
        "period code",
        "period code noun",
        "mid year",
        "before or after year",
        "year range start",
        "year range end",
        "short year range start",
        "short year range end",
        "bare year",
        "year after preposition",
        "the year N",
        "year of era",
        "era before year",
        "decade before 1800",
        "decade",
        "short decade",
        "fiscal year",
        "short fiscal year",
        "fiscal year range",
        "first of two centuries",
        "day of modifier month",
        "day of month",
    ),
    "quarter": (
        "quarter of year",
        "year quarter",
        "ordinal quarter",
        "holiday quarter",
        "modifier year's quarter",
        "N quarters",
        "N quarters of",
        "two quarters of year",
        "year's quarter in context",
        "quarter to its last month",
    ),
    "half": (
        "half of year",
        "ordinal half",
    ),
    "season": (
        "season of year",
        "season short year",
        "story season",
        "modifier season",
        "the season",
        "season after preposition",
        "second season",
        "season of this year",
        "season spelled year",
    ),
    "weekday": (
        "weekday part of day",
        "overnight weekday",
        "part of day weekday",
        "the part of day on weekday",
        "modifier weekday",
        "bare weekday",
        "weekday of modifier week",
        "weekday week",
        "weekday last",
        "weekdays",
        "weekday of month",
    ),
    "relative_day": (
        "relative day part",
        "part before relative day",
        "relative day",
    ),
    "narrative_shift": (
        "narrative shift",
    ),
    "holiday": (
        "nation's independence day",
        "holiday",
        "New Year after Christmas",
        "holiday of year",
    ),
    "movable_holiday": (
        "movable holiday",
        "bank holiday",
        "movable holiday of year",
    ),
    "part": (
        "hour of part of day",
        "part of the day",
        "middle of part of the day",
    ),
    "unit": (
        "the past day",
        "N units ago",
        "edge of the decade",
        "mid-decade",
        "in N units",
        "N units",
        "length in parts",
        "decimal units",
        "N and a half units",
        "a unit and a half",
        "the past unit and a half",
        "half a unit",
        "part of a century",
        "for units",
        "take units",
        "units later",
        "just units later",
        "verb units before",
        "in units",
        "units of",
        "over the years",
        "units ago",
        "units ahead",
        "times per unit",
        "every N units",
        "earlier in the day",
        "day before date",
        "day before or after",
    ),
    "period": (
        "period to date",
        "period before last",
        "the next period",
        "the week",
        "week's end",
        "edge of period",
        "week of month",
    ),
    "year": (
        "figure last year",
        "last year's figure",
        "last year's period",
        "year-earlier period",
        "reporting year span",
        "reporting year",
        "the new year",
    ),
    "reference_word": (
        "reference word",
    ),
    "set_word": (
        "set word",
    ),
    "weekend": (
        "weekend", "headline weekend",
    ),
    "midweek": (
        "midweek",
    ),
    # a rule that starts at the verb before "overnight" is tried only where "overnight" is
    "overnight": (
        "overnight after past verb",
    ),
}
RULE_NEEDS = {rule: (cls,) for cls, rules in _NEEDS_BY_CLASS.items() for rule in rules}
# rules whose matches may hold one of several classes
RULE_NEEDS.update({
    "year end": ("year", "midyear"),                 # "by year-end", "by midyear"
    "day before date": ("unit", "holiday", "movable_holiday"),
    "year's holiday": ("holiday", "movable_holiday"),  # "the day before Easter", "the eve of Passover"
    "century": ("century", "unit"),                   # "20th-century", "the 19th and 20th centuries"
    "part of modifier year": ("quarter", "half"),
    "period a year before": ("quarter", "period"),
    "recent units": ("unit", "quarter"),              # "recent quarters"
    "every weekday": ("weekday", "month", "season", "holiday"),  # "every Friday", "each January", "every spring"
    "weekends": ("weekend",),
    "N-unit duration": ("unit", "hyphen_unit"),         # "a two-hour meeting", "a 30-second advert"
    "spelled year": ("year_century", "thousand"),     # "nineteen ninety-eight", "two thousand"
    "decade in words": ("decade_word", "digit"),      # "the eighties", "the '90s"
    "numbered event day": ("digit",),                 # "since 9/11"
    "unit-long": ("unit",) + _SOLID_LONG,             # "a week-long trial", "a weeklong trial"
    **dict.fromkeys(("clock", "clock and day", "clock and month day", "clock and day month", "clock and day of month"),
                    ("digit", "noon", "midnight", "midday")),
    "clock and relative day": ("relative_day",),
    "hour past or to": ("past", "quarter"),          # "ten past six", "quarter to five", "20 minutes past eight"
    "o'clock": ("o'clock", "o’clock"),
    "modifier period": ("period", "narrative_shift"),  # "the following year" is one anchor
    "a week on weekday": ("weekday", "relative_day"),  # "a week on Friday", "a fortnight today"
    "latest quarter": ("quarter", "period"),          # "the latest period"
    "latest fiscal year": ("year", "fiscal"),         # "this fiscal" in Indian reports
})

# Which table each `{name}` in a pattern stands for (the alternation of its keys).
TABLES = {
    "month": MONTHS, "weekday": WEEKDAYS, "part": PARTS_OF_DAY, "relative_day": RELATIVE_DAYS,
    "holiday": HOLIDAYS, "number_word": NUMBERS, "unit": UNITS, "calendar_unit": CALENDAR_UNITS,
    "period": PERIODS, "modifier": MODIFIERS, "abbreviation": ABBREVIATIONS,
    "speech_verb": SPEECH_VERBS, "speech_noun": SPEECH_NOUNS, "quarter": QUARTERS, "half": HALVES,
    "season": SEASONS, "reference_word": REFERENCE_WORDS, "set_word": SETS,
    "movable_holiday": MOVABLE_HOLIDAYS, "ordinal": ORDINALS, "vague_ref": VAGUE_REFERENCES,
    "month_name": MONTH_NAMES, "year_century": YEAR_CENTURIES, "year_tens": YEAR_TENS, "year_ones": YEAR_ONES,
    "narrative_shift": NARRATIVE_SHIFTS, "relation": RELATIONS, "decade_word": DECADE_WORDS,
    "week_ordinal": WEEK_ORDINALS, "period_code": PERIOD_CODES, "period_code_noun": PERIOD_CODE_NOUNS, "hyphen_unit": HYPHEN_UNITS,
    "nation": INDEPENDENCE_DAYS, "event_noun": EVENT_NOUNS, "numeric_event_day": NUMERIC_EVENT_DAYS,
}
# A document that writes one slashed date day first ("15/03/2024": the rule whose match shows it)
# reads its other slashed dates day first too ("5/4/2024": the rule so read)
DAY_FIRST_SLASHES = ("day/month/year", "month/day/year")
# A year written with two digits is the one at most this many years after the publication day:
# after an apostrophe, a year as often long gone ("in June '44" is 1944 in 2024), in a fiscal code
# one of the plans ahead ("FY35" is 2035)
SHORT_YEAR_AHEAD = 10
FISCAL_YEAR_AHEAD = 50
# Tables whose words news writes capitalized: matched only so ("may" the verb is no month).
CAPITALIZED = ("month", "month_name", "weekday", "holiday", "movable_holiday")
# Tables matched in lower case only: a capitalised "Day" names something ("Day of Mourning").
LOWER_CASE = ("unit", "calendar_unit", "period")
# A headline in Title Case or capitals writes these tables' words so after a word so written:
# "Talks to Resume Next Week", "Jailed for 10 Years", "PARLIAMENT TO VOTE NEXT WEEK"; a capitalised
# word after them makes a name ("a One Day International")
TITLE_CASE_BEFORE = "|".join(rf"(?<=\b[A-Z][a-z]{{{n}}}\s)" for n in range(9)) + r"|(?<=\b\d\s)|(?<=\d\d\s)"
TITLE_CASE_NOT_AFTER = (r"[-\w]|\s(?!(?:Ago|After|Before|Later|Earlier|On|Of|In|Into|For|From|Since|Until|Over|Amid|With|"
                        r"Without|To|And|As|At|Than|Left|Behind)\b)[A-Z]")
UPPER_CASE_BEFORE = "|".join(rf"(?<=\b[A-Z]{{{n}}}\s)" for n in range(1, 10)) + r"|(?<=\b\d\s)|(?<=\d\d\s)"
# Tables matched exactly as written.
EXACT = ("abbreviation", "period_code", "nation", "event_noun", "numeric_event_day")

# --- events (stage 4): how a sentence ties its happening to a date ---------------------------------

# "a day after the barrage", "hours before the vote", "two weeks after the election": a happening
# dated from another one.  `same_day` words put both on one day; a count of units shifts the date.
RELATION = (r"\b(?:(?:just|only|barely|some|about|less\sthan)\s)?"
            r"(?:(?:the|{number})\s{calendar_unit}|(?P<same_day>hours|minutes|moments|shortly|just))"
            r"\s{relation}\s")
# A relation with one of these at most three words before it is a length of time, not a date:
# "can be held for 48 hours before they are charged", "within days after the vote".
RELATION_NOT_AFTER = r"\b(?:for|within|up\sto)\s(?:\S+\s){0,2}$"
# "since the start of the invasion 22 months ago": a date after this word starts a span; it dates the
# happening the phrase names, not the clause the phrase hangs from
SPAN_START = r"\bsince\b"
# where one clause of a sentence ends and the next begins
CLAUSE_BREAK = r"[,;:]\s|\s[–—-]\s"

# Words that name nothing on their own: a clause of these and dates ("the day before Election
# Day") names a day to count from, not a happening.
FUNCTION_WORDS = ("the", "a", "an", "s", "of", "on", "in", "at")

# Words news uses for one kind of happening: the merge compares mentions by these concepts, so that
# "the barrage", "the bombardment" and "the air attack" can be found to tell one happening.
EVENT_CONCEPTS = {
    "attack": ("attack", "strike", "assault", "barrage", "bombardment", "bombard", "shelling", "shell",
               "raid", "offensive", "blitz", "salvo"),
    "kill": ("kill", "killed", "killing", "dead", "death", "deaths", "died", "die", "dies", "fatalities",
             "toll", "lives"),
    "injure": ("injure", "injured", "injuries", "injury", "wounded", "wound", "wounding", "hurt"),
    "meeting": ("meeting", "session", "talks", "summit", "conference"),
    "punish": ("punish", "punished", "unpunished", "retaliate", "retaliation", "retaliatory", "revenge",
               "respond", "response", "avenge"),
    "drone": ("drone", "drones", "uav", "uavs"),
    "missile": ("missile", "missiles", "rocket", "rockets"),
    "flood": ("flood", "flooding", "floods", "inundated", "deluge"),
    "fire": ("fire", "blaze", "wildfire", "flames", "inferno"),
    "explosion": ("explosion", "blast", "exploded", "detonation"),
    "collapse": ("collapse", "collapsed", "gave way", "breach", "breached", "burst"),
    "resign": ("resign", "resigned", "resignation", "quit", "stepped down", "step down"),
    "vote": ("vote", "voted", "ballot", "referendum"),
    "arrest": ("arrest", "arrested", "detained", "detain", "custody"),
    "evacuate": ("evacuate", "evacuated", "evacuation", "evacuating"),
}
