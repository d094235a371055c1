"""N days, weeks, months or years ago counts back from the publication day and keeps the precision of its unit."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# days -> a day, weeks -> an ISO week, months -> a month, years, decades and centuries -> a year; digits
# and number words both count.

CASES = [
    ("2023-12-31", (  # a Sunday, ISO week 2023-W52
        ("The cargo ship ran aground [three days ago] and is still leaking fuel.", "2023-12-28"),
        ("The hostages were seized [10 days ago] in a raid on a border village.", "2023-12-21"),
        ("The war began [22 months ago] with a full-scale invasion.", "2022-02"),
        # a year and a half back is a month; half a decade is five years
        ("The mine closed [three and a half years ago], and the town has shrunk since.", "2020-06"),
        ("The ceasefire was signed [two and a half decades ago].", "1998"),
        ("The region was hit by a similar flood [a year ago].", "2022"),
        ("The company went public [two years ago] at $38 a share.", "2021"),
        ("The talks collapsed [two weeks ago] over the issue of prisoner releases.", "2023-W50"),
        ("The coach was hired [a week ago] to replace his sacked predecessor.", "2023-W51"),
        ("The factory closed [six months ago], putting 800 people out of work.", "2023-06"),
        ("The law was passed [18 months ago] but has never been enforced.", "2022-06"),
        ("Unemployment stood at 4.1% [a month ago], the statistics office said.", "2023-11"),
        ("[Five years ago], the stadium hosted the World Cup final.", "2018"),
        ("The treaty was signed [40 years ago] in Geneva.", "1983"),
        # decades count years: the year that many tens back, not a decade
        ("The mine closed [a decade ago] and the town has shrunk ever since.", "2013"),
        ("[Three decades ago], the valley was farmland.", "1993"),
    )),
    ("2024-01-01", (  # a Monday, ISO week 2024-W01
        ("The avalanche struck the ski resort [two days ago].", "2023-12-30"),
        ("The same bridge was damaged in an attack [three weeks ago].", "2023-W50"),
        ("Gas prices were 20 cents higher [a month ago].", "2023-12"),
        ("The team won its last title [eleven years ago].", "2013"),
    )),
    ("2024-03-02", (  # a Saturday, two days after the leap day
        ("The drone was shot down [two days ago] over the Black Sea.", "2024-02-29"),
        ("Turnout was higher than [four years ago], the commission said.", "2020"),
    )),
    ("2024-02-29", (  # a Thursday, the leap day
        ("The trade deal was announced [a year ago] but never ratified.", "2023"),
        ("Inflation peaked [12 months ago] at 10.4%.", "2023-02"),
        ("The patient was admitted [four days ago] with severe burns.", "2024-02-25"),
    )),
    ("2021-01-01", (  # a Friday, ISO week 2020-W53
        ("The first vaccine doses were given [a week ago] in nursing homes.", "2020-W52"),
        ("The border was closed [two weeks ago] because of a new variant.", "2020-W51"),
        ("The pandemic was declared [ten months ago].", "2020-03"),
        # a fortnight is two weeks
        ("The curfew was lifted [a fortnight ago], the police said.", "2020-W51"),
    )),
    ("2024-05-16", (  # a Thursday, ISO week 20
        ("The general chose the date [a week or so ago], officials said.", "2024-W19"),
        ("The mill closed [a year or two ago], residents said.", "2023"),
    )),
    ("2024-05-16", (  # a Thursday, ISO week 20
        # "from now" counts ahead as "ago" counts back
        ("The vote will take place [two weeks from now].", "2024-W22"),
        ("The reactor will be shut [ten days from now], the operator said.", "2024-05-26"),
        ("Prices will be higher [a few years from now], analysts said.", "FUTURE_REF"),
        # "in two weeks" in a clause about the future is the date that far ahead, as "from now" is
        ("The ban will be reviewed in [six months], the ministry said.", "2024-11"),
        ("The bonds would be redeemed in [five years].", "2029"),
        ("The minister said the border would reopen in [two weeks].", "2024-W22"),
        ("Results are due in [ten days].", "2024-05-26"),
        ("Talks will resume in [a year's time].", "2025"),
        ("The mill closed [40-odd years ago].", "1984"),
        # "I'll", "they’ll": the modal written short after its subject
        ("\"I'll be back in [a fortnight],\" the striker told reporters.", "2024-W22"),
        ("Ministers say they’ll decide in [two weeks].", "2024-W22"),
        ("The court will rule in [about three weeks].", "2024-W23"),
        ("Engineers hope the line will reopen in [a week or two].", "FUTURE_REF"),
        ("We will know more in [a few days], the coroner said.", "FUTURE_REF"),
        # elsewhere it is the span a thing took or is measured over
        ("Rescuers reached the village in [two days] after the quake.", "P2D", "DURATION"),
        ("Exports have doubled in [five years].", "P5Y", "DURATION"),
        ("It will be the first rate rise in [three years].", "P3Y", "DURATION"),
        ("The carmaker will cut 4,000 jobs in [three years].", "P3Y", "DURATION"),
        ("The streamer will raise prices for the second time in [two years].", "P2Y", "DURATION"),
    )),
    ("2025-03-14", (  # a Friday
        # centuries count years too; so do thousands of years, back past the first year of the
        # calendar, which TimeML writes as a year before Christ
        ("The lighthouse was built [a century ago] to guard the harbour.", "1925"),
        ("The family has farmed the valley since it settled there [more than a century ago].", "1925"),
        ("The canal was dug [two centuries ago] to carry coal to the coast.", "1825"),
        ("The oak was planted [1000 years ago], according to local records.", "1025"),
        ("The mine closed [half a century ago], and the town never recovered.", "1975"),
        ("The treaty was signed [a quarter of a century ago] in Geneva.", "2000"),
        ("Hunters camped by the lake [some 12,000 years ago], archaeologists say.", "BC9976"),
        # with no count, only that it is gone
        ("The monks left the island [centuries ago].", "PAST_REF"),
        ("The valley was carved by glaciers [thousands of years ago].", "PAST_REF"),
    )),
]
