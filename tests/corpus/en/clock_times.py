"""A clock time is a TIME on the day named with it, else on the publication day; a time zone is
part of the expression but not of the value."""
# FORMAT: PUBLISHED = "YYYY-MM-DD"; EXAMPLES = ((sentence with one [expression], TIMEX3 value[, type]), ...)

PUBLISHED = "2024-03-06"  # a Wednesday

EXAMPLES = (
    ("The polls close at [8 p.m.] local time.", "2024-03-06T20:00", "TIME"),
    ("The blast went off at [10:35 a.m. Tuesday], police said.", "2024-03-05T10:35", "TIME"),
    ("Trading in the shares resumed at [noon].", "2024-03-06T12:00", "TIME"),
    ("The president will address the nation at [9 p.m. EST Thursday].", "2024-03-07T21:00", "TIME"),
    # midnight is the one ahead, but in a past clause the one that began the day, unless a span runs
    # up to it
    ("Firefighters reached the warehouse shortly after [midnight].", "2024-03-06T00:00", "TIME"),
    ("A nationwide curfew starts at [midnight].", "2024-03-06T24:00", "TIME"),
    ("Pubs in the city centre stayed open until [midnight].", "2024-03-06T24:00", "TIME"),
    ("The launch window opens at [14:30 GMT], the space agency said.", "2024-03-06T14:30", "TIME"),
    ("The first train left at [6 am], an hour late.", "2024-03-06T06:00", "TIME"),
    ("The match kicks off at [7.45pm] at Wembley.", "2024-03-06T19:45", "TIME"),
    # a clock in another zone between the clock and its day does not part them
    ("The ceasefire took effect at [6 a.m. local time Sunday].", "2024-03-03T06:00", "TIME"),
    ("The bomb exploded at [10:35 a.m.] (0735 GMT) Tuesday, police said.", "2024-03-05T10:35", "TIME"),
    ("The first aircraft landed at [0600 GMT], the airport said.", "2024-03-06T06:00", "TIME"),
    # four digits led by a nought after a word that takes a time of day, without a zone
    ("Power was cut from [0400] to 0930 GMT, the grid operator said.", "2024-03-06T04:00", "TIME"),
    ("The curfew will be lifted at [0600 on Monday].", "2024-03-11T06:00", "TIME"),
    # US zones written without standard or daylight time, and the zones of other capitals
    ("The filing deadline is [5 p.m. ET on Friday].", "2024-03-08T17:00", "TIME"),
    ("The rocket is due to lift off at [9:30 a.m. PT].", "2024-03-06T09:30", "TIME"),
    # US zones in words, and the clock of a named place, join the clock to its day
    ("The launch is set for [3 p.m. Pacific on Saturday].", "2024-03-09T15:00", "TIME"),
    ("The debate airs at [9 p.m. Eastern Time Thursday].", "2024-03-07T21:00", "TIME"),
    ("The talks will open at [10 a.m. Brussels time on Monday].", "2024-03-11T10:00", "TIME"),
    ("The president speaks at [8 p.m. Central], the White House said.", "2024-03-06T20:00", "TIME"),
    ("Trading in Tokyo opened at [9 a.m. JST] with the yen weaker.", "2024-03-06T09:00", "TIME"),
    ("The statement was issued at [10.30 GMT].", "2024-03-06T10:30", "TIME"),
    # a range that runs past midnight ends on the next day
    ("A curfew is in force from 10 p.m. to [6 a.m.] in the capital.", "2024-03-07T06:00", "TIME"),
    ("Polling stations are open from 7 a.m. to [8 p.m.]", "2024-03-06T20:00", "TIME"),
    # a part of the day after the weekday adds nothing to the clock
    ("The first shots were heard at [9pm on Monday evening], residents said.", "2024-03-04T21:00", "TIME"),
    # but tells the hour of a clock written without a.m. or p.m.
    ("The helicopter crashed at [8:30 on Monday evening], the army said.", "2024-03-04T20:30", "TIME"),
    ("The second blast came at [11.45 on Tuesday night].", "2024-03-05T23:45", "TIME"),
    # a clock on a date is that date's, with or without its weekday and year
    ("The attack began at [10:45pm on Saturday 2 March], police said.", "2024-03-02T22:45", "TIME"),
    ("Voting ends at [8 p.m. on Friday, March 8].", "2024-03-08T20:00", "TIME"),
    ("The fire broke out at [3 a.m. on 14 February 2021].", "2021-02-14T03:00", "TIME"),
    ("The vote is set for [noon on March 15, 2025].", "2025-03-15T12:00", "TIME"),
    # a clock with a relative day is the clock of that day; the part of the day says a.m. or p.m.
    ("The ferry leaves at [6 a.m. tomorrow], the operator said.", "2024-03-07T06:00", "TIME"),
    ("The minister spoke to reporters at [9 this morning].", "2024-03-06T09:00", "TIME"),
    ("The president will address the nation at [7 o'clock tonight].", "2024-03-06T19:00", "TIME"),
    ("The hearing was adjourned at [4:45 this afternoon].", "2024-03-06T16:45", "TIME"),
    # a 24-hour clock with a colon, after a word that takes a time of day
    ("The strike began at [00:01 on Monday] and will last a day.", "2024-03-04T00:01", "TIME"),
    ("Polls close at [20:00] and the first results are due soon after.", "2024-03-06T20:00", "TIME"),
    ("The road will be shut from 22:00 until [05:30].", "2024-03-07T05:30", "TIME"),
    ("Shops may open between 9:00 and [17:30] on weekdays.", "2024-03-06T17:30", "TIME"),
    # a clock time alone belongs to the day the story is telling
    ("The doctor was killed on Feb. 23. He was shot at [10 p.m.] in his kitchen.", "2024-02-23T22:00", "TIME"),
    # a clock said in words: minutes past or to the hour, o'clock; the hour as written unless the
    # part of the day says otherwise
    ("Rescuers reached the village at [quarter to five in the morning].", "2024-03-06T04:45", "TIME"),
    ("The service began at [half past nine], an hour late.", "2024-03-06T09:30", "TIME"),
    ("The first shots were fired at [ten past six], witnesses said.", "2024-03-06T06:10", "TIME"),
    ("The bells of the cathedral rang out at [10 o'clock].", "2024-03-06T10:00", "TIME"),
    ("The minister landed at [half past nine this morning].", "2024-03-06T09:30", "TIME"),
    # a dotted 24-hour clock (British) after a word that takes a time of day, or before a day and its
    # part; four digits before "hrs" (Indian)
    ("The rally is due to start at [21.30] in the town square.", "2024-03-06T21:30", "TIME"),
    ("The road will be closed from [17.00], police said.", "2024-03-06T17:00", "TIME"),
    ("Talks will resume at [10.00 on Monday], the union said.", "2024-03-11T10:00", "TIME"),
    ("The first blast was heard at [6.45 on Sunday morning].", "2024-03-03T06:45", "TIME"),
    ("The power went off at [10.30 on Monday night], residents said.", "2024-03-04T22:30", "TIME"),
    ("The central bank will announce its decision at [12 noon on Thursday].", "2024-03-07T12:00", "TIME"),
    ("The encounter began at [1030] hrs, police said.", "2024-03-06T10:30", "TIME"),
    # web stamps: a numeric date's clock is on that date; with "T" the two are one expression
    ("The statement was posted at [2024-03-05T22:15:00Z] on the agency's site.", "2024-03-05T22:15", "TIME"),
    ("The figures are correct as of 2024-03-05 [18:00], the ministry said.", "2024-03-05T18:00", "TIME"),
    ("Last updated: 04.03.2024 [14:30]", "2024-03-04T14:30", "TIME"),
    ("Posted on 29/02/2024 [09:15] by the district office.", "2024-02-29T09:15", "TIME"),
    ("Published: [3:45 PM EST, Tue March 5, 2024]", "2024-03-05T15:45", "TIME"),
    # a clock with seconds, as seismologists give a quake's time; "hrs" between a clock and its day
    ("The quake struck at [02:14:33 UTC], the USGS said.", "2024-03-06T02:14", "TIME"),
    ("Train services will be suspended from [2200 hrs on Friday].", "2024-03-08T22:00", "TIME"),
    # a clock on a feast is that feast's
    ("The king will deliver his message at [3 p.m. on Christmas Day].", "2024-12-25T15:00", "TIME"),
)

NOT_TIMES = (
    "The company reported a 3.5% rise in sales.",
    "Voters chose the 12 members of the council.",
    "He won the marathon in 2:05:30, a course record.",
    "For help, call the charity's helpline at 0800 111 999.",
    "The plant's output reached a record (1200 units), the company said.",
    "The council voted ten to five against the plan.",
    "Millions of viewers watch the 10 o'clock news.",
    "The FTSE 100 index rose 21.30 points.",
    "Investors bought the new shares at 10.50 a share.",
    "The lender held its benchmark rate at 17.00 per cent.",
    "Bond yields fell from 11.50 to 10.45.",
    "The shares were priced at 12.75.",
    "Boston beat Miami in the Eastern Conference final.",
)

CASES = [
    (PUBLISHED, EXAMPLES),
    ("2022-02-25", (
        # the same time in another zone, in brackets after the local clock: a time of its own, on
        # the local clock's day
        ("Explosions were heard in Kyiv around 4 a.m. local time ([0200 GMT]), officials said.", "2022-02-25T02:00", "TIME"),
    )),
    ("2025-01-03", (
        ("The fire broke out shortly after [3 a.m. on New Year's Day], fire officials said.", "2025-01-01T03:00", "TIME"),
        ("The bombs went off at [8:45 a.m. on Easter Sunday], police said.", "2024-03-31T08:45", "TIME"),
    )),
    ("2024-03-16", (
        ("The attack began shortly after [midnight], residents said.", "2024-03-16T00:00", "TIME"),
    )),
    ("2024-01-08", (
        ("Fireworks lit up the harbour at [midnight on New Year's Eve].", "2023-12-31T24:00", "TIME"),
    )),
    ("2024-03-12", (  # a Tuesday
        # a day written once after the last of two clocks is the first one's too
        ("Junior doctors will strike from [7am] to 5pm on Thursday.", "2024-03-14T07:00", "TIME"),
        ("The missing man was last seen between [10pm] and 11pm on Friday, police said.", "2024-03-08T22:00", "TIME"),
        ("The exam runs from [9.30am] to 12.30pm on 21 March.", "2024-03-21T09:30", "TIME"),
        # a clock on a day of the month named alone
        ("Applications for the scheme close at [midnight on the 31st].", "2024-03-31T24:00", "TIME"),
        # a clock on a weekday in the plural is no clock of one day
        ("The library is open until 8pm on [Thursdays].", "XXXX-WXX-4", "SET"),
        # a clock with no a.m. or p.m. takes it from the part of the day named with it
        ("Witnesses said the gunman opened fire at around [9:30 Sunday night].", "2024-03-10T21:30", "TIME"),
        ("The crash happened at [4:15 Friday afternoon] on the northbound lanes.", "2024-03-08T16:15", "TIME"),
        ("Police said the blast went off at [10:30 in the evening].", "2024-03-12T22:30", "TIME"),
        # a US zone spelled out is part of the clock, which runs on to its day
        ("The rally is scheduled for [7 p.m. Central time Saturday] in Milwaukee.", "2024-03-16T19:00", "TIME"),
        ("Polls close at [8 p.m. Pacific Time on Tuesday] in California.", "2024-03-12T20:00", "TIME"),
    )),
]
