"""Today, tonight, yesterday, tomorrow, "the day before yesterday" count from publication; "now" is PRESENT_REF."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# "tonight" is the night of the publication day: a TIME value ending in TNI.

CASES = [
    ("2023-12-31", (  # a Sunday, the last day of the year
        ("The new tax on tobacco takes effect [today], the finance ministry said.", "2023-12-31"),
        ("[Today] marks the end of a year of record heat, scientists said.", "2023-12-31"),
        ("Celebrations are planned [tonight] in more than 40 cities.", "2023-12-31TNI"),
        ("The defender was sent off in [yesterday]'s derby and faces a three-match ban.", "2023-12-30"),
        ("The United Nations Security Council met [yesterday] in an emergency session.", "2023-12-30"),
        ("Banks and post offices will be closed [tomorrow].", "2024-01-01"),
        ("The two leaders spoke by phone [the day before yesterday], a spokesman said.", "2023-12-29"),
        ("The ceasefire is [now] in its third day, despite sporadic violations.", "PRESENT_REF"),
    )),
    ("2024-01-01", (  # a Monday, New Year's Day
        ("The lockdown was lifted [yesterday] after three weeks.", "2023-12-31"),
        ("A 7.5-magnitude earthquake struck central Japan [today].", "2024-01-01"),
        ("Schools in the capital reopen [tomorrow].", "2024-01-02"),
        ("The mayor met families of the victims [the day before yesterday].", "2023-12-30"),
        ("The index was down 2% by [mid-afternoon yesterday] in London.", "2023-12-31TAF", "TIME"),
        ("The coastguard warned of gale-force winds [tonight].", "2024-01-01TNI"),
    )),
    ("2024-02-29", (  # a Thursday, the leap day
        ("The board approved the merger [yesterday], the company said in a filing.", "2024-02-28"),
        ("Trading in the shares was suspended [today] pending an announcement.", "2024-02-29"),
        ("The satellite is scheduled to launch [tomorrow] from French Guiana.", "2024-03-01"),
        ("The minister resigned [the day before yesterday] over the scandal.", "2024-02-27"),
    )),
    ("2024-03-01", (  # a Friday, the day after the leap day
        ("The senator was sworn in [yesterday], becoming the youngest member of the chamber.", "2024-02-29"),
        # "late", "earlier" and "later" before a relative day belong to its extent
        ("A spokesman said [late yesterday] that the talks had failed.", "2024-02-29"),
        ("[Earlier today], the central bank cut its main rate.", "2024-03-01"),
    )),
    ("2021-01-01", (  # a Friday, New Year's Day
        ("Britain completed its exit from the European Union's single market [yesterday].", "2020-12-31"),
    )),
]
