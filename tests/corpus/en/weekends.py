"""The weekend is a week's Saturday and Sunday (TIMEX3 YYYY-Www-WE): in a report the most recent one,
"next" and the future tense look ahead, "this weekend" is the current week's; a weekday before a
month and day adds nothing to the date."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]

CASES = [
    ("2024-01-10", (  # a Wednesday, ISO week 2
        ("Heavy snow fell across the region over [the weekend].", "2024-W01-WE"),
        ("Talks between the unions and the rail operator will continue [next weekend].", "2024-W02-WE"),
        ("Fans gathered outside the stadium [last weekend] to protest the sale.", "2024-W01-WE"),
        ("Fans gathered outside the stadium [this past weekend] to protest the sale.", "2024-W01-WE"),
        ("Voters in the capital go to the polls [this weekend].", "2024-W02-WE"),
        ("Traders sold bonds ahead of [the weekend], when the vote count begins.", "2024-W02-WE"),
        ("The summit opened on [Monday, Jan. 8] with a call for a ceasefire.", "2024-01-08"),
        ("The verdict was delivered on [Friday, Oct. 23, 2020], after a three-week trial.", "2020-10-23"),
    )),
]
