"""A reference that moves with the story: "the next day" counts from the day the text last set, not
from the publication day; "that year" is the year of the last date mentioned; a day of the month
alone ("on the 30th") is that day of the publication month, or of a neighbouring month on the side
the tense asks for; after a day with its month, it is that day of the story's month or the next."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# The sentence may set the story's date itself before the bracketed expression.

CASES = [
    ("2024-01-05", (  # a Friday
        ("Putin vowed revenge on Jan. 1, and [the next day] the first missiles struck Kyiv.", "2024-01-02"),
        ("The storm made landfall on Dec. 29; power was restored [the following day].", "2023-12-30"),
        ("Talks collapsed on Wednesday. Negotiators had met [the day before] in Doha.", "2024-01-02"),
        ("The plant closed in March 2019, and [later that year] the town lost its school.", "2019"),
        ("Protests began on Nov. 14, 2023. [Later that week], the government imposed a curfew.", "2023-W46"),
        ("The plant closed in March 2019. [Earlier that month], the company had cut 500 jobs.", "2019-03"),
        ("He was arrested on Dec. 3. [Earlier that morning], police had raided his home.", "2023-12-03TMO", "TIME"),
        ("The ship sank on Dec. 24 and the crew was rescued [that same day].", "2023-12-24"),
        ("The firm went public in May 2021. [The following month], its shares halved.", "2021-06"),
        # a month of "that year" is that month of the story's year
        ("The bear market began in 2022 and ended in [October of that year].", "2022-10"),
        ("The company listed in 2021 and its shares peaked in [November that year].", "2021-11"),
        # "the next year" in a past clause is the year after the story's; ahead, it is the coming one
        ("He was first elected in 2004 and re-elected [the next year].", "2005"),
        # a length then "later" moves the story on by that length
        ("He was arrested on Dec. 3. Three days later he was freed. [The next day] he fled abroad.", "2023-12-07"),
        ("The firm was founded in 1998. Two years later it went public. [That year] its shares tripled.", "2000"),
        ("Talks broke down in late 2019; [early the next year] they resumed in Geneva.", "2020"),
        ("The company expects demand to double over [the next year].", "2025"),
        ("Rent is due on [the 30th], the landlord reminded tenants.", "2024-01-30"),
        ("The ceasefire took effect on [the 3rd] and was broken within hours.", "2024-01-03"),
        ("The first payments are due on [the 15th of next month].", "2024-02-15"),
        # "the previous Friday" is the Friday before the day the story tells, not before today
        ("The index closed at 4,120 on Wednesday, down 2% from [the previous Friday].", "2023-12-29"),
        ("The strike began on Dec. 11. [The following Monday], the union agreed to talks.", "2023-12-18"),
        # a day counted from a named day is one expression
        ("[The day before last Tuesday]'s hearing, the lawyers met the judge.", "2024-01-01"),
        ("Shops reopened [the day after Christmas] with steep discounts.", "2023-12-26"),
        # a season of the story's year, or the one after or before the story's date
        ("The company went public in May 2019. [That summer], it bought its largest rival.", "2019-SU"),
        ("The dam was finished in October 2015. [The following spring], the valley flooded.", "2016-SP"),
        # "N years earlier" counts back from the story's time; "a year ago" from the publication day,
        # and a count back moves no story: the second "a year earlier" compares with the same time
        ("The dam burst in March 2019. [Two years earlier], engineers had warned of cracks.", "2017"),
        ("The plant opened in May 2010. [Six months earlier], the permit was granted.", "2009-11"),
        ("Sales fell in 2021 from [a year earlier].", "2020"),
        # a month or day that opens the sentence after a date with its year goes on in that year;
        # further on in a sentence it is the news's
        ("Russia invaded in February 2022. By [April], its troops had left the north.", "2022-04"),
        ("Mubarak resigned on Feb. 11, 2011. On [Feb. 13], the army dissolved parliament.", "2011-02-13"),
        ("The dam broke in November 2019. In [February], the valley was evacuated.", "2020-02"),
        ("The treaty was signed in May 1998, and the rebels condemned the attack on [Dec. 2].", "2023-12-02"),
        ("The plane crashed on Dec. 20. [A day earlier], the pilot had reported a fault.", "2023-12-19"),
        ("The plane crashed on Dec. 20. [A week earlier], the airline had grounded its twin.", "2023-W50"),
        ("Profit rose from a year ago, and costs were up from [a year earlier].", "2023"),
        # a deadline is not a day the story tells: "that morning" is the blast's
        ("The blast hit on Jan. 2. Police have until Friday to decide; alarms had sounded [that morning].",
         "2024-01-02TMO", "TIME"),
        # "later in the day" is the story's day, as "later that day"
        ("The quake struck on Jan. 2. Later in [the day], a second tremor hit the coast.", "2024-01-02"),
        ("Officials said earlier in [the day] that the road was closed.", "2024-01-05"),
        # a weekend after, before or of the story's day
        ("The army shelled the port on Dec. 20. [The following weekend], the rebels struck back.", "2023-W51-WE"),
        ("The army shelled the port on Dec. 20. [The previous weekend], the rebels had struck.", "2023-W50-WE"),
        ("The army shelled the port on Dec. 20, and [that weekend] the rebels struck back.", "2023-W51-WE"),
        # a part of the story's day
        ("The fire broke out on Jan. 3. [That night], the wind turned and the town was evacuated.",
         "2024-01-03TNI", "TIME"),
        ("Rescuers reached the village on Dec. 30 and resumed the search [the next morning].",
         "2023-12-31TMO", "TIME"),
    )),
    ("2024-03-15", (  # a Friday
        # a year that opens the sentence is the year of the days it names without one
        ("The 1973 war began with a surprise attack on [Oct. 6].", "1973-10-06"),
        ("In 2022, Russian troops crossed the border on Feb. 24 and by [March 2] had taken Kherson.",
         "2022-03-02"),
        ("The 2006 war began on July 12 and ended with a U.N.-brokered truce on [Aug. 14].", "2006-08-14"),
        # and after "In 2014," of a month that opens the next sentence; not after "The 2019 ..."
        ("In 2014, Russia annexed Crimea. In [April], separatists seized buildings in Donetsk.", "2014-04"),
        ("In 2014, Russia annexed Crimea. On [July 17], a missile downed MH17 over Donetsk.", "2014-07-17"),
        ("The 2019 closure hit the town hard. On [Oct. 6], the firm said it would reopen.", "2023-10-06"),
        # "the next day" tells a day gone: its "next" does not make a later day one ahead
        ("The ferry capsized on Sunday. Divers recovered 20 bodies the next day and 12 more on [Tuesday].",
         "2024-03-12"),
        ("Rescuers pulled out five survivors the next morning and two more on [Wednesday].", "2024-03-13"),
        # a day of the month alone after a day with its month: on or after the story's day, unless
        # the one just before it is much nearer
        ("The war started on Oct. 7. On [the 8th], Hezbollah opened a second front.", "2023-10-08"),
        ("The truce began on Nov. 24 and collapsed on [the 1st].", "2023-12-01"),
        ("He was arrested on Dec. 3, two days after a raid on [the 1st].", "2023-12-01"),
        # a weekday that names the day a length moves the story to, or a day the story counts
        ("Hamas attacked on Oct. 7. Two days later, on [Monday], Israel declared a siege.", "2023-10-09"),
        ("He was arrested on Dec. 3. Two days earlier, on [Friday], he had met the suspect.", "2023-12-01"),
        ("The storm hit on Feb. 2. The next day, [Saturday], the dam broke.", "2024-02-03"),
        # the evening, the night or the afternoon after or before the story's day
        ("The wildfire started on Aug. 8. By [the following evening], it had razed the town.",
         "2023-08-09TEV", "TIME"),
        ("The first quake hit on Monday. [The next night], a second tremor struck.", "2024-03-12TNI", "TIME"),
        ("He was arrested on March 1. [The previous evening], he had posted a video.", "2024-02-29TEV", "TIME"),
    )),
]

NOT_TIMES = (
    "He was last seen near the border, the police said, the day before officers searched his home.",
    "The 11th Circuit Court of Appeals upheld the ruling.",
    "She finished the race in the 3rd position.",
)
