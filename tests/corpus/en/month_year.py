"""Month + year is that month; a bare month takes its year from publication day and tense; a year is a year."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# "last March" is the most recent March before the publication month; a bare month in a past-tense
# report is the most recent such month (this year's May in a December article), in a future-tense
# report the next one.

CASES = [
    ("2023-12-31", (  # a Sunday, the last day of the year
        # a period figures are reported for has begun, whatever the tense of the report
        ("Retail sales figures for [November] are due on Tuesday.", "2023-11"),
        ("Markets will watch the [November] jobs report for signs of cooling.", "2023-11"),
        ("The company cut 1,200 jobs in [September], a union said.", "2023-09"),
        ("Inflation is forecast to slow in [March].", "2024-03"),
        # "forecasts" the noun looks nowhere
        ("Output beat forecasts in [August] as factories restocked.", "2023-08"),
        ("Russia launched its full-scale invasion of Ukraine in [February 2022].", "2022-02"),
        ("The factory has been idle since it closed in [March 2020].", "2020-03"),
        ("Prices have risen by a third since [September 2019].", "2019-09"),
        ("The ruling came in [July 2021], after a two-year legal battle.", "2021-07"),
        # "early" and "late" before a year are part of the expression, not of its value
        ("Construction is set to begin in [early 2025].", "2025"),
        ("The merger was signed in [late 2022], both firms said.", "2022"),
        ("The dam burst [last March], flooding dozens of villages.", "2023-03"),
        ("The general was dismissed in [May] after the failed offensive.", "2023-05"),
        ("Exports have fallen steadily since [October].", "2023-10"),
        ("The new tariffs will take effect in [March], the trade ministry said.", "2024-03"),
        ("The country last held elections in [2019].", "2019"),
        ("The peninsula has been under Russian control since [2014].", "2014"),
        ("The government aims to phase out coal plants by [2030].", "2030"),
        # what is promised or threatened lies ahead of the promise
        ("The prime minister pledged to call an election by [March].", "2024-03"),
        ("The union threatened to strike in [February] unless pay talks resumed.", "2024-02"),
        ("The ministry promised a decision by [April].", "2024-04"),
        ("Tourist numbers have not recovered to their [2019] levels.", "2019"),
    )),
    ("2024-01-03", (  # a Wednesday, early January
        ("Retail sales slumped in [late November] as shoppers held back.", "2023-11"),
        ("The general election is due [this September].", "2024-09"),
        # a present passive ("is heard") says nothing of the past
        ("The appeal is heard in [May] by a panel of three judges.", "2024-05"),
        ("Prices began to fall in [mid-December], traders said.", "2023-12"),
        ("Talks between the two sides are expected to resume [mid-January].", "2024-01"),
        # the hyphenated edges briefs and tables write
        ("The central bank sees inflation back at target by [end-2025].", "2025"),
        ("Stocks of grain held at the port fell in [end-November].", "2023-11"),
        ("The refinery is due to restart in [early-2024].", "2024"),
        ("Police say they have new evidence in the [December] shooting of a taxi driver.", "2023-12"),
        ("Job figures for [November] showed a surge in hiring.", "2023-11"),
        # "May" the month dates the noun after it; the verb follows no determiner
        ("The central bank held rates steady at its [May] meeting.", "2023-05"),
        ("The party has not recovered from the [May] election.", "2023-05"),
        ("Inflation eased to 3.1% in [December], the statistics agency said.", "2023-12"),
        ("The rebels have held the town since [November].", "2023-11"),
        ("The strike began [last December] and has cost the carmaker $1 billion.", "2023-12"),
        ("The company expects to complete the deal in [April].", "2024-04"),
    )),
    ("2024-03-01", (  # a Friday, in March
        # a month something is set for lies ahead
        ("The presidential election is in [November].", "2024-11"),
        ("The ceasefire agreed [last March] lasted less than a week.", "2023-03"),
        ("Unemployment rose in [February] for the second month in a row.", "2024-02"),
        ("The bridge is due to reopen in [June].", "2024-06"),
        ("The exhibition has been extended through [May].", "2024-05"),
        # a year's figures run up to the month: "this year through January" is gone
        ("Home sales are down 4% this year through [January], the association says.", "2024-01"),
        ("The abbey was founded in [the year 1132] by Cistercian monks.", "1132"),
        # a law that "takes effect" or "comes into force" in a month has not yet
        ("The law was passed last month and takes effect in [July].", "2024-07"),
        ("The smoking ban comes into force in [May], a year after it was passed.", "2024-05"),
        ("The team has not won a match since [January 2023].", "2023-01"),
        # "ahead of" looks ahead of what the clause tells; after a past verb that may be either side
        # of now, and the nearest is meant
        ("Retail sales rose 4% in the run-up to [December], the statistics office said.", "2023-12"),
        ("Shares in the utility fell ahead of the [June 30] deadline for bids.", "2024-06-30"),
        ("The party will campaign hard ahead of the [May] election.", "2024-05"),
        ("The attack was planned in [May], prosecutors said.", "2023-05"),
        ("Dockworkers planned a strike in [April] over pay.", "2024-04"),
    )),
    ("2023-10-26", (  # a Thursday, in October
        # no verb says which side: a month half a year away in either direction is the one gone
        ("Sales were hurt by the troubled launch of its new phones in [April].", "2023-04"),
        ("The board's big bet is a new model, with first sales in [March].", "2024-03"),
    )),
    ("2021-01-01", (  # a Friday, New Year's Day
        ("Hospital admissions have doubled since [November].", "2020-11"),
        ("The first vaccines were approved in [December 2020].", "2020-12"),
        # a range of years written with a dash: both ends are years, a count of things is not
        ("The company overstated its profits in [2015]-2018, regulators said.", "2015"),
        ("The company overstated its profits in 2015-[2018], regulators said.", "2018"),
        ("Historians of the 1914–[1918] war gathered in Ypres.", "1918"),
        # a season or fiscal year over two years, the second written short
        ("The club finished third in the [2019]-20 season.", "2019"),
        ("The club finished third in the 2019-[20] season.", "2020"),
        ("The deficit widened in fiscal 1998/[99], the treasury said.", "1999"),
        ("Budgets were frozen for 1999-[00] across the department.", "2000"),
    )),
    ("2024-03-15", (  # a Friday
        # a year written once, after the last month of a range or list, is the first month's too
        ("Between [January] and March 2023, 500 migrants drowned in the Mediterranean.", "2023-01"),
        ("The river burst its banks three times between [June] and August 2022.", "2022-06"),
        ("Factory output rose every month from [January] to June 2023.", "2023-01"),
        ("The central bank raised rates in January, [March] and May 2023.", "2023-03"),
        ("The central bank raised rates in [January], March and May 2023.", "2023-01"),
        # a first month later in the year than the last lies in the year before
        ("Gas prices fell from [December] to February 2023, the agency said.", "2022-12"),
    )),
    ("2024-10-26", (  # a Saturday
        # "May" beside another month is the month, as the second of a pair or range or the first
        ("Inflation eased between March and [May], the statistics office said.", "2024-05"),
        ("Farmers planted late in April and [May] because of the rain.", "2024-05"),
        ("Average temperatures rose sharply between [May] and June.", "2024-05"),
        ("Rainfall was below normal in [May], June and July.", "2024-05"),
        # and before what a month dates, after a word that takes a time, at the end of the month
        ("[May] retail sales rose 0.4 percent, the Commerce Department said.", "2024-05"),
        ("[May]'s election left no party with a majority.", "2024-05"),
        ("Leaders will settle the budget at a [May] summit in Brussels.", "2025-05"),
        ("The vote was postponed to [May] because of the flooding.", "2025-05"),
        ("Local elections are scheduled for [May], the commission said.", "2025-05"),
        ("The ban stayed in force for the rest of [May].", "2024-05"),
        ("The central bank will publish its forecast at [the end of May].", "2025-05"),
    )),
    ("2024-03-15", (  # a Friday
        # the month of an election, a cup or a summit the year names is that year's, whatever the
        # tense; a report or budget the year names comes out the year after or before
        ("Voters go to the polls in the 2022 midterms in [November], a poll showed.", "2022-11"),
        ("Fans will flock to the 2026 World Cup in [June].", "2026-06"),
        ("Since the 2019 general election in [December], Labour has rebuilt its lead.", "2019-12"),
        ("Americans vote in the 2024 presidential election on [Nov. 5].", "2024-11-05"),
        ("The 2020 U.S. Open in [September] was played without fans.", "2020-09"),
        ("The firm filed its 2023 annual report in [March].", "2024-03"),
        # a happening moved to a date is moved ahead of the news of the move, however far the
        # verb stands from the date; "moved to" a place says nothing of a later month
        ("The court delayed the fraud trial until [January] at the defence's request.", "2025-01"),
        ("The moratorium was extended for another six months, to [Sept. 30].", "2024-09-30"),
        ("The agency pushed the launch back to [February] after a fuel leak.", "2025-02"),
        ("Ministers put back the deadline to [Jan. 31], a spokesman said.", "2025-01-31"),
        ("The party delayed the leadership vote until after [Easter].", "2024-03-31"),
        ("The family moved to Paris in [May] and opened a bakery.", "2023-05"),
        ("The prime minister called the general election for [July 4].", "2024-07-04"),
        ("The union called a 24-hour strike for [April 2].", "2024-04-02"),
        ("Police called for calm on [March 9] as crowds gathered.", "2024-03-09"),
        # a passive whose auxiliary stands just out of reach is still passive
        ("The runoff will be held two weeks after the first round on [April 14].", "2024-04-14"),
    )),
    ("2024-10-29", (  # a Tuesday
        # "March-end", as Indian reports write the end of a month
        ("The metro extension will be completed by [March-end], officials said.", "2025-03"),
        ("The lender's gross NPAs fell to 2.5% at [September-end].", "2024-09"),
        # "should have" is gone, though "should" looks ahead
        ("Critics said the audit should have been published in [January].", "2024-01"),
        # "cut" after a noun that makes it a compound is the noun, no past verb: the cut lies ahead
        ("Markets are pricing in a 25 basis point cut in [December].", "2024-12"),
        ("Investors expect a quarter-point rate cut in [December], the survey showed.", "2024-12"),
        ("Traders bet on another cut at the [December] meeting.", "2024-12"),
        ("Markets expect the first BoE cut in [December] or February.", "2024-12"),
    )),
    ("2024-12-03", (  # a Tuesday
        # the figures after the second of two months are the first's too
        ("[November] and December sales are expected to total $989 billion.", "2024-11"),
    )),
    ("2024-05-02", (  # a Thursday
        # what markets bet on or price in lies ahead, whatever the tense
        ("Traders pared bets on a cut at the Fed's [June] meeting.", "2024-06"),
        ("Markets priced in two cuts by [December], the survey showed.", "2024-12"),
        # "could" before a move still to come looks ahead
        ("The ECB signalled it could cut rates in [June].", "2024-06"),
        ("The deal could close in [March], the company said.", "2025-03"),
        # but a price in a month is no pricing in
        ("The average price in [March] was $85 a barrel.", "2024-03"),
    )),
    ("2024-10-15", (  # a Tuesday
        # only a bet on a move of rates lies ahead, and only a move of rates is weighed
        ("Bookmakers took bets on a Trump win in [July].", "2024-07"),
        ("A [March] increase in tariffs hit exporters.", "2024-03"),
    )),
    ("2024-09-10", (  # a Tuesday
        # a gerund after "after" or "since" has no tense: the nearer month, on either side of now
        ("The Bank of England is expected to hold rates next week after cutting them in [August].", "2024-08"),
        ("The Fed will likely pause after raising rates in [July], economists said.", "2024-07"),
        ("The IMF cut its growth forecast in [July], citing weaker trade.", "2024-07"),
        # what was called for lies after the call, on either side of now
        ("Some economists called for an emergency rate cut before the [October] meeting.", "2024-10"),
    )),
    ("2024-11-07", (  # a Thursday
        # "since" after "been" is no passive participle: "where it has been since December"
        ("The Norges Bank held its rate at 4.5%, where it has been since [December].", "2023-12"),
        # an -ed word after a modal's verb is an adjective, no past verb
        ("Samsung will release detailed earnings on [Jan. 31].", "2025-01-31"),
        ("The ministry will publish revised figures in [February].", "2025-02"),
        # a futures contract's delivery month lies ahead, whatever the tense
        ("Brent crude futures for [January] delivery fell $1.20 to $74.05 a barrel.", "2025-01"),
        ("The [December] WTI contract settled 1.1% lower.", "2024-12"),
        ("U.S. West Texas Intermediate crude for [December] fell 85 cents.", "2024-12"),
        ("Arabica coffee for delivery in [March] rose 2.1%.", "2025-03"),
        # "since" before a year dates that year only
        ("The airline will pay its first dividend since 2019 in [March].", "2025-03"),
        # figures named by their month have begun: "the monthly CPI indicator for October"
        ("The monthly CPI indicator for [October] is released next Wednesday.", "2024-10"),
    )),
    ("2024-08-21", (  # a Wednesday
        # a move of rates weighed is on either side of now, whatever the tense: the nearer month
        ("Minutes showed most officials favoured a [September] cut.", "2024-09"),
        ("The governor said a [December] rate hike was unlikely.", "2024-12"),
    )),
]

# Broadcast transcripts spell years out; "mid-" and "late-" join a year or month with a hyphen.
SPOKEN = (
    ("2000-03-01", (  # a Wednesday
        ("The law was struck down in [nineteen ninety-six] on a technicality.", "1996"),
        ("Planners feared computer failures at [the year two thousand].", "2000"),
        ("The talks fell apart in [mid-1996] after a defection.", "1996"),
        ("The Cuban leader called off the [late-November] trip.", "1999-11"),
        ("The pipeline froze in [the winter of nineteen ninety-four], cutting supplies for a week.", "1994-WI"),
        ("[March nineteen ninety-eight]: the first ceasefire collapsed within days.", "1998-03"),
    )),
)
CASES = CASES + list(SPOKEN)
