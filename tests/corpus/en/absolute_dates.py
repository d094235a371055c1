"""A written date is taken as written; without a year it takes the year nearest the publication day."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# Wire styles differ: AP "Dec. 30, 2023" and "Sept. 5", Reuters "Dec 30" (no period), AFP/Reuters
# "30 December 2023", ISO "2023-12-30". "Jan. 1" in a late-December article is the coming January;
# "Dec. 30" in an early-January article is the December just past.

CASES = [
    ("2023-12-31", (  # a Sunday, the last day of the year
        ("The missile strike on [Dec. 30, 2023] killed at least 24 people, officials said.", "2023-12-30"),
        ("Ukraine's air force said Russia launched 122 missiles on [30 December 2023].", "2023-12-30"),
        ("The incident occurred on [December 30, 2023], according to the police report.", "2023-12-30"),
        ("The statement, dated [2023-12-30], was posted on the ministry's website.", "2023-12-30"),
        ("The notice, dated [2023/12/30], was signed by the mayor.", "2023-12-30"),
        ("The treaty was signed on the [15th of March, 1998], in Geneva.", "1998-03-15"),
        ("The court first heard the case on [Sept. 5, 2019].", "2019-09-05"),
        ("The Berlin Wall fell on [Nov. 9, 1989].", "1989-11-09"),
        ("The company last reported a profit on [Feb. 29, 2020].", "2020-02-29"),
        ("The new minimum wage takes effect on [Jan. 1].", "2024-01-01"),
        ("The mayor will present the budget to the council on [January 5].", "2024-01-05"),
        ("Lawyers for the defendant have until [Jan. 12] to file an appeal.", "2024-01-12"),
        ("The hospital was evacuated on [Dec. 29] after a bomb threat.", "2023-12-29"),
        ("The ship left port on [14 December] with 300 passengers aboard.", "2023-12-14"),
        ("The first case of the new strain was reported on [Nov. 27].", "2023-11-27"),
    )),
    ("2024-01-03", (  # a Wednesday, three days into the year
        ("The contract, signed on [12/30/2023], runs for five years.", "2023-12-30"),
        # day first: where the first number cannot be a month, and always with dots
        ("The notice, dated [30/12/2023], was posted on the door.", "2023-12-30"),
        ("The ministry's page was last updated on [29.12.2023].", "2023-12-29"),
        # a dateline's date is the nearest one, whatever the story's tense: filed in Tokyo a day
        # ahead of the publication's own date
        ("TOKYO, [Jan 4] (Reuters) - Japan's Nikkei share average fell 1% in its first session.", "2024-01-04"),
        # a document that writes one slashed date day first writes them all so
        ("Bids close on 15/01/2024 and the winner is named on [2/03/2024].", "2024-03-02"),
        ("The court moved the hearing from 22/01/2024 to [5/3/2024], the lawyers said.", "2024-03-05"),
        # the weekday picks the year: Jan. 1, 2024 is a Monday, Jan. 1, 2023 a Sunday
        ("The paper said in an editorial on [Monday, Jan. 1]: the war must end.", "2024-01-01"),
        ("The dividend is payable Feb. 15 to shareholders of record [Jan. 25].", "2024-01-25"),
        ("The new rules are effective [Feb. 1], the regulator said.", "2024-02-01"),
        ("The sale of the unit, to be completed around [Jan. 20], was approved.", "2024-01-20"),
        ("The attack on [Dec. 30] was the deadliest in the city since the war began.", "2023-12-30"),
        ("Police said the men were arrested on [Dec 30] in a dawn raid.", "2023-12-30"),
        ("The decree, signed on [Dec. 31], bans fireworks near hospitals.", "2023-12-31"),
        # a day of the year a modifier names
        ("The plant was shut on [March 3 last year] after a fire.", "2023-03-03"),
        ("The festival returns on [the 5th of April this year].", "2024-04-05"),
        # a day in words, as transcripts and speeches write it
        ("Members will gather on [the fifth of April] in Leeds.", "2024-04-05"),
        ("The referendum is set for [March twenty-third].", "2024-03-23"),
        ("Authorities confirmed the first death on [29 December].", "2023-12-29"),
        ("The ceasefire collapsed on [Jan. 2], the United Nations said.", "2024-01-02"),
        ("Parliament will reconvene on [January 8] to vote on the package.", "2024-01-08"),
        ("The election will take place on [Feb. 14].", "2024-02-14"),
    )),
    ("2024-03-01", (  # a Friday, the day after the leap day
        ("Thousands rallied in the capital on [Feb. 29] to demand new elections.", "2024-02-29"),
        ("The vote took place on [29 February], a rare leap-day election.", "2024-02-29"),
        ("The filing, dated [Feb. 29, 2024], lists debts of $1.2 billion.", "2024-02-29"),
        ("According to the log, the valve failed at the plant on [2024-02-29].", "2024-02-29"),
        ("The launch has been moved to [March 6].", "2024-03-06"),
    )),
    ("2024-01-01", (  # a Monday, New Year's Day
        ("The final results, announced on [Dec. 31], gave the ruling party 62% of the vote.", "2023-12-31"),
        ("The new currency entered circulation on [Jan. 1].", "2024-01-01"),
        ("Talks are scheduled to start on [January 15] in Geneva.", "2024-01-15"),
    )),
    # a past verb governs the telling, not a day a few days ahead: no report means last year's
    ("2024-10-26", (  # a Saturday
        ("The board asked the unit to respond by [Oct. 31], the filing showed.", "2024-10-31"),
        ("The company said it had extended its offer, due to expire last week, to [Nov. 6].", "2024-11-06"),
        ("The judge ordered that the boy go home by [Nov. 2], officials said.", "2024-11-02"),
        ("The strike began on [Oct. 20] and ended three days later.", "2024-10-20"),
        # far ahead, a past verb still means the day gone
        ("The plant was shut on [Dec. 2] after a fire.", "2023-12-02"),
        # "burst" and "shed" are past as "hit" is, unless a modal or "to" comes before
        ("The dam burst on [Dec. 10] after a week of heavy rain.", "2023-12-10"),
        ("Engineers warn the levee could burst on [Dec. 10] if the rain goes on.", "2024-12-10"),
        # days ahead, a past verb means the day gone unless the date is a limit
        ("The new tariffs took effect on [Nov. 1], the ministry said.", "2023-11-01"),
        ("The union rejected the [Nov. 1] deadline for a deal.", "2024-11-01"),
        ("The company will redeem its preferred shares on [Oct. 31].", "2024-10-31"),
    )),
    ("2024-04-19", (  # a Friday
        # a modifier before a month and day picks the side: "last Oct. 23" is the one gone
        ("The doctor was shot dead [last Oct. 23] at his home.", "2023-10-23"),
        ("The couple married on [June the 3rd] in a small ceremony.", "2023-06-03"),
        # "May 14 and 15": the second number is a day of the same month
        ("Ministers will meet on May 14 and [15] in Geneva.", "2024-05-15"),
        ("The festival ran from June 3 to [5], organizers said.", "2023-06-05"),
        # the day-first order: "4-6 July", and a weekday before "11 June"
        ("The festival will run [4]-6 July in the old town.", "2024-07-04"),
        ("The conference will be held [14]-16 May in Vienna.", "2024-05-14"),
        ("Talks are planned for [the 4th] and 5th of July.", "2024-07-04"),
        ("The summit opens on [Tuesday 11 June] in Rome.", "2024-06-11"),
        ("The summit, held March 1-[3] in Geneva, ended without a deal.", "2024-03-03"),
        ("The region's [post-1991] borders were never demarcated.", "1991"),
    )),
    ("2024-03-15", (  # a Friday
        # a year written once, after the last date of a range or list, is the first date's too
        ("Talks were held [Jan. 5]-7, 2023, in Riyadh.", "2023-01-05"),
        ("Talks were held Jan. 5-[7, 2023], in Riyadh.", "2023-01-07"),
        ("Protests spread across the country between [23 July] and 8 August 2021.", "2021-07-23"),
        ("The trial ran from [March 3] to March 9, 2019, in a packed courtroom.", "2019-03-03"),
        ("Polling stations opened on [May 14] and 15, 2022, in the south.", "2022-05-14"),
        # a first date later in the year than the last lies in the year before
        ("The airport was closed between [Dec. 28] and Jan. 3, 2021, after the storm.", "2020-12-28"),
        # and the end of a range with no year lies in its start's year or the one after
        ("The festival ran from Dec. 28, 2020, to [Jan. 3], drawing record crowds.", "2021-01-03"),
        ("The hearings lasted from March 3, 2019, to [March 9].", "2019-03-09"),
        # a day a thing is called or put off to lies ahead, whatever the tense of the calling
        ("The prime minister called a general election for [July 4].", "2024-07-04"),
        ("The court adjourned the hearing until [March 2].", "2025-03-02"),
        # so does one a court lists a case for, as Indian reports write it
        ("The Delhi High Court listed the matter for hearing on [March 4].", "2025-03-04"),
        ("The Supreme Court posted the petitions for further hearing on [February 26].", "2025-02-26"),
        # and the day a court stops a law from taking effect on
        ("A federal judge on Tuesday blocked the law from taking effect on [March 1].", "2025-03-01"),
        ("The court barred the rule from going into effect on [Feb. 1].", "2025-02-01"),
        # and what a court grants runs on from the granting
        ("The high court granted him interim bail till [April 12].", "2024-04-12"),
        ("The special election was called for [April 2].", "2024-04-02"),
        ("Parliament was prorogued until [March 4] after the prime minister resigned.", "2025-03-04"),
        ("Classes were suspended until [April 8] because of the protests.", "2024-04-08"),
        ("The trial is provisionally listed to start on [20 January] at Leeds Crown Court.", "2025-01-20"),
    )),
    ("2024-10-29", (  # a Tuesday
        # a month written once for two days is one month of one year, the second day's too
        ("Polling in Jharkhand will be held in two phases on November 13 and [20].", "2024-11-20"),
        # dashes put the day first, as Indian reports write it
        ("The board declared the results on [25-10-2024] after a delay of two weeks.", "2024-10-25"),
        ("The high court quashed the order dated [05-09-2023].", "2023-09-05"),
    )),
    ("2024-03-12", (  # a Tuesday
        # a range of days each with its weekday, the month written once: "Thursday 21 to Sunday 24 March"
        ("The festival runs from [Thursday 21] to Sunday 24 March in Hay-on-Wye.", "2024-03-21"),
    )),
    ("2024-11-05", (  # a Tuesday
        # an -ed word after "the", "a", "its" is an adjective, no past verb: the modal governs
        ("MPs will vote on the assisted dying bill on [29 November].", "2024-11-29"),
        ("Ministers will discuss the revised proposals with unions on [12 December].", "2024-12-12"),
        # and so is "last" after them: "the last day", "Royal Mail's last posting date"
        ("The last day to register to vote is [18 November].", "2024-11-18"),
        ("Royal Mail's last posting date for second-class post is [18 December].", "2024-12-18"),
        ("The ban on single-use vapes comes into effect on [1 June].", "2025-06-01"),
    )),
    ("2024-03-15", (  # a Friday
        # "Feb. 6, a Monday": the weekday tells the year, and names the same day
        ("The first quake struck on [Feb. 6], a Monday, before dawn.", "2023-02-06"),
        ("The first quake struck on Feb. 6, a [Monday], before dawn.", "2023-02-06"),
        ("The vote will be held on [March 20], a Wednesday.", "2024-03-20"),
    )),
    ("2024-08-21", (  # a Wednesday
        # what is due lies ahead, but not what was due, nor "due to" (because)
        ("The chipmaker's results, due [Aug. 28], are the most anticipated of the season.", "2024-08-28"),
        ("Flights were cancelled due to fog on [Aug. 3], the airline said.", "2024-08-03"),
        ("The buyer completed due diligence on [Aug. 19], the filing showed.", "2024-08-19"),
    )),
]
