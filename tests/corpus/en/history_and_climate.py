"""History and climate news name years far from the publication day: a year outside 1800-2099 is a year
where a month, a day or a preposition says so, and a century or decade without a number is the
publication day's."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# Values: a year "1605", a year before 1000 "0043", a decade "178" (the 1780s), a century "16" (its
# years' first two digits: the 1600s, the 17th century), a year or century before Christ "BC0753",
# "BC04". A number that counts ("1300 people", "by 2100
# jobs") is no year.

CASES = [
    ("2025-03-14", (  # a Friday
        # a year outside 1800-2099 after a word that takes a year
        ("Sea levels could rise by more than a metre by [2100], the report warned.", "2100"),
        ("The agreement keeps the plant running until [2150] at the latest.", "2150"),
        ("The abbey was founded in [1300] by Benedictine monks.", "1300"),
        ("The town has held a market every week since [1205].", "1205"),
        ("The castle was begun after the Norman conquest in [1066].", "1066"),
        ("The bridge dates from circa [1500], historians believe.", "1500"),
        # after a month, or a day and a month
        ("The declaration was adopted in [July 1776] in Philadelphia.", "1776-07"),
        ("The plot to blow up Parliament was foiled on [5 November 1605].", "1605-11-05"),
        ("The colony's charter was signed on [March 4, 1681], records show.", "1681-03-04"),
        ("The great fire broke out in [the summer of 1666].", "1666-SU"),
        # a round hundred is a century; a decade before 1800 only after "the" or "early", "mid-", "late"
        ("Tobacco reached the port in the [1600s] from the Americas.", "16"),
        ("The canal was dug in the [1780s] to carry coal.", "178"),
        ("The house was rebuilt in [the late 1700s] after a fire.", "17"),
        # a year with its era: TimeML writes a year before Christ apart from the calendar
        ("Roman legions landed in Kent in [AD 43], beginning the conquest of Britain.", "0043"),
        ("Legend holds that the city was founded in [753 BC] by Romulus.", "BC0753"),
        ("Farmers first planted wheat in the valley around [9,000 BC], the team found.", "BC9000"),
        ("The temple was built in [the fifth century BC] and restored by the Romans.", "BC04"),
        # a part of the decade or century under way is that decade or century, as "the end of the
        # year" is the year
        ("Governments pledged to halve emissions by [the end of the decade].", "202"),
        ("Global temperatures could rise by 2.7C by [the end of the century], the report found.", "20"),
        ("The bank expects the population to peak by [the middle of the century].", "20"),
        ("The utility aims to reach net zero by [mid-century].", "20"),
        ("The new line should open by [mid-decade], the ministry said.", "202"),
        ("Heat waves will grow more frequent in [the second half of the century].", "20"),
        ("Prices have doubled since [the start of the decade].", "202"),
        # the edge of a named decade or century belongs to the extent
        ("The country wants every new car sold to be electric by [the end of the 2020s].", "202"),
        ("The theatre was built at [the turn of the 20th century] by a local merchant.", "19"),
    )),
    ("2024-06-20", (  # a Thursday
        # a day named for what happened on it is that year's: "the Sept. 11 attacks", "since 9/11"
        ("The Patriot Act was passed in the weeks after the [Sept. 11] attacks.", "2001-09-11"),
        ("The [Jan. 6] committee released its final report in December 2022.", "2021-01-06"),
        ("Israel went to war after the [Oct. 7] attack by Hamas.", "2023-10-07"),
        ("Survivors of the [7 October] attack addressed the rally.", "2023-10-07"),
        ("Airport security has been tightened repeatedly since [9/11].", "2001-09-11"),
        ("The court sentenced the last surviving gunman of the [26/11] Mumbai attacks.", "2008-11-26"),
        # but not the day's anniversary, a meeting or a deadline on it
        ("Families will gather at the memorial for the [Sept. 11] anniversary.", "2024-09-11"),
        ("The [Jan. 6] meeting of the board was cancelled.", "2024-01-06"),
    )),
    ("2015-10-20", (  # a Tuesday
        # written before the day the name is known by, it is that day of its own year
        ("The [Oct. 7] attack on the police station killed three officers.", "2015-10-07"),
    )),
]
