"""A part of day (morning, afternoon, evening, night) refines its day to a TIME value: TMO, TAF, TEV, TNI."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# The day is resolved as it would be alone ("Friday" -> most recent Friday; "last night" -> the night
# of the day before publication); the part of day is then appended. Type defaults to TIME for these values.

CASES = [
    ("2023-12-31", (  # a Sunday
        ("The blast was heard across the city [late Friday evening], witnesses said.", "2023-12-29TEV"),
        ("Police cleared the square on [Friday evening] after clashes with fans.", "2023-12-29TEV"),
        ("The power failed [mid-afternoon Thursday] across the capital.", "2023-12-28TAF"),
        ("Two missiles hit a shopping center on [Saturday night], killing at least four people.", "2023-12-30TNI"),
        ("The ferry capsized on [Thursday afternoon] in rough seas off the island.", "2023-12-28TAF"),
        ("Firefighters brought the blaze under control on [Sunday morning].", "2023-12-31TMO"),
        ("Markets in Asia will reopen on [Monday morning] after the long weekend.", "2024-01-01TMO"),
        ("The prime minister spoke to the nation [this morning] in a brief address.", "2023-12-31TMO"),
        ("Rescuers said [this afternoon] that the search for survivors would continue.", "2023-12-31TAF"),
        ("The president will give his annual televised speech [this evening].", "2023-12-31TEV"),
        ("Gunmen attacked a police station in the north [last night].", "2023-12-30TNI"),
        ("The suspect was arrested [yesterday morning] at his home in the suburbs.", "2023-12-30TMO"),
        ("Voting stations closed [yesterday afternoon] amid reports of low turnout.", "2023-12-30TAF"),
        ("The airport will reopen [tomorrow morning] if the snow stops, officials said.", "2024-01-01TMO"),
    )),
    ("2024-01-03", (  # a Wednesday
        ("The plane landed on [Monday morning] with 367 passengers on board.", "2024-01-01TMO"),
        ("The coastguard called off the search on [Tuesday afternoon].", "2024-01-02TAF"),
    )),
    ("2024-01-01", (  # a Monday, New Year's Day
        ("Crowds packed the city's main avenue to watch the fireworks [last night].", "2023-12-31TNI"),
        ("Thousands of people were evacuated on [Sunday evening] as the river burst its banks.", "2023-12-31TEV"),
        ("The new law took effect [this morning] across the country.", "2024-01-01TMO"),
    )),
    ("2024-03-01", (  # a Friday, the day after the leap day
        ("The tornado touched down on [Thursday night] near the state line.", "2024-02-29TNI"),
        ("The home side came from behind to win 2-1 [last night].", "2024-02-29TNI"),
    )),
    ("2024-03-01", (  # a Friday
        # an hour told by the part of the day, on the day the story is telling
        ("The fire broke out on Tuesday. It started at [three in the morning] in a kitchen.",
         "2024-02-27T03:00"),
        ("Under the curfew, shops close at [8 in the evening].", "2024-03-01T20:00"),
        ("The last train leaves at [11 at night].", "2024-03-01T23:00"),
        # a part of the day alone is that part of the story's day
        ("Dealers placed heavy buy orders in [the morning] but sold later.", "2024-03-01TMO"),
        ("The shelling began on Wednesday and went on late into [the night].", "2024-02-28TNI"),
        ("The storm hit on Wednesday. By [mid-afternoon], the river had burst its banks.", "2024-02-28TAF"),
    )),
    ("2024-03-14", (  # a Thursday
        # "overnight" opening a sentence, or before an attack or a storm, is the night before the report
        ("[Overnight], drones struck the port, the governor said.", "2024-03-13TNI", "TIME"),
        ("[Overnight] shelling killed three people in the city.", "2024-03-13TNI", "TIME"),
        # right after a past verb, too; "all at once" is no night ("cannot be solved overnight")
        ("Asian shares fell [overnight] on fears of a trade war.", "2024-03-13TNI", "TIME"),
        ("Fresh protests erupted [overnight] in the northern city.", "2024-03-13TNI", "TIME"),
        # at the end of a past clause, after the verb's object
        ("Police arrested 14 people [overnight].", "2024-03-13TNI", "TIME"),
        ("The hurricane strengthened to Category 4 [overnight].", "2024-03-13TNI", "TIME"),
        ("The death toll climbed to 23 [overnight] and is expected to rise.", "2024-03-13TNI", "TIME"),
        # between what struck and its past verb
        ("Israeli strikes [overnight] killed at least 20 people in Rafah.", "2024-03-13TNI", "TIME"),
        ("Shelling [overnight] damaged the plant's cooling system, the operator said.", "2024-03-13TNI", "TIME"),
        # "overnight" before a weekday is that day's night, as AP writes it
        ("Russian forces shelled the city [overnight Tuesday] into Wednesday.", "2024-03-12TNI", "TIME"),
        ("[Overnight Monday], gunmen stormed a village in the north.", "2024-03-11TNI", "TIME"),
        ("The storm is expected to make landfall [overnight Sunday].", "2024-03-17TNI", "TIME"),
    )),
    ("2024-03-12", (  # a Tuesday
        # "overnight on Saturday": that weekday's night
        ("The A&E department at the hospital was closed [overnight on Saturday].", "2024-03-09TNI"),
        ("Rebels attacked the town [overnight Saturday], residents said.", "2024-03-09TNI"),
        # "the early morning hours of Saturday" are dated by the day alone, no morning of the story day
        ("Lawmakers passed the budget in the early morning hours of [Saturday].", "2024-03-09"),
    )),
]
