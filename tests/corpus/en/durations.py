"""A length of time is a DURATION with an ISO 8601 period value, whatever the publication day."""
# FORMAT: PUBLISHED = "YYYY-MM-DD"; EXAMPLES = ((sentence with one [expression], TIMEX3 value, type), ...)
# The extent is the length only: "an [18-hour] bombardment", "for [two years]" (not "for").

PUBLISHED = "2023-12-31"  # a Sunday

EXAMPLES = (
    ("The city came under an [18-hour] bombardment, the heaviest since the war began.", "PT18H", "DURATION"),
    ("The former minister was jailed for [two years] for taking bribes.", "P2Y", "DURATION"),
    ("The festival lasted [three days] and drew more than 100,000 visitors.", "P3D", "DURATION"),
    ("The rebels agreed to a [24-hour] truce to allow aid convoys in.", "PT24H", "DURATION"),
    ("The plant will be shut for [six months] for repairs.", "P6M", "DURATION"),
    # seconds, the plural only; a decimal count is kept in the value
    ("The earthquake lasted about [40 seconds], witnesses said.", "PT40S", "DURATION"),
    ("The flight from the capital takes [2.5 hours].", "PT2.5H", "DURATION"),
    ("She won the 100 meters in [10.8 seconds].", "PT10.8S", "DURATION"),
    # units with no count, after a verb of taking or lasting, or endured
    ("Engineers say it will take [weeks] to restore power to the region.", "PXW", "DURATION"),
    ("The hearing lasted [hours], and the verdict came after dark.", "PTXH", "DURATION"),
    ("The country has endured [decades] of conflict.", "PXDE", "DURATION"),
    ("Hospitals have been overwhelmed over [the past fortnight].", "P2W", "DURATION"),
    # "over" is "more than" after "for", "in", "lasted", and alone at the start, but "across" after
    # what happens over the time, and then no part of the length
    ("The siege lasted [over a week] before troops stormed the compound.", "P1W", "DURATION"),
    ("It was the first rise in [over a decade].", "P10Y", "DURATION"),
    ("The hostages are to be released over [six weeks] in three phases.", "P6W", "DURATION"),
    ("The gunmen killed 166 people over [four days] in the city.", "P4D", "DURATION"),
    # "the past day" is the day up to now, as "the past 24 hours" is
    ("The army said it had struck more than 100 targets in [the past day].", "P1D", "DURATION"),
    ("Over [the last day], at least 40 people were killed, the ministry said.", "P1D", "DURATION"),
    ("The festival runs for [a fortnight] every August.", "P2W", "DURATION"),
    # a length given as a range of counts is one expression, valued by its lower count
    ("Shipments will resume within [two to three weeks], the company said.", "P2W", "DURATION"),
    ("Recovery could take [12-18 months], economists said.", "P12M", "DURATION"),
    # half of one unit
    ("Police arrived [half an hour] after the first call.", "PT30M", "DURATION"),
    ("The dam has held for [half a century].", "P50Y", "DURATION"),
    # a quarter, a half or three quarters of a century, with an article or "the past" before it
    ("The two clans have feuded for [a quarter of a century].", "P25Y", "DURATION"),
    ("The party has governed the province for [a quarter-century].", "P25Y", "DURATION"),
    ("Rainfall has declined steadily over [the last half-century].", "P50Y", "DURATION"),
    ("The theatre has stood empty for [three-quarters of a century].", "P75Y", "DURATION"),
    ("Prices doubled in [half a year].", "P6M", "DURATION"),
    # a count and a half before a unit, hyphenated as an adjective
    ("The jury returned its verdict after a [two-and-a-half-hour] deliberation.", "PT2H30M", "DURATION"),
    ("Passengers were stuck on the tarmac during a [3½-hour] delay.", "PT3H30M", "DURATION"),
    # "another week" is one more week; "another two years" is counted by its number
    ("Negotiators say the talks could drag on for [another week].", "P1W", "DURATION"),
    ("The former governor must serve [another year] before he can seek parole.", "P1Y", "DURATION"),
    # a stretch with no count before "later" or "after"; the extent is the unit, as for "a few days later"
    ("[Hours] later, rescuers pulled a girl from the rubble.", "PTXH", "DURATION"),
    # after a verb or its object: "posted online hours before the attack"
    ("The gunman had posted on social media [hours] before the attack.", "PTXH", "DURATION"),
    ("The pilot radioed the tower [minutes] before the crash.", "PTXM", "DURATION"),
    ("The alert was sent at 8.15pm, [hours] after the water began rising.", "PTXH", "DURATION"),
    ("The second bomb went off just [minutes] after the first.", "PTXM", "DURATION"),
    # a length in parts is one length
    ("Kipchoge won in [two hours, one minute and nine seconds].", "PT2H1M9S", "DURATION"),
    ("The standoff ended after [four hours and 10 minutes].", "PT4H10M", "DURATION"),
    ("He was sentenced to [five years and six months] in prison.", "P5Y6M", "DURATION"),
    ("Rescuers searched for [one week and three days], then gave up.", "P10D", "DURATION"),
    ("The striker will be out for another [three weeks] with a hamstring injury.", "P3W", "DURATION"),
    # "or so" after a length belongs to it
    ("The repairs will take [the next two years or so], the operator said.", "P2Y", "DURATION"),
    ("The family stayed in the shelter for [a month or so].", "P1M", "DURATION"),
    # "straight", "consecutive", "full" between the count and the unit belong to the length
    ("Inflation has fallen for [three straight months].", "P3M", "DURATION"),
    ("The carmaker has posted losses for [two consecutive quarters].", "P2Q", "DURATION"),
    ("Rescuers searched the rubble for [two full days].", "P2D", "DURATION"),
    ("The pope began a [10-day] tour of Africa.", "P10D", "DURATION"),
    ("After [two weeks] of talks, the negotiators reached a deal.", "P2W", "DURATION"),
    ("The striker signed a [three-year] contract with the club.", "P3Y", "DURATION"),
    ("Firefighters battled the blaze for [90 minutes] before it was contained.", "PT90M", "DURATION"),
    # decades and centuries count in years; half a unit goes into the next smaller one
    ("Unemployment is at its lowest for almost [two decades].", "P20Y", "DURATION"),
    ("The refugees have lived in the camps for [2 1/2 years].", "P2Y6M", "DURATION"),
    ("The talks lasted [five and a half hours], a spokesman said.", "PT5H30M", "DURATION"),
    # written numbers of tens and ones, hyphenated or not
    ("Rescuers worked for [twenty-four hours] without a break.", "PT24H", "DURATION"),
    ("The hostages were held for [thirty five days] in a mountain camp.", "P35D", "DURATION"),
    ("The cabinet met for [forty-five minutes] on the crisis.", "PT45M", "DURATION"),
    ("The rocket reached orbit [a minute and a half] after liftoff.", "PT1M30S", "DURATION"),
    # a unit with no number is a vague length: X stands for the count
    ("The town has been shelled for [months], residents said.", "PXM", "DURATION"),
    ("It was the first rain in [weeks], and farmers cheered.", "PXW", "DURATION"),
    ("The strike lasted [two and a half weeks].", "P17DT12H", "DURATION"),
    ("The dispute has dragged on for [two and a half decades].", "P25Y", "DURATION"),
    # "the past week and a half": one unit and a half after "the past", "the last", "the next"
    ("Storms have battered the west coast over [the past week and a half].", "P10DT12H", "DURATION"),
    ("House prices have fallen in [the last year and a half], the lender said.", "P1Y6M", "DURATION"),
    # "20-odd years": a rounded count is that count
    ("\"I've run this pub for [20-odd years],\" the landlord said.", "P20Y", "DURATION"),
    # "last" after "to" or a modal is the verb, not a modifier of the length
    ("The trial opens on Monday and is expected to last [six weeks].", "P6W", "DURATION"),
    ("The index closed at its highest level in [years].", "PXY", "DURATION"),
    ("After [months] of talks, the two sides signed a deal.", "PXM", "DURATION"),
    ("The resignation follows [weeks] of protests in the capital.", "PXW", "DURATION"),
    # "recent weeks" and "the coming months" point at the past and the future rather than measure
    ("Attacks on shipping have grown more frequent in [recent weeks].", "PAST_REF", "DATE"),
    ("Prices are expected to fall in the [coming months].", "FUTURE_REF", "DATE"),
    # hours, too: "the toll could rise in the coming hours"
    ("Officials said the death toll could rise in the [coming hours].", "FUTURE_REF", "DATE"),
    ("Shelling has eased in [recent hours], residents said.", "PAST_REF", "DATE"),
    ("A strike shut the exchange for [eight trading days].", "P8D", "DURATION"),
    ("Delegates emerged from a [day-long] meeting without a deal.", "P1D", "DURATION"),
    # hours and minutes stand after the time mark: PT1H, not P1TH
    ("The president gave an [hour-long] speech to parliament.", "PT1H", "DURATION"),
    ("Police ended an [hours-long] standoff at the bank.", "PTXH", "DURATION"),
    # and in one word, as AP writes them
    ("The [weeklong] trial ended in a hung jury.", "P1W", "DURATION"),
    ("The [yearlong] investigation ended without charges.", "P1Y", "DURATION"),
    ("The ruling capped a [yearslong] legal fight over the map.", "PXY", "DURATION"),
    ("The ruling ends a [decades-long] dispute over the border.", "PXDE", "DURATION"),
    # one decade or century is counted in years, as "a decade" is
    ("The dancer retired after a [decade-long] career with the company.", "P10Y", "DURATION"),
    ("The derby renews a [century-long] rivalry between the two clubs.", "P100Y", "DURATION"),
    # a second counts as a length only as a hyphenated adjective: "a 30-second advert"
    ("A [30-second] advert during the final cost $7 million.", "PT30S", "DURATION"),
    ("The video shows a [10-second] clip of the launch.", "PT10S", "DURATION"),
    # "the past decade" counts ten years back; "the last century" is the calendar one before
    ("Unemployment has halved over [the past decade].", "P10Y", "DURATION"),
    ("The chain returned to profit after [several quarters] of losses.", "PXQ", "DURATION"),
    ("The lender has cut costs in each of [the past three quarters].", "P3Q", "DURATION"),
    # "the trailing 12 months", as financial reports count back
    ("Revenue over [the trailing 12 months] reached $1 billion.", "P12M", "DURATION"),
    ("The shrine has drawn pilgrims for [centuries].", "PXCE", "DURATION"),
    ("Aid workers fear the camp could run out of water within [weeks].", "PXW", "DURATION"),
    # hours and minutes with no count are of the time of day: PTXH
    ("Within [hours], the video had been shared a million times.", "PTXH", "DURATION"),
    ("Protesters blocked the road for [hours] on Monday.", "PTXH", "DURATION"),
    ("The fire was put out within [minutes].", "PTXM", "DURATION"),
    ("Over [the years], the club has sold its best players.", "PXY", "DURATION"),
    ("The airport will stay closed for [a while], officials said.", "PXX", "DURATION"),
    ("The lease runs for [at least 20 more years].", "P20Y", "DURATION"),
    ("The contract can be extended for [an additional year].", "P1Y", "DURATION"),
    ("The family has farmed the valley for [two hundred years].", "P200Y", "DURATION"),
    # "as long as a month" is a length; "$2 million a year" and "three flights a week" are rates
    ("Repairs could take as long as [a month], engineers said.", "P1M", "DURATION"),
    # minutes "to" a number are a walk, not a clock
    ("Residents walked [20 minutes] to one of the shelters.", "PT20M", "DURATION"),
)
