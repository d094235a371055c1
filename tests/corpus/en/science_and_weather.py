"""Health, science and weather news: ages far back are dates ("65,000 years ago"), comparisons and
rarities are lengths or nothing ("two weeks earlier than usual", "a once-in-a-century flood"), and a
forecast names the days ahead."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...];
# NOT_TIMES = (sentence that must yield no time expression, resolved against the first publication day, ...)
# Values as elsewhere: a day "2024-05-17", a month "2023-05", a year before Christ "BC62977", a length "P2W".

CASES = [
    ("2024-05-20", (  # a Monday
        # "earlier than" compares: the count is a length, not a day that far back
        ("The cherry trees bloomed [two weeks] earlier than usual, the researchers found.", "P2W", "DURATION"),
        ("The monsoon reached Kerala [three days] earlier than normal.", "P3D", "DURATION"),
        ("The team arrived [two days earlier], on Saturday.", "2024-05-18"),
        # a bound on an age far back belongs to the date: "at least", "up to", "roughly"
        ("Humans first reached Australia [at least 65,000 years ago], the study suggests.", "BC62977"),
        ("Neanderthals vanished from the region [roughly 40,000 years ago].", "BC37977"),
        ("The lake dried up [up to 5,000 years ago], sediment cores show.", "BC2977"),
        # "the next decade", "the coming century" take their article, as "the last decade" does
        ("Emissions must halve within [the next decade], the report said.", "203"),
        ("Sea levels will keep rising over [the coming century].", "21"),
        # a month with "last year" or "this year", and "late", "early", "mid-" before it
        ("Temperatures topped 50C in Pakistan in [late May last year].", "2023-05"),
        ("The outbreak was first reported in [May last year].", "2023-05"),
        ("The trial began in [early March of last year].", "2023-03"),
        ("The vaccine was approved in [mid-July last year].", "2023-07"),
        # a screening interval given as a range is a set of its first count; "every decade" a set too
        ("Men over 50 should be screened [every two to three years], the guidance says.", "P2Y", "SET"),
        ("The infusion is repeated [every 6 to 12 months].", "P6M", "SET"),
        ("Floods that were once rare now strike [every decade].", "P10Y", "SET"),
        # a forecast's part of the day with "early" or "late" and no article
        ("Snow will turn to rain by [early afternoon], forecasters said.", "2024-05-20TAF", "TIME"),
        ("Showers should clear by [late evening].", "2024-05-20TEV", "TIME"),
        # two units of no count joined by "or" are one stretch, of the first unit
        ("Power could be out for [days or even weeks], the utility warned.", "PXD", "DURATION"),
        ("Long Covid symptoms can last for [months or years].", "PXM", "DURATION"),
        # the length beside a dose is still a length
        ("Doctors recommend [150 minutes] of moderate exercise a week.", "PT150M", "DURATION"),
    )),
    ("2024-03-14", (  # a Thursday, ISO week 11
        # a date right after "said" and before "would" is the reported clause's subject, dated by "would"
        ("The Bureau of Meteorology said [the weekend] would be hot and dry.", "2024-W11-WE"),
        ("Forecasters said [Saturday] would be the wettest day.", "2024-03-16"),
        ("The company said [Friday] it would cut 200 jobs.", "2024-03-08"),
        # "into" joins a range as "to" does, and a day may close one that a part of a day opens
        ("Rain Thursday Night Into [Friday], Then a Sunny Weekend", "2024-03-15"),
        ("Storms will last from late Friday into [Saturday].", "2024-03-16"),
        # a forecast's imperative looks ahead
        ("Expect showers on [Saturday], with sunny spells later.", "2024-03-16"),
        # a headline drops the article before "weekend"
        ("Heatwave to end by [weekend], forecasters say", "2024-W11-WE"),
        ("Storms to Lash Southern Europe Through [Weekend]", "2024-W11-WE"),
        # a weather warning is for days ahead, if a noun stands between it and the day
        ("Met Office issues yellow warning for snow on [Friday]", "2024-03-15"),
        ("The Met Office has issued a warning for heavy rain on [Saturday].", "2024-03-16"),
        # an alert for a day or for a weather hazard on it looks ahead; one for a person need not
        ("The weather bureau issued an orange alert for Tuesday and [Wednesday].", "2024-03-20"),
        ("Police issued an alert for a missing man on [Saturday].", "2024-03-09"),
        ("Police issued a warning for drivers on [Saturday] after a spate of crashes.", "2024-03-09"),
        # a part of the day with its day after it is that day's part
        ("The tornado touched down in [the late afternoon on Tuesday], witnesses said.", "2024-03-12TAF", "TIME"),
        ("The quake struck in [early morning on Sunday].", "2024-03-10TMO", "TIME"),
        # a weather watch or advisory runs ahead of its issuing
        ("The weather service issued a flash flood watch through [8 p.m. Friday].", "2024-03-15T20:00", "TIME"),
        ("Forecasters issued a heat advisory until [Saturday evening].", "2024-03-16TEV", "TIME"),
    )),
    ("2024-09-12", (  # a Thursday
        # a bare season after "ahead of", or before a verb of its coming; the second of "this autumn and winter"
        ("Officials urged people to get vaccinated ahead of [winter].", "2024-WI"),
        ("Flu jabs should be given before [winter] sets in, doctors say.", "2024-WI"),
        ("The booster will be offered this autumn and [winter].", "2024-WI"),
        # a year written short after a month or season: at most ten years after the publication day
        ("Older residents still talk about [the summer of '76].", "1976-SU"),
        ("The plant closed in [June '82] after a fire.", "1982-06"),
        ("The floods of [winter '14] were the worst in memory.", "2014-WI"),
        ("The veterans came ashore in Normandy in [June '44].", "1944-06"),
        ("Victory came in [the summer of '45], after six years of war.", "1945-SU"),
        # "could" of what may come looks ahead; "could have" looks back; "could not" either side, the nearer
        ("Temperatures could reach 35C on [Sunday], forecasters said.", "2024-09-15"),
        ("Officials said the road could reopen on [Friday].", "2024-09-13"),
        ("Police said the suspect could have fled on [Tuesday].", "2024-09-10"),
        ("The mayor could not be reached for comment on [Wednesday].", "2024-09-11"),
        ("The mayor's spokesman could be reached only on [Wednesday].", "2024-09-11"),
    )),
]

NOT_TIMES = (
    # how rare a thing is, not a stretch of time
    "Forecasters warned of a once-in-a-century flood on the river.",
    "Officials called it a once-in-a-generation storm.",
    "The town was hit by a 1-in-100-year flood.",
    "Engineers designed the levee to withstand a 500-year flood.",
    # a season that names a thing, not a time: an equinox, a benefit, an illness
    "The spring equinox brings equal hours of day and night.",
    "Pensioners will no longer receive the winter fuel payment automatically.",
    "Doctors said the winter vomiting bug was spreading through schools.",
    # a dose per unit of time is a rate, no stretch of time
    "Adults are advised to drink no more than 14 units of alcohol a week.",
    "People who drank three cups of coffee a day had a lower risk.",
    "Adults should eat no more than 6 grams of salt a day, the guidance says.",
    # "current" the noun, a flow of water: it ends its phrase
    "Scientists fear the current could collapse, chilling northern Europe.",
    "Two swimmers were swept out to sea by a strong current.",
    "The current in the Atlantic carries warm water north.",
)
