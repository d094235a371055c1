"""Quarters, halves, fiscal years, seasons and decades: a period without a year is the one under way
or the nearest; a modifier or the tense picks the side."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# Values: quarters YYYY-Qn, halves YYYY-Hn, seasons YYYY-SP/SU/FA/WI, decades as three digits (199).

CASES = [
    ("2023-10-26", (  # a Thursday in the fourth quarter
        ("Net income fell 12% in [the third quarter], the bank said.", "2023-Q3"),
        ("The airline posted a [third-quarter] loss of $4 million.", "2023-Q3"),
        ("Sales rose 8% in [the quarter], helped by strong demand in Asia.", "2023-Q3"),
        ("Profit in [the latest quarter] beat analysts' forecasts.", "2023-Q3"),
        ("The bank expects lending to slow in [the fourth quarter].", "2023-Q4"),
        ("The bank will publish its results for [the third quarter] on Tuesday.", "2023-Q3"),
        # a quarter named by its last month, as Australian and Indian reports write it
        ("The economy grew 0.4% in [the June quarter], the bureau said.", "2023-Q2"),
        ("The miner's output fell in [the September quarter] on wet weather.", "2023-Q3"),
        ("Earnings for [the first quarter of 2022] were restated last month.", "2022-Q1"),
        ("The retailer's [2022 fourth-quarter] results disappointed investors.", "2022-Q4"),
        ("Factory output shrank in [the first half], the statistics office said.", "2023-H1"),
        ("[The second half of 2021] was the strongest on record for exports.", "2021-H2"),
        ("Margins should recover in [the last half of 2024], the chief executive said.", "2024-H2"),
        ("Orders slowed over [the first two quarters of 2022], the company said.", "2022-H1"),
        # a quarter or a half named by its months, as Japanese companies and statistics offices report
        ("The economy grew an annualized 1.2% in [the July-September quarter].", "2023-Q3"),
        ("Toyota's operating profit doubled in [the April-June 2022 period].", "2022-Q2"),
        ("Exports fell in [the January-June half] from a year earlier.", "2023-H1"),
        ("Household spending fell in [the April-to-June period], the government said.", "2023-Q2"),
        ("Shipments rose 4% in [the July through September quarter].", "2023-Q3"),
        ("Exports grew in [the October-December quarter of 2022].", "2022-Q4"),
        ("The company earned $2.1 billion in [fiscal 2022].", "2022"),
        ("Congress has yet to pass a budget for [fiscal year 2024].", "2024"),
        ("Home sales peaked in [the summer of 2021].", "2021-SU"),
        ("The dam burst [last spring], flooding a dozen villages.", "2023-SP"),
        ("Construction of the bridge will start [next summer].", "2024-SU"),
        ("Wildfires burned a record area [this summer].", "2023-SU"),
        # a bare season after a word that takes a time; the tense picks the side
        ("The bridge is due to reopen in [spring], the council said.", "2024-SP"),
        ("Ridership fell sharply in [late summer], the transit agency said.", "2023-SU"),
        ("The minister promised a decision by [early spring].", "2024-SP"),
        ("Talks have stalled since [spring], diplomats said.", "2023-SP"),
        ("The elections are due in [the autumn of next year].", "2024-FA"),
        ("The company cut 300 jobs in [spring last year].", "2022-SP"),
        # a year after the second of two seasons is the first's too
        ("Hundreds of wells ran dry in [spring] and summer 2021.", "2021-SP"),
        # the second of two seasons is one too
        ("Bus ridership fell from spring to [autumn], the agency said.", "2023-FA"),
        ("Dozens of wells ran dry in spring and [summer], officials said.", "2023-SU"),
        ("Home sales fell in [the final quarter of 2022].", "2022-Q4"),
        ("Shares have fallen 30% since [the start of the year].", "2023"),
        # a decade's extent is its number: "the late [1970s]", as TimeBank annotates
        ("The plant was built in the [1990s] and never modernized.", "199"),
        ("Inflation has not been this high since [the late 1970s].", "197"),
        ("The cathedral was built in [the 12th century].", "11"),
        ("The treaty shaped Europe for most of [the twentieth century].", "19"),
        # a century as an adjective is written with a hyphen
        ("Fire gutted a [fifth-century] church in the old town.", "04"),
        ("By [the late 19th century], the port handled half the country's trade.", "18"),
        # a round hundred is a century; two centuries joined by "and" are both centuries
        ("The mill was built in the [1800s] by Scottish engineers.", "18"),
        ("Millions emigrated in [the 19th] and 20th centuries.", "18"),
        ("Millions emigrated in the 19th and [20th centuries].", "19"),
        ("Borrowing costs are the highest since [2007], the central bank said.", "2007"),
        ("The carmaker sold 1,800 cars in [the quarter] ended Sept. 30.", "2023-Q3"),
        ("Sales slumped over [the summer], the retailer said.", "2023-SU"),
        ("The company expects to close the deal by [year-end].", "2023"),
        # "by midyear": the middle of the year, where it ends the phrase (not "midyear results")
        ("The first jets are expected to arrive by [midyear], officials said.", "2023"),
        ("Deliveries should resume by [mid-year].", "2023"),
        ("Prices of fertilizer rose sharply [this past spring].", "2023-SP"),
        ("Exports were 4% lower than in [the prior year].", "2022"),
        ("The bank expects a loss for [the current quarter].", "2023-Q4"),
        ("Home prices fell 4% over [the past year], the survey found.", "2022"),
        ("Traders expect more volatility over [the next few days].", "PXD", "DURATION"),
        ("For [the year] ended Sept. 30, the utility earned $422 million.", "P1Y", "DURATION"),
        ("Consumer prices rose 3.1% in [the year] to September, the statistics office said.", "P1Y", "DURATION"),
        ("Sales for [the full year] rose 13%, the company said.", "2023"),
        ("Margins narrowed in [the latest period] as costs rose.", "2023-Q3"),
        # after a quarter, a year's shift keeps the quarter: the same quarter a year before
        ("Profit rose in the third quarter to $3 million from $1.2 million in [the year-earlier quarter].",
         "2022-Q3"),
        ("Sales rose 4% in the third quarter from [a year earlier], the company said.", "2022-Q3"),
        ("Revenue fell short of [year-ago] levels, the bank said.", "2022"),
        ("In [the year-ago third quarter], the steelmaker earned $101 million.", "2022-Q3"),
    )),
    ("2024-07-15", (  # a Monday in the third quarter
        ("The carmaker's [second-quarter] deliveries fell 5%.", "2024-Q2"),
        ("Analysts expect a rebound in [the fourth quarter].", "2024-Q4"),
        ("The merger is set to close in [the fourth quarter].", "2024-Q4"),
        ("Tourism recovered strongly [last winter].", "2023-WI"),
        ("Stocks rallied in [the first half] on hopes of rate cuts.", "2024-H1"),
    )),
    ("2024-03-06", (  # a Wednesday, ISO week 10
        ("Sales peaked in [June last year], the company said.", "2023-06"),
        # fiscal years written short, and the parts of a fiscal year
        ("The ministry's [FY25] budget cuts defence spending.", "2025"),
        ("Infosys raised its revenue growth forecast for [FY2024-25].", "2025"),
        ("Margins improved in [the second half of fiscal 2023].", "2023-H2"),
        ("Sales fell in [the third quarter of FY2023].", "2023-Q3"),
        # the codes of company and broker reports, the number first or the fiscal year short
        ("The lender's net profit rose 18% in [Q3 FY24], beating estimates.", "2024-Q3"),
        ("The chipmaker guided for flat revenue in [1Q24].", "2024-Q1"),
        ("Analysts expect demand to recover in [2H 2024].", "2024-H2"),
        ("Operating margin narrowed to 11% in [1H23].", "2023-H1"),
        # a fiscal code names a year of the plans ahead, up to fifty years on
        ("The defence plan sets out spending through [FY35].", "2035"),
        # an attribution at the end of the clause does not set its tense
        ("The referendum is in [June], the electoral board said.", "2024-06"),
        # "not expected before" looks ahead as "expected" does
        ("A ruling by the supreme court is not expected before [the summer].", "2024-SU"),
        ("The deal is expected to close by [the end of October].", "2024-10"),
        ("The plant will stay closed until [the end of 2025].", "2025"),
        ("Results are due at [the end of this week].", "2024-W10"),
        ("Net income fell from $3 million in [the 2023 period].", "2023"),
        ("Profit doubled in [the 2023 fourth quarter].", "2023-Q4"),
    )),
    ("2024-10-24", (  # a Thursday in the fourth quarter, ISO week 43
        ("Revenue for [this year's third quarter] rose 6%, the chipmaker said.", "2024-Q3"),
        ("The merger could close as early as [next year's first quarter].", "2025-Q1"),
        # "last year", "a year earlier" or the year's number beside a quarter under discussion name
        # that quarter a year before, and "that quarter" the quarter just named
        ("The airline earned $1.2 billion in the third quarter, up from $900 million in "
         "[last year's quarter].", "2023-Q3"),
        ("Profit rose 9% in the third quarter from [the same period last year].", "2023-Q3"),
        ("The bank lost $40 million in the third quarter. In [the quarter a year earlier], it earned "
         "$12 million.", "2023-Q3"),
        ("Sales rose in the third quarter to $2 billion from $1.7 billion in [the 2023 quarter].", "2023-Q3"),
        ("Margins narrowed in the second quarter. Results for [that quarter] included a $30 million "
         "charge.", "2024-Q2"),
        ("The insurer has posted losses in [the past two quarters].", "P2Q", "DURATION"),
        ("The charge will be spread over [the next three quarters].", "P3Q", "DURATION"),
        ("The company earned $4 billion in [the latest fiscal year].", "2023"),
        ("The utility expects higher sales in [the current fiscal year].", "2024"),
        ("Third-quarter profit was $24 million, compared with a loss of $3 million [last year].", "2023-Q3"),
        ("Third-quarter sales were $1.8 billion, up 13% from [last year]'s $1.6 billion.", "2023-Q3"),
        # after "the nine months" the comparison is with the nine months: no quarter
        ("Third-quarter net rose 5%. For the nine months, net was $90 million, against $70 million "
         "[a year earlier].", "2023"),
        # the week a market report is about
        ("For [the week], the benchmark index fell 2.1%.", "2024-W43"),
        ("Shares of the lender posted [the week]'s biggest gain.", "2024-W43"),
    )),
    ("2024-05-16", (
        # a decade in words is the 20th century's
        ("Crime fell steadily through [the nineties].", "199"),
        ("Sales have been flat since [the late '80s].", "198"),
        # but "the noughties" is the 2000s, as British writers name them
        ("House prices last rose this fast in [the early noughties].", "200"),
        ("The city grew fastest in the 1960s and [’70s].", "197"),
        # "early", "mid-" and "late" belong to the decade's extent, not to its value
        ("The group held power in [the late 1970s].", "197"),
        ("The brewer aims for half the market by [the mid-1990s].", "199"),
    )),
    ("2024-07-15", (  # a Monday in the third quarter
        # the codes of company reports: Q1-Q4 and H1-H2
        ("Revenue fell 4% in [Q4 2023] as demand slowed.", "2023-Q4"),
        ("The company expects margins to recover in [Q3].", "2024-Q3"),
        ("Profit doubled in [H1 2024], the bank said.", "2024-H1"),
        ("Deliveries are due to resume in [H2], the airline said.", "2024-H2"),
        # a quarter's code before the figures reported for it
        ("Amazon forecast [Q4] revenue of up to $188 billion.", "2024-Q4"),
        ("Shares slid 5% after the company's [Q2] results.", "2024-Q2"),
        ("The lender's [Q1] net profit rose 12%, beating estimates.", "2024-Q1"),
        # "the back half", as executives say the second half
        ("Demand should pick up in [the back half of the year], the chief executive said.", "2024-H2"),
        ("The drug's launch is planned for [the back half of 2025].", "2025-H2"),
        # "year to date": the year under way, as "so far this year"
        ("The S&P 500 is up 17% [year to date].", "2024"),
        ("The stock's [year-to-date] gain is 35%.", "2024"),
        ("[Quarter-to-date], the fund has lost 4%.", "2024-Q3"),
        ("The fund's [month-to-date] return is negative.", "2024-07"),
        # a part "of the year" is the reference year's, "of next year" the following year's
        ("Hiring will pick up in [the second half of the year], the survey found.", "2024-H2"),
        ("The new model goes on sale in [the first quarter of next year].", "2025-Q1"),
    )),
    ("2024-01-05", (  # a Friday, five days into the year
        # a past verb puts a part of the year still to come in the year before
        ("Growth slowed sharply in [the second half of the year], the statistics office said.", "2023-H2"),
    )),
    ("2024-06-05", (  # a Wednesday
        # "in the year to 31 March": a reporting year, written day first, is a length
        ("The retailer's pre-tax profit doubled in [the year] to 31 March.", "P1Y", "DURATION"),
        # "this financial year", "the next fiscal year", and Indian "this fiscal": the year counted
        # from the publication day's, as "the last fiscal year" is
        ("The council expects to overspend by £12m in [the current financial year].", "2024"),
        ("Councils will get an extra £600m in [the next financial year], ministers said.", "2025"),
        ("The central bank expects the economy to grow 7.2% [this fiscal].", "2024"),
        ("The fiscal deficit narrowed to 5.6% of GDP in [the last fiscal].", "2023"),
    )),
    ("2024-08-07", (  # a Wednesday in the third quarter
        # "the quarter to June", "the quarter ended Sept. 30": the quarter that month closes; one that
        # "ended" is over, so in August the third quarter ended Sept. 30 is last year's
        ("Consumer prices rose 1.0 per cent in [the quarter] to June, the ABS said.", "2024-Q2"),
        ("The miner reported a loss for [the quarter] ended Sept. 30.", "2023-Q3"),
        ("Sales fell 4% in [the quarter] ending December 31, 2023.", "2023-Q4"),
    )),
    ("1998-06-10", (  # a Wednesday
        # a fiscal code names a year of the plans ahead, up to fifty years on
        ("The agency asked for more money in its [FY05] budget outline.", "2005"),
        ("The chipmaker's revenue fell in [3Q97].", "1997-Q3"),
    )),
    ("2024-11-07", (  # a Thursday in the fourth quarter
        # "year-end 2025": that year's end, as "the end of 2025"
        ("Net debt will fall to $3 billion by [year-end 2025], the company said.", "2025"),
        ("At [year-end 2023], the bank held $40 billion of deposits.", "2023"),
        # "the prior-year quarter", as American filings write the year-earlier one
        ("Sales rose in the third quarter from $2.1 billion in [the prior-year quarter].", "2023-Q3"),
        ("Revenue fell 2% from [the prior-year period].", "2023"),
        # "the holiday quarter": the October-December one
        ("The retailer cut its forecast for [the holiday quarter].", "2024-Q4"),
    )),
]
