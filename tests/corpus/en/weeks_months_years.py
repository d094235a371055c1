"""This/last/next week, month and year name the current, previous or following calendar unit; weeks are ISO weeks."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# "earlier this week/month/year" is the current unit. Week values use the ISO week-numbering year,
# which differs from the calendar year around 1 January (2021-01-01 is in 2020-W53, 2024-12-31 in 2025-W01).

CASES = [
    ("2023-12-31", (  # a Sunday, the last day of ISO week 2023-W52
        ("Fighting has intensified [this week] around the eastern town.", "2023-W52"),
        ("The ministry reported 1,200 new cases [last week].", "2023-W51"),
        ("The two sides are due to resume negotiations [next week] in Doha.", "2024-W01"),
        ("The prime minister said [earlier this week] that the troops would stay.", "2023-W52"),
        # the week of the Wednesday the tense points to: on a Sunday, the coming one
        ("Forecasters expect the storm to reach the coast by [midweek].", "2024-W01"),
        ("Shares rallied [midweek] before falling back on Friday.", "2023-W52"),
        ("Retail sales have slowed sharply [this month], industry figures show.", "2023-12"),
        ("The central bank raised interest rates [last month] for the third time in a row.", "2023-11"),
        ("The new cabinet will be sworn in [next month].", "2024-01"),
        ("Floods [earlier this month] destroyed thousands of homes.", "2023-12"),
        ("More than 500 migrants have drowned in the Mediterranean [this year].", "2023"),
        ("The club finished second in the league [last year].", "2022"),
        ("General elections are scheduled for [next year].", "2024"),
        # "this month of" a thing is this month; "the last week of June" is no previous week
        ("The bombings [this month] of two embassies shocked the region.", "2023-12"),
        # two periods back or ahead
        ("The plant was sold [the year before last] to a Chinese group.", "2021"),
        ("The pipeline was damaged [the week before last].", "2023-W50"),
        ("The new line is due to open [the year after next].", "2025"),
        ("The festival was canceled [earlier this year] because of security concerns.", "2023"),
    )),
    ("2024-01-01", (  # a Monday, the first day of ISO week 2024-W01
        ("The airline canceled hundreds of flights [last week] because of storms.", "2023-W52"),
        ("The results of the audit will be published [this week].", "2024-W01"),
        ("The trial is set to begin [next week].", "2024-W02"),
        ("Home prices fell 2% [last month], the survey showed.", "2023-12"),
        ("The country's economy grew 5.2% [last year], the government estimated.", "2023"),
        ("The president will visit Africa [this year], his office said.", "2024"),
    )),
    ("2021-01-01", (  # a Friday, New Year's Day, in ISO week 2020-W53
        ("Hospitals admitted a record number of patients [this week].", "2020-W53"),
        ("The regulator authorized a second vaccine [last week].", "2020-W52"),
        ("Schools will stay closed until at least [next week].", "2021-W01"),
        ("The president signed the relief bill [earlier this week].", "2020-W53"),
        ("The economy shrank by 4% [last year], the central bank estimated.", "2020"),
        ("The Olympics are due to open in Tokyo [this year].", "2021"),
        ("Car sales dropped 10% [last month], dealers said.", "2020-12"),
    )),
    ("2020-12-31", (  # a Thursday, in ISO week 2020-W53
        ("Hospitals have been stretched to the limit [this week].", "2020-W53"),
        ("Vaccinations for the over-80s will begin [next week].", "2021-W01"),
    )),
    ("2024-02-29", (  # a Thursday, the leap day, in ISO week 2024-W09
        ("Factory output fell for the third time [this month].", "2024-02"),
        ("The new rules take effect [next month].", "2024-03"),
        ("Farmers blocked roads into the capital [last week].", "2024-W08"),
    )),
    ("2024-12-31", (  # a Tuesday, New Year's Eve, already in ISO week 2025-W01
        ("Heavy rain has caused landslides in the north [this week].", "2025-W01"),
        ("The plane crashed on landing [last week], killing 179 people.", "2024-W52"),
        ("The currency lost a fifth of its value [this year].", "2024"),
    )),
    ("2024-05-16", (  # a Thursday
        ("It was the deadliest flood of [this century] in the region.", "20"),
        ("Steam trains ran on the line until early in [the last century].", "19"),
    )),
    ("2024-04-10", (  # a Wednesday, in ISO week 2024-W15
        # a week of a month is the ISO week holding most of its seven days: the first holds the 4th
        ("The trial is set to open [the week of May 6], a court clerk said.", "2024-W19"),
        # weekly figures are dated by the day their week ends
        ("Initial jobless claims fell by 12,000 in [the week ended Feb. 24].", "2024-W08"),
        ("Crude inventories rose 4.2 million barrels in [the week ending 23 February].", "2024-W08"),
        ("Mortgage rates rose in the week ended [Thursday], Freddie Mac said.", "2024-04-04"),
        ("Fighting flared again in [the first week of March], residents said.", "2024-W10"),
        ("The ministry expects a decision in [the second week of May].", "2024-W19"),
        ("Prices peaked in [the last week of January], traders said.", "2024-W04"),
        ("The new line opens in [the third week of next month].", "2024-W20"),
        ("Power was cut in [the last week of December 2023], the utility said.", "2023-W52"),
        ("The rebels want all troops out by [the end of the month].", "2024-04"),
        ("Talks could resume at [the start of the week], officials said.", "2024-W15"),
        ("The union wants an answer by [week's end].", "2024-W15"),
        ("The last of the troops are due to leave at [month's end].", "2024-04"),
    )),
    ("2024-03-15", (  # a Friday, in ISO week 2024-W11
        # headlines in Title Case or in capitals
        ("Talks to Resume [Next Week], Officials Say", "2024-W12"),
        ("Union Calls Strike for [Next Month]", "2024-04"),
        ("PARLIAMENT TO VOTE ON BUDGET [NEXT WEEK]", "2024-W12"),
        ("Prime Minister Resigns After [Two Years] in Office", "P2Y", "DURATION"),
        ("Singer Jailed for [10 Years] Over Tax Fraud", "P10Y", "DURATION"),
    )),
]
