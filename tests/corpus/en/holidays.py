"""A holiday names its calendar day, in the year that puts it nearest the publication day (or on the
side the tense asks for); a movable feast is computed for that year."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# Fixed dates (Dec. 24, 25 and 31, Jan. 1, Feb. 14, July 4, Oct. 31) and movable feasts (Easter and
# the days counted from it, Thanksgiving, Labor Day, Memorial Day; the feasts of lunar and lunisolar
# calendars from the tables of the `holidays` package). Wire copy uses straight and curly apostrophes.

CASES = [
    ("2023-12-31", (  # a Sunday, New Year's Eve
        ("Police deployed 5,000 officers for [New Year's Eve] celebrations in the capital.", "2023-12-31"),
        ("The pope called for peace in his [Christmas] message to the faithful.", "2023-12-25"),
        ("Gunmen attacked a church during Mass on [Christmas Eve].", "2023-12-24"),
        # a holiday with its year, or the year a modifier names
        ("Police made 40 arrests on [Christmas Eve last year].", "2022-12-24"),
        ("The storm hit on [Thanksgiving 2019], grounding flights.", "2019-11-28"),
        ("Fireworks injured a dozen people on [Bonfire Night].", "2023-11-05"),
        ("Several ski resorts were short of snow on [Christmas Day].", "2023-12-25"),
        ("The king will deliver his address on [New Year's Day].", "2024-01-01"),
    )),
    ("2023-12-15", (  # a Friday
        # "the new year" is the year about to begin; "the New Year holiday" is the holiday
        ("Negotiators will resume talks in [the new year], a spokesman said.", "2024"),
        ("Prices of train tickets will rise in [the New Year], the operator said.", "2024"),
    )),
    ("2024-01-04", (  # a Thursday
        ("[The new year] began with a wave of drone attacks on the capital.", "2024"),
    )),
    ("2024-01-02", (  # a Tuesday
        ("A 7.5-magnitude earthquake struck western Japan on [New Year's Day].", "2024-01-01"),
        ("More than 100 people were injured in fireworks accidents on [New Year’s Eve].", "2023-12-31"),
        ("Retailers said [Christmas] sales fell short of expectations.", "2023-12-25"),
    )),
    ("2023-12-20", (  # a Wednesday
        ("Airlines expect record numbers of passengers ahead of [Christmas].", "2023-12-25"),
    )),
    ("2023-07-05", (  # a Wednesday
        ("Fireworks lit up the sky over the National Mall on [Independence Day].", "2023-07-04"),
        ("At least nine people were shot at a block party on [July 4], police said.", "2023-07-04"),
        ("A storm forced the city to cancel its [Fourth of July] parade.", "2023-07-04"),
    )),
    ("2024-02-15", (  # a Thursday
        ("Florists reported brisk business on [Valentine's Day] despite higher prices.", "2024-02-14"),
    )),
    ("2023-10-25", (  # a Wednesday
        ("Stores are stocking up on candy ahead of [Halloween].", "2023-10-31"),
    )),
    ("2024-02-07", (  # a Wednesday
        ("Toy sales rose sharply ahead of [Christmas], the trade body said.", "2023-12-25"),
    )),
    ("2023-11-01", (  # a Wednesday
        ("Police made dozens of arrests during [Halloween] festivities downtown.", "2023-10-31"),
    )),
    ("2024-03-20", (  # a Wednesday, before Easter (March 31, 2024)
        ("Pilgrims are expected in Jerusalem for [Easter].", "2024-03-31"),
        ("The strike will end before [Good Friday], the union said.", "2024-03-29"),
        ("Shoppers spent a record $9.8 billion online on [Thanksgiving last year].", "2023-11-23"),
    )),
    ("2024-09-04", (  # a Wednesday
        ("Traffic deaths rose over the [Labor Day weekend], police said.", "2024-W35-WE"),
        ("The pool closed for the season after [Memorial Day] flooding.", "2024-05-27"),
    )),
    ("2024-10-24", (  # a Thursday
        # US Election Day: the Tuesday after the first Monday of November
        ("Both campaigns are courting suburban voters before [Election Day].", "2024-11-05"),
    )),
    ("2023-12-04", (  # a Monday, a week after Cyber Monday
        # the shopping days after Thanksgiving (Nov. 23, 2023)
        ("Online sales on [Black Friday] rose 7.5% from a year earlier.", "2023-11-24"),
        ("Retailers said [Cyber Monday] was the busiest day of the year.", "2023-11-27"),
    )),
    ("2022-10-20", (  # Nov. 1, 2022 was a Tuesday: Election Day was the 8th
        ("Early voting ends the weekend before [Election Day].", "2022-11-08"),
        # a weekday counted in its month is found as a movable feast is
        ("The awards are handed out on [the second Sunday in February] each year.", "2023-02-12"),
        ("The local election was held on [the last Sunday of September].", "2022-09-25"),
        ("The council first met on [the first Tuesday of November 2016].", "2016-11-01"),
    )),
    ("2000-04-17", (  # a Monday: Easter fell on April 23, so Easter week is under way
        # a holiday's week is the ISO week holding it
        ("Protesters prayed for help as [Easter week] began.", "2000-W16"),
        ("Shops stayed open through [Christmas week] last year.", "1999-W51"),
    )),
    # feasts of lunar and lunisolar calendars, and the Orthodox ones
    ("2024-06-07", (  # a Friday
        ("Millions travelled home for [Lunar New Year], the railway said.", "2024-02-10"),
        ("Markets across the region were shut for [Eid al-Fitr].", "2024-04-10"),
        ("Gold sales usually peak before [Diwali].", "2024-10-31"),
        ("The hostages were not freed before [Passover], as families had hoped.", "2024-04-23"),
        ("Worshippers filled the cathedral for [Orthodox Easter].", "2024-05-05"),
        ("The pope washed the feet of prisoners on [Maundy Thursday].", "2024-03-28"),
        ("Pancake races were held on [Shrove Tuesday].", "2024-02-13"),
        ("Unions marched through the capital on [May Day].", "2024-05-01"),
        ("Thousands of women rallied on [International Women's Day].", "2024-03-08"),
        ("The king laid a wreath on [Remembrance Sunday].", "2023-11-12"),
        ("The president's [Orthodox Christmas] message called for unity.", "2024-01-07"),
        ("Protesters rallied in Sydney on [Australia Day], which some call Invasion Day.", "2024-01-26"),
        ("Survivors gathered at Auschwitz on [International Holocaust Remembrance Day].", "2024-01-27"),
        ("Pilgrims crowded the Western Wall during [Sukkot].", "2023-09-30"),
        # a holiday's weekend: the one before a Monday holiday, the one after a weekday's
        ("Highway deaths rose over the [Memorial Day weekend], police said.", "2024-W21-WE"),
        ("Retailers reported record sales over the [Thanksgiving weekend].", "2023-W47-WE"),
        ("Churches were packed over the [Easter weekend].", "2024-W13-WE"),
        # an irregular past verb looks back
        ("Fireworks lit the sky on [the Fourth of July] despite the drought.", "2023-07-04"),
        # a modal looks ahead: "could vote before Thanksgiving", "must be postmarked by Election Day"
        ("The Senate could vote on the bill before the [Thanksgiving] break.", "2024-11-28"),
        ("Mail ballots must be postmarked by [Election Day] and received within three days.", "2024-11-05"),
    )),
    ("2024-03-12", (  # a Tuesday: Ramadan began on Monday, March 11
        # a feast of days, weeks or a month names its first day
        ("Muslims began observing the holy month of [Ramadan] on Monday.", "2024-03-11"),
        ("Many Catholics give up meat during [Lent].", "2024-02-14"),
        ("Rabbis lit the first candle of [Hanukkah] in the square.", "2023-12-08"),
        # a feast begun days ago is still under way, in a future clause too
        ("Israel said it would let worshippers into Al-Aqsa during [Ramadan].", "2024-03-11"),
        ("China's box office set a record during the [Spring Festival] holiday.", "2024-02-10"),
        ("Stock markets in Hong Kong closed early on [Lunar New Year's Eve].", "2024-02-09"),
        ("Advertisers paid $7 million for a spot during [Super Bowl Sunday].", "2024-02-11"),
        ("Revellers filled the streets of Dublin on [St Patrick's Day].", "2023-03-17"),
        ("The president-elect will be sworn in on [Inauguration Day].", "2025-01-20"),
    )),
    ("2024-08-26", (  # a Monday
        # a nation's Independence Day is its own; "Independence Day" alone is July 4
        ("Ukraine marked Ukrainian [Independence Day] with a prisoner swap.", "2024-08-24"),
        ("Modi unfurled the flag at the Red Fort on India's [Independence Day].", "2024-08-15"),
        # and so is the one a nation marks or celebrates
        ("Ukraine marked [Independence Day] on Saturday amid air raid sirens.", "2024-08-24"),
        ("Pakistan celebrated [Independence Day] with a 31-gun salute.", "2024-08-14"),
    )),
    ("2024-05-10", (  # a Friday: Ramadan began on March 11, 2024 and on March 23, 2023
        # a modifier before a feast, or the year's it names
        ("Violence at Al-Aqsa [last Ramadan] sparked fears of a wider war.", "2024-03-11"),
        ("Police braced for clashes in Jerusalem during [next Ramadan].", "2025-03-01"),
        ("Clashes erupted at the compound during [last year's Ramadan].", "2023-03-23"),
        # feasts of other calendars under the names news gives them
        ("Israel was on high alert over the [Jewish New Year].", "2023-09-16"),
        ("Shia Muslims marked [Ashura] with processions in Karbala.", "2023-07-29"),
    )),
    ("2024-12-02", (  # a Monday
        ("Activists lit candles in Johannesburg on [World AIDS Day].", "2024-12-01"),
        ("Putin watched the [Victory Day] parade on Red Square.", "2024-05-09"),
        ("Several states celebrate [Indigenous Peoples' Day] instead.", "2024-10-14"),
    )),
    ("2024-12-23", (  # a Monday, two days before Christmas
        # a feast a past verb's happening came before is a limit: it may lie ahead
        ("Shoppers rushed to finish buying gifts before [Christmas].", "2024-12-25"),
    )),
    ("2024-11-25", (  # a Monday: Thanksgiving falls on Nov. 28
        # a feast that names the season of a thing is the nearer one, under a past verb too
        ("The cost of a [Thanksgiving] dinner for ten fell 5% this year, the farm bureau said.", "2024-11-28"),
        ("[Black Friday] deals started earlier than ever, retailers said.", "2024-11-29"),
        ("Turkey prices fell sharply before [Thanksgiving], the farm bureau said.", "2024-11-28"),
    )),
    ("2024-06-10", (  # a Monday: Eid al-Fitr fell on April 10, Eid al-Adha falls on June 16
        # "Eid" alone is either feast: the nearer, or the one on the tense's side
        ("Prices of sacrificial goats soared in Karachi ahead of [Eid].", "2024-06-16"),
        ("Gaza's residents marked a grim [Eid] amid the rubble in April.", "2024-04-10"),
    )),
    ("2024-10-14", (  # a Monday: Yom Kippur fell on Oct. 12
        # "the eve of" a feast is the day before it
        ("Hezbollah fired rockets at Haifa on [the eve of Yom Kippur].", "2024-10-11"),
        # Simchat Torah, by Israel's calendar: in 2023 the day of the Hamas attack
        ("Hamas attacked on the Jewish holiday of [Simchat Torah last year].", "2023-10-07"),
        ("Hostages' families will hold a vigil on [Simchat Torah].", "2024-10-24"),
        ("Beijing's streets emptied on [the eve of the Lunar New Year].", "2024-02-09"),
    )),
    ("2024-04-22", (  # a Monday: Passover's first day is the 23rd, its Seder on the evening before
        ("Families sat down to the Seder on Monday night as [Passover] began.", "2024-04-23"),
    )),
    ("2025-01-03", (  # a Friday: Hanukkah ran from Dec. 26 to Jan. 2
        ("Jews around the world celebrated [Hanukkah] last month.", "2024-12-26"),
    )),
    ("1973-10-20", (  # a Saturday, two weeks into the October war
        ("Egypt and Syria attacked on [Yom Kippur], the holiest day of the Jewish year.", "1973-10-06"),
    )),
    ("2024-04-24", (  # a Wednesday
        # "the first Tuesday in November": that weekday of the month, as a movable feast is reckoned
        ("Dawn services will be held across the country on [ANZAC Day].", "2024-04-25"),
        ("The AFL grand final will be played on [the last Saturday in September].", "2024-09-28"),
        ("Voters in England go to the polls on [the first Thursday in May].", "2024-05-02"),
        ("The festival was first held on [the second Sunday of October 2019].", "2019-10-13"),
    )),
    ("2024-12-02", (  # a Monday
        # British and Irish feasts, with "St" written without a full stop
        ("Ceilidhs were held across Scotland on [St Andrew's Day].", "2024-11-30"),
        ("Edinburgh's [Hogmanay] street party is expected to draw 75,000 revellers.", "2024-12-31"),
        # "between Christmas and New Year": New Year's Day after that Christmas
        ("Many offices will close between Christmas and [New Year].", "2025-01-01"),
        ("Rail passengers faced disruption on the [August bank holiday].", "2024-08-26"),
        # Ireland's October bank holiday is the last Monday of October; its St Stephen's Day is Boxing Day
        ("Gardaí made 30 arrests for drink-driving on the [October bank holiday].", "2024-10-28"),
        ("The sales will start on [St Stephen's Day], retailers said.", "2024-12-26"),
        ("President Ruto will lead the [Jamhuri Day] celebrations in Nairobi.", "2024-12-12"),
    )),
    ("2024-03-18", (  # a Monday
        ("Tens of thousands lined the streets of Dublin for the [St Patrick's Day] parade.", "2024-03-17"),
        ("Pubs in England reported brisk trade on [St George's Day last year].", "2023-04-23"),
    )),
    ("2024-10-14", (  # a Monday
        ("Effigies of Ravana were burnt across north India on [Dussehra].", "2024-10-12"),
    )),
    ("2024-05-20", (  # a Monday
        # England's bank holidays named in lower case: "the spring bank holiday" is the last Monday of May
        ("Schools close for half-term after the [spring bank holiday], the council said.", "2024-05-27"),
        ("Traffic was heavy on the M5 over the [late May bank holiday].", "2023-05-29"),
        ("Gridlock on the A30 marred the [late May bank holiday] last year.", "2023-05-29"),
    )),
]
