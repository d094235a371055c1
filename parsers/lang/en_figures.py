"""English resources for the figures engine (`parsers/figures.py`): data only, no logic.

FORMAT: tables map lower-case words or phrases to values (the kind they report, or a number); a
tuple is a table of words without values.  PATTERNS are regex fragments.  In a pattern `{name}`
stands for the alternation of the table or fragment of that name; a table's phrases match with
one to three whitespace characters between their words, in any case unless the table is listed in
EXACT.  What stands before `{figure}` in a template is bounded (no `+` or `*`), so the engine
knows how far back to look (an unbounded one works too, only slower).

PATTERNS["figure"] finds a number with its qualifier.  It defines the groups the engine reads:
`qualifier` (a word before the number), `post` (a word after it), `low` and `high` (the ends of a
range), `between` (the word that opens a range), `one` (a single person: "a man", "a 9-year-old")
and `number` (any other number).

BLOCKED and RULES are (name, template) and (name, template, kind).  `{figure}` in a template marks
where the figure stands: the part before it must end where the figure starts, the part after it must
start where it ends (either part may be empty).  A figure any BLOCKED template fits is no figure.
Otherwise the first rule that fits gives its kind: a str is the kind itself, a tuple names the groups
whose table values make the kind ("missiles and drones" from `noun` and `other_noun`, joined by
KIND_JOIN); only the groups a rule names are captured.  A figure no rule fits counts nothing news
reports and is dropped.

Decisions:
- A range ("between 20 and 30", "20 to 30", "20-30") is one figure: its text is the whole range,
  its value the low end (the figure that is sure), its qualifier "between" (RANGE_QUALIFIER) unless a
  qualifier is written before it.  A range whose second number is not larger is a score, a vote or
  a phone number, never a figure.  "rose from 12 to 21" is no range: the toll is 21.
- Additive words stay in the figure: "another 170" has qualifier "another", "a further 110" "a
  further", "110 more" "more", so a later merge can tell an addition from a total.
- "500 missiles and drones" counts both together: kind "missiles and drones" (also for "or").
- A figure of one (written "one", "1", "a man", "a 9-year-old") is kept only for the kinds in
  ONE_KINDS: what happened to people, never "one drone" or "one of the attacks".
- Combined counts ("21 casualties", "killed or injured") have kind "casualties", people falling ill
  "infected", people taken hostage "hostages": kinds added to those listed in timeline/model.py.
"""

# --- numbers ----------------------------------------------------------------------------------

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers after a number: "1.2 million", "two dozen", "a hundred".  Their plurals ("dozens",
# "hundreds of") are vague and never match.
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# "a" and "an" are one only before a scale ("a dozen"); a single person is the `one_person` fragment
SCALE_ARTICLES = {"a": 1, "an": 1}
# every word the engine adds up when it reads a written number
NUMBER_VALUES = {**ONES, **TENS, **SCALE_ARTICLES}
THOUSANDS_SEPARATOR = ","
DECIMAL_MARK = "."
# letters typed for digits inside a number: "5o" is 50, "1o0" 100
DIGIT_TYPOS = {"o": "0"}

# --- qualifiers -------------------------------------------------------------------------------

# Words before a number that qualify it; kept, lower case, as the figure's qualifier.
QUALIFIERS = (
    "at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to",
    "as many as", "roughly", "approximately", "approx.", "fewer than", "less than", "just over",
    "just under", "well over", "close to", "at most", "upwards of", "in excess of", "no fewer than",
    "no less than", "not less than", "an estimated", "estimated", "a total of",
    # additive: the figure adds to one reported before
    "another", "a further", "an additional",
)
# Words after a number that qualify it: "110 more injured" (not "more than", "more of")
POST_QUALIFIERS = ("more",)
RANGE_QUALIFIER = "between"

# --- what is counted --------------------------------------------------------------------------

# What happened to people, after the number: word -> kind.  "21 people were killed", "21 dead".
OUTCOMES = {
    "killed": "killed", "dead": "killed", "died": "killed", "death": "killed", "deaths": "killed",
    "fatalities": "killed", "fatality": "killed", "perished": "killed", "slain": "killed",
    "murdered": "killed", "drowned": "killed", "executed": "killed", "lost their lives": "killed",
    "lost his life": "killed", "lost her life": "killed", "shot dead": "killed",
    "shot and killed": "killed", "burned to death": "killed", "burnt to death": "killed",
    "stabbed to death": "killed", "crushed to death": "killed", "among the dead": "killed",
    "among those killed": "killed", "among the victims": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "injury": "injured", "suffered injuries": "injured", "sustained injuries": "injured",
    "treated for injuries": "injured", "among the injured": "injured", "among the wounded": "injured",
    "among those injured": "injured", "among those wounded": "injured", "among those hurt": "injured",
    "casualties": "casualties", "killed or injured": "casualties", "killed or wounded": "casualties",
    "killed and injured": "casualties", "killed and wounded": "casualties",
    "dead or injured": "casualties", "dead or wounded": "casualties", "dead and injured": "casualties",
    "dead and wounded": "casualties",
    "missing": "missing", "unaccounted for": "missing", "among the missing": "missing",
    "evacuated": "evacuated", "evacuate": "evacuated", "evacuees": "evacuated",
    "arrested": "arrested", "detained": "arrested", "arrests": "arrested", "detentions": "arrested",
    "taken into custody": "arrested", "in custody": "arrested", "among those arrested": "arrested",
    "displaced": "displaced", "homeless": "displaced", "fled": "displaced", "flee": "displaced",
    "fled their homes": "displaced", "uprooted": "displaced",
    "rescued": "rescued", "rescued alive": "rescued", "pulled alive": "rescued",
    "hospitalized": "hospitalized", "hospitalised": "hospitalized",
    "hospitalizations": "hospitalized", "hospitalisations": "hospitalized",
    "taken to hospital": "hospitalized", "taken to hospitals": "hospitalized",
    "taken to the hospital": "hospitalized", "admitted to hospital": "hospitalized",
    "admitted to the hospital": "hospitalized", "in hospital": "hospitalized",
    "in the hospital": "hospitalized",
    "infected": "infected", "infections": "infected", "sickened": "infected", "fell ill": "infected",
    "taken hostage": "hostages", "held hostage": "hostages", "abducted": "hostages",
    "kidnapped": "hostages",
}
# What happened to people, before the number: "killing 41", "the evacuation of 3,000".
OUTCOME_VERBS = {
    "killing": "killed", "killed": "killed", "kills": "killed", "kill": "killed",
    "deaths of": "killed", "death of": "killed", "killing of": "killed", "killings of": "killed",
    "claimed the lives of": "killed", "claiming the lives of": "killed", "took the lives of": "killed",
    "shot dead": "killed", "shot and killed": "killed", "gunned down": "killed",
    "wounding": "injured", "wounded": "injured", "wounds": "injured",
    "injuring": "injured", "injured": "injured", "injures": "injured", "hurting": "injured",
    "hurt": "injured",
    "evacuating": "evacuated", "evacuated": "evacuated", "evacuates": "evacuated",
    "evacuate": "evacuated", "evacuation of": "evacuated",
    "arresting": "arrested", "arrested": "arrested", "arrests": "arrested", "arrest": "arrested",
    "arrest of": "arrested", "detaining": "arrested", "detained": "arrested", "detains": "arrested",
    "detention of": "arrested",
    "displacing": "displaced", "displaced": "displaced", "displaces": "displaced",
    "rescuing": "rescued", "rescued": "rescued", "rescues": "rescued", "rescue of": "rescued",
    "hospitalizing": "hospitalized", "hospitalising": "hospitalized",
    "infecting": "infected", "infected": "infected", "sickening": "infected", "sickened": "infected",
}
# Verbs before "<number> lives": "claimed 21 lives"
LIFE_VERBS = ("claimed", "claiming", "cost", "costing", "took", "taking")
# A running count, then a link word, then the number: "the death toll rose to 21"
TOLLS = {
    "toll": "killed", "death toll": "killed", "casualty toll": "casualties",
    "number of dead": "killed", "number of deaths": "killed", "number of fatalities": "killed",
    "number of people killed": "killed", "number of those killed": "killed",
    "number of injured": "injured", "number of wounded": "injured", "number of injuries": "injured",
    "number of people injured": "injured", "number of people wounded": "injured",
    "number of missing": "missing", "number of people missing": "missing",
    "number of evacuees": "evacuated", "number of people evacuated": "evacuated",
    "number of arrests": "arrested", "number of people arrested": "arrested",
    "number of detainees": "arrested", "number of displaced": "displaced",
    "number of cases": "cases", "case count": "cases", "number of infections": "infected",
}
# the word right before the number: "rose to", "stood at", "a toll of", "reached"
TOLL_LINKS = (
    "to", "at", "of", "reached", "reaches", "hit", "hits", "topped", "tops", "passed", "exceeded",
    "surpassed", "is", "was", "now", "past", "above",
)
# Words between a count and what happened: "were later confirmed", "have been", "remain"
LINKS = (
    "was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "got", "get",
    "reportedly", "also", "later", "all", "still", "now", "since", "so far", "already", "initially",
    "subsequently", "confirmed", "reported", "feared", "believed", "thought", "presumed", "known",
    "said", "to", "remain", "remained", "remains", "lay", "who", "that", "seriously", "critically",
    "fatally", "slightly", "badly", "lightly", "severely", "mortally", "gravely", "allegedly",
    "officially", "found", "pronounced", "ordered", "forced", "told", "either", "both",
)
# Kinds a figure of one is reported for ("a man died"): never "one drone", "one of the attacks".
ONE_KINDS = ("killed", "injured", "casualties", "missing", "evacuated", "arrested", "displaced",
             "rescued", "hospitalized", "infected", "hostages")

# People news counts: word -> kind (plural).  Also what stands after "a" for one person.
PERSON_NOUNS = {
    "people": "people", "person": "people", "persons": "people",
    "civilians": "civilians", "civilian": "civilians",
    "children": "children", "child": "children", "kids": "children", "minors": "minors",
    "babies": "babies", "baby": "babies", "infants": "infants", "teenagers": "teenagers",
    "teenager": "teenagers", "teens": "teenagers", "adults": "adults",
    "men": "men", "man": "men", "women": "women", "woman": "women",
    "boys": "boys", "boy": "boys", "girls": "girls", "girl": "girls",
    "residents": "residents", "resident": "residents", "villagers": "villagers",
    "inhabitants": "inhabitants", "citizens": "citizens", "nationals": "nationals",
    "national": "nationals",
    "soldiers": "soldiers", "soldier": "soldiers", "troops": "troops", "servicemen": "servicemen",
    "serviceman": "servicemen", "service members": "service members", "fighters": "fighters",
    "militants": "militants", "combatants": "combatants", "officers": "officers",
    "officer": "officers", "policemen": "policemen", "policeman": "policemen",
    "firefighters": "firefighters", "firefighter": "firefighters", "rescuers": "rescuers",
    "medics": "medics", "paramedics": "paramedics", "doctors": "doctors", "nurses": "nurses",
    "journalists": "journalists", "journalist": "journalists", "reporters": "reporters",
    "protesters": "protesters", "protester": "protesters", "protestors": "protesters",
    "demonstrators": "demonstrators", "activists": "activists",
    "migrants": "migrants", "migrant": "migrants", "refugees": "refugees", "refugee": "refugees",
    "asylum seekers": "asylum seekers",
    "passengers": "passengers", "passenger": "passengers", "crew members": "crew members",
    "workers": "workers", "worker": "workers", "miners": "miners", "employees": "employees",
    "students": "students", "student": "students", "pupils": "pupils",
    "patients": "patients", "patient": "patients", "hostages": "hostages", "hostage": "hostages",
    "prisoners": "prisoners", "inmates": "inmates", "detainees": "detainees",
    "victims": "victims", "survivors": "survivors", "tourists": "tourists", "pilgrims": "pilgrims",
    "worshippers": "worshippers", "spectators": "spectators", "fans": "fans",
    "families": "families", "family members": "family members", "households": "households",
    "motorists": "motorists", "pedestrians": "pedestrians", "drivers": "drivers",
    "driver": "drivers", "hikers": "hikers", "climbers": "climbers", "fishermen": "fishermen",
    "sailors": "sailors", "customers": "customers",
}
# Things news counts: word -> kind (plural).
THING_NOUNS = {
    "drones": "drones", "drone": "drones", "missiles": "missiles", "missile": "missiles",
    "rockets": "rockets", "rocket": "rockets", "shells": "shells", "bombs": "bombs",
    "mortars": "mortars", "projectiles": "projectiles", "munitions": "munitions",
    "rounds": "rounds", "aircraft": "aircraft", "planes": "planes", "jets": "jets",
    "helicopters": "helicopters", "tanks": "tanks", "vehicles": "vehicles", "cars": "cars",
    "trucks": "trucks", "buses": "buses", "boats": "boats", "ships": "ships", "vessels": "vessels",
    "trains": "trains", "flights": "flights",
    "homes": "homes", "houses": "houses", "buildings": "buildings", "apartments": "apartments",
    "flats": "flats", "schools": "schools", "hospitals": "hospitals", "churches": "churches",
    "mosques": "mosques", "bridges": "bridges", "shops": "shops", "businesses": "businesses",
    "structures": "structures", "properties": "properties", "dwellings": "dwellings",
    "villages": "villages", "towns": "towns", "settlements": "settlements",
    "cities": "cities", "regions": "regions", "provinces": "provinces", "countries": "countries",
    "attacks": "attacks", "strikes": "strikes", "airstrikes": "airstrikes",
    "explosions": "explosions", "blasts": "blasts", "raids": "raids",
    "fires": "fires", "wildfires": "wildfires", "blazes": "blazes",
    "earthquakes": "earthquakes", "aftershocks": "aftershocks", "tremors": "tremors",
    "cases": "cases", "outbreaks": "outbreaks", "bodies": "bodies", "graves": "graves",
    "animals": "animals", "cattle": "cattle", "livestock": "livestock",
}
COUNTED_NOUNS = {**PERSON_NOUNS, **THING_NOUNS}

# Words that may stand between a number and what it counts: "four other people", "32 Ukrainian
# drones".  Capitalised and hyphenated words are describers too (see PATTERNS).
DESCRIBERS = (
    "other", "others", "more", "additional", "new", "further", "civilian", "young", "small",
    "elderly", "foreign", "local", "armed", "unarmed", "innocent", "unidentified", "suspected",
    "alleged", "confirmed", "total", "female", "male", "teenage", "uniformed", "peaceful",
    "separate", "different", "unmanned", "enemy", "hostile",
)
# Nouns that name a kind of thing before what is counted: "six rocket attacks", "300 apartment
# buildings".  Only for counts of things: "one rocket killed two" counts no dead.
MODIFIER_NOUNS = (
    "rocket", "missile", "drone", "artillery", "mortar", "air", "apartment", "residential",
    "rescue", "crew", "police", "fire", "emergency", "aid", "military", "cruise", "ballistic",
    "kamikaze", "attack", "cluster", "family", "school", "border", "security", "health",
    "medical", "power", "commercial", "private", "public", "high-rise", "guided", "combat",
    "fighter", "cargo", "passenger",
)
KIND_JOIN = " and "

# --- never a figure ---------------------------------------------------------------------------

# A number right after one of these is a day ("Dec. 30"), right before one a date ("30 December")
MONTHS = (
    "January", "Jan.", "Jan", "February", "Feb.", "Feb", "March", "Mar.", "April", "Apr.", "Apr",
    "May", "June", "Jun.", "July", "Jul.", "August", "Aug.", "Aug", "September", "Sept.", "Sep.",
    "Sept", "October", "Oct.", "Oct", "November", "Nov.", "Nov", "December", "Dec.", "Dec",
)
# A number right after one of these is part of a name: "Article 51", "Category 4", "Flight 370"
NAME_WORDS = (
    "Article", "Articles", "Section", "Chapter", "Paragraph", "Clause", "Resolution", "Rule",
    "Route", "Highway", "Interstate", "Flight", "Boeing", "Airbus", "Apollo", "Soyuz", "Unit",
    "Reactor", "Room", "Ward", "Gate", "Terminal", "Platform", "Block", "Building", "Channel",
    "Level", "Stage", "Phase", "Category", "Grade", "Year", "Day", "Week", "Group", "Squad",
    "District", "Zone", "Sector", "Camp", "Station", "Line", "Bus", "Tower", "Pier", "Lot",
    "Number", "No.", "Nos.", "Vol.", "Page", "Act", "Bill", "Proposition", "Amendment", "Code",
    "Formula", "Model", "Type", "Mark", "Mk", "Windows", "Pope", "King", "Queen", "Louis",
)
# Units, currencies and clock marks: a number before one measures, costs or tells the time
UNITS = (
    "second", "seconds", "minute", "minutes", "hour", "hours", "hrs", "day", "days", "night",
    "nights", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years",
    "decade", "decades", "century", "centuries", "times", "km", "kms", "km/h", "kph", "mph",
    "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
    "metre", "meter", "m", "cm", "mm", "centimetres", "centimeters", "millimetres", "millimeters",
    "feet", "foot", "ft", "inches", "inch", "yards", "kg", "kilograms", "kilos", "grams", "tons",
    "tonnes", "pounds", "lbs", "ounces", "litres", "liters", "gallons", "barrels", "hectares",
    "acres", "square", "cubic", "degrees", "°", "knots", "storeys", "stories", "floors",
    "percent", "per cent", "%", "percentage", "per", "a.m.", "a.m", "am", "p.m.", "p.m", "pm",
    "o'clock", "o’clock", "GMT", "UTC", "dollars", "euros", "pounds sterling", "rubles",
    "roubles", "hryvnias", "hryvnia", "yuan", "yen", "rupees", "shekels", "francs", "cents",
    "pence", "bn", "mn", "magnitude",
)
# Currency codes before an amount ("EUR 5 million"); symbols are in the `figure` fragment
CURRENCIES = ("USD", "EUR", "GBP", "RUB", "UAH", "CHF", "JPY", "CNY", "INR", "Rs", "Rs.", "US$", "NIS")
# Words before "one" that make it a pronoun: "no one was hurt"
NOT_ONE = ("no", "not", "any", "every", "each", "the", "this", "that", "which", "no other")

PATTERNS = {
    # digits with thousands separators, or up to seven digits; "o" typed for zero inside
    "digits": r"\d[\do]{0,2}(?:,[\do]{3}){1,4}|\d[\do]{0,6}",
    "number_word": r"{tens}(?:[-\s]{ones})?|{ones}",
    # "1.2 million", "two dozen", "a hundred", "200 thousand", "two hundred thousand"
    "scaled": r"(?:\d{1,3}\.\d{1,3}|{digits}|{number_word}|{scale_article})(?:\s{scale}){1,2}",
    "number": r"{scaled}|{digits}|{number_word}",
    # one person, when the sentence says what happened to them: "a man died", "a 9-year-old was hurt"
    "one_person": r"an?\s(?:{person_noun}|\d{1,3}[-‐]year[-‐]old)",
    # "between 20 and 30", "20 to 30", "20-30" (a hyphen only between digits: "twenty-one" is one
    # number); not "from 12 to 21", which is a change
    "range": r"(?:(?P<between>between)\s)?(?<!\bfrom\s)(?P<low>{number})"
             r"(?(between)\sand\s|(?:(?<=\d)\s?[-–]\s?(?=\d)|\sto\s))(?P<high>{number})",
    # a number and its qualifiers; never inside a word, a code, an amount or a decimal
    "figure": r"(?<![\w$€£¥₴.,:/#+-])(?:(?P<qualifier>{qualifier})\s)?"
              r"(?:{range}|(?P<one>{one_person})|(?P<number>{number}))"
              r"(?:\s(?P<post>{post_qualifier})(?!\s(?:than|of)\b))?"
              r"(?![\w]|[-–]\w|[.,:/]\d)",
    # any capitalised word ("Ukrainian", "Shahed-136") or hyphenated one ("Iranian-made")
    "describer": r"{describer_word}|(?-i:[A-Z][\w'’]*(?:-[\w'’]+)*)|[a-z]+(?:-[a-z\d]+)+",
    "modifier": r"{describer}|{modifier_noun}",
    # "three of them", "two of the soldiers"
    "partitive": r"\sof\s(?:them|those|whom|these|the(?:\s{describer}){0,2}\s{person_noun})",
    "person_group": r"{person_noun}(?:\s(?:and|or)\s(?:an?\s|{number}\s)?(?:{describer}\s){0,2}{person_noun})?",
    # "21 people, most of them civilians, were killed"; "21 including three children were killed";
    # "all 132 people on board died"
    "aside": r",\s[^,.;]{1,60},|\s(?:including|among\sthem|most\sof\sthem|mostly|many\sof\sthem)\s[^,.;]{1,40}?"
             r"|\s(?:on\sboard|aboard)",
    "year": r"(?:1[89]|20)\d\d",
}

BLOCKED = (
    # name                   template
    ("year",                 r"\b(?:in|since|of|by|until|till|during|from|before|after|early|late|mid|year|fiscal)\s{figure}(?<=\b{year})"),
    ("day of month",         r"{month}\s{figure}"),
    ("day before month",     r"{figure}\s(?:of\s)?{month}"),
    ("age",                  r"\b(?:aged|ages|age|age\sof)\s{figure}"),
    ("part of a name",       r"{name_word}\s{figure}"),
    ("measure or amount",    r"{figure}\s?{unit}(?![\w])"),
    ("currency code",        r"(?<![\w]){currency}\s?{figure}"),
    ("one as a pronoun",     r"\b{not_one}\s{figure}(?<=\bone)"),
    ("one in a phrase",      r"{figure}(?<=\bone)\s(?:another|by\sone|or\stwo|or\sanother|after\sanother)\b"),
    # a rate: "one in 10 patients" counts neither one nor ten
    ("rate",                 r"{figure}\s(?:in|out\sof)\s(?:every\s)?{number}(?![\w-])"),
    ("base of a rate",       r"\b{number}\s(?:in|out\sof)\s(?:every\s)?{figure}"),
)

RULES = (
    # name                     template                                                    kind
    ("count then outcome",     r"{figure}(?:{partitive})?(?:\s{describer}){0,3}(?:\s{person_group})?(?:{aside})?(?:\s{link}){0,5}\s{outcome}(?![\w-])", ("outcome",)),
    ("lives lost",             r"{figure}\slives\s(?:{link}\s){0,3}lost\b",                   "killed"),
    ("lives claimed",          r"\b{life_verb}\s(?:the\s)?{figure}\slives\b",                 "killed"),
    ("outcome then count",     r"\b{outcome_verb}\s(?:all\s)?{figure}",                       ("outcome_verb",)),
    ("toll",                   r"\b{toll}\b[^.;:!?\d]{0,50}?\s(?:from\s(?:{qualifier}\s)?{number}\s)?{toll_link}\s{figure}", ("toll",)),
    ("counted things",         r"{figure}(?:\s{modifier}){0,3}\s{noun}(?:\s(?:and|or|&)\s(?:{modifier}\s){0,2}{other_noun})?(?![\w-])", ("noun", "other_noun")),
)

# Which table each `{name}` in a pattern stands for (the alternation of its keys).
TABLES = {
    "ones": ONES, "tens": TENS, "scale": SCALES, "scale_article": SCALE_ARTICLES,
    "qualifier": QUALIFIERS, "post_qualifier": POST_QUALIFIERS,
    "outcome": OUTCOMES, "outcome_verb": OUTCOME_VERBS, "life_verb": LIFE_VERBS,
    "toll": TOLLS, "toll_link": TOLL_LINKS, "link": LINKS,
    "person_noun": PERSON_NOUNS, "noun": COUNTED_NOUNS, "other_noun": COUNTED_NOUNS,
    "describer_word": DESCRIBERS, "modifier_noun": MODIFIER_NOUNS,
    "month": MONTHS, "name_word": NAME_WORDS, "unit": UNITS, "currency": CURRENCIES,
    "not_one": NOT_ONE,
}
# Tables matched exactly as written: "May" is a month, "may" a verb; "Article 51" names a law.
EXACT = ("month", "name_word", "currency")
