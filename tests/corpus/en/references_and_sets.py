"""Words that point at the present, past or future without a date take TIMEX3 reference values;
a repeating time is a SET with the period of its repetition."""
# FORMAT: PUBLISHED = "YYYY-MM-DD"; EXAMPLES = ((sentence with one [expression], TIMEX3 value[, type]), ...)

PUBLISHED = "2024-03-06"  # a Wednesday

EXAMPLES = (
    ("The minister [recently] visited the border region.", "PAST_REF"),
    ("The company has struggled [lately] to fill vacancies.", "PAST_REF"),
    # a part of every day, every weekend, every such holiday
    ("Protesters have gathered [nightly] outside the parliament.", "XXXX-XX-XXTNI", "SET"),
    ("[Every morning], vendors set up their stalls along the river.", "XXXX-XX-XXTMO", "SET"),
    ("The museum is open to the public only on [weekends].", "XXXX-WXX-WE", "SET"),
    ("A fireworks show is held over the harbour [every New Year's Eve].", "XXXX-12-31", "SET"),
    ("The company [currently] employs 4,000 people in the city.", "PRESENT_REF"),
    ("Prices are rising faster than at any time in [the past], economists said.", "PAST_REF"),
    ("The rules could change in [the future], the regulator warned.", "FUTURE_REF"),
    ("[Now] the hard work begins, the coach said.", "PRESENT_REF"),
    ("[Current] law bans the sale of the drug.", "PRESENT_REF"),
    ("[These days], most tickets are sold online.", "PRESENT_REF"),
    ("The ferry runs [daily] between the two islands.", "P1D", "SET"),
    # "a daily" or "the daily" before the noun it qualifies; as a noun it is a paper
    ("Police said they were following up leads on a [daily] basis.", "P1D", "SET"),
    ("The magazine is published [monthly] in three languages.", "P1M", "SET"),
    ("The council meets [fortnightly] in the town hall.", "P2W", "SET"),
    ("The airline will run [twice-weekly] flights to the island from June.", "P1W", "SET"),
    ("Interest on the bonds is paid [semiannually].", "P6M", "SET"),
    ("Prices are expected to stay high in [the immediate future].", "FUTURE_REF", "DATE"),
    ("Such floods were rare in [the recent past].", "PAST_REF", "DATE"),
    ("Tuition fees have risen [every year] since the reform.", "P1Y", "SET"),
    ("Protesters have gathered outside the court [every Friday].", "XXXX-WXX-5", "SET"),
    ("The museum is closed on [Mondays] for cleaning.", "XXXX-WXX-1", "SET"),
    ("The talk show airs on [Tuesday nights] on state television.", "XXXX-WXX-2TNI", "SET"),
    ("Fans gather in the square [every Saturday night].", "XXXX-WXX-6TNI", "SET"),
    ("Member states meet [annually] in Geneva to review the treaty.", "P1Y", "SET"),
    ("Pilgrims return to the shrine [each August].", "XXXX-08", "SET"),
    # "May" after "every" or "each" is the month, not the name
    ("The film festival, held [each May] on the Riviera, opened to strong reviews.", "XXXX-05", "SET"),
    # "biweekly" is every other week, as news uses it
    ("The magazine is published [biweekly] by a small team of volunteers.", "P2W", "SET"),
    ("Average [hourly] earnings rose 0.4% in February.", "PT1H", "SET"),
    ("The central bank sees little room for rate cuts in [the near term].", "FUTURE_REF", "DATE"),
    ("The company will announce the terms of the deal at [a later date].", "FUTURE_REF", "DATE"),
    ("The company pays about $100 million in interest [every quarter].", "P1Q", "SET"),
    ("The World Cup is held [every four years].", "P4Y", "SET"),
    ("During the rush hour, trains leave [every 10 minutes].", "PT10M", "SET"),
    ("The patients were given the drug [every other day].", "P2D", "SET"),
    ("The board reviews the rates [every few months].", "PXM", "SET"),
    ("Patients must take the tablets [twice a day] for a week.", "P1D", "SET"),
    ("The ferry to the island sails [three times a week] in winter.", "P1W", "SET"),
    ("The council meets [once a month] in the town hall.", "P1M", "SET"),
    ("The river bursts its banks [every spring].", "XXXX-SP", "SET"),
    ("The tax credits will lower payments in [future quarters].", "FUTURE_REF", "DATE"),
    ("Lenders may sell more assets in [the weeks ahead].", "FUTURE_REF", "DATE"),
    ("The refinery, which just [months ago] was losing money, is now profitable.", "PAST_REF", "DATE"),
    ("Support rose from 35 percent [several years ago] to 51 percent.", "PAST_REF", "DATE"),
)

NOT_TIMES = (
    "The airline runs four flights a week to the island.",
    "The Daily Telegraph first reported the payments.",
    "The figures were published by the daily, which cited police sources.",
    "A spokesman told the daily that the talks had failed.",
)
