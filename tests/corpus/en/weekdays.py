"""A bare weekday in news is the most recent one, the publication day included; the future tense looks ahead."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# "last <weekday>" is the most recent one before the publication day; "next"/"this" + a future verb look ahead.

CASES = [
    ("2024-01-06", (  # a Saturday
        # a deadline, when no verb says which side of now it lies on, is the nearer such day
        ("The ministry set [Friday] as the deadline for bids.", "2024-01-05"),
        ("The ministry set [Monday] as the deadline for bids.", "2024-01-08"),
        ("Only 60% of holders had tendered their shares by [Friday]'s deadline.", "2024-01-05"),
        # what was planned lies ahead of the planning, on either side of now: the nearer day
        ("Exiles planned a large demonstration downtown on [Sunday].", "2024-01-07"),
        ("Organizers were planning a vigil outside the embassy on [Friday].", "2024-01-05"),
    )),
    ("2023-12-31", (  # a Sunday, the last day of the year, ISO week 2023-W52
        ("Ukrainian drones struck the city of Belgorod on [Saturday], the regional governor said.", "2023-12-30"),
        ("Shelling of the port city resumed [Sunday] after a brief lull, officials said.", "2023-12-31"),
        ("The central bank said [Friday] that inflation had slowed for a third straight month.", "2023-12-29"),
        ("A jury in Manhattan convicted the former executive on [Thursday] of wire fraud.", "2023-12-28"),
        ("The storm knocked out power to 200,000 homes on [Monday], the utility said.", "2023-12-25"),
        # a verb right after the date is what it dates, even one that looks ahead ("vowed to")
        ("The president [Saturday] vowed to hunt down those behind the bombing.", "2023-12-30"),
        ("On [Friday], the rebels planned to move the hostages across the border.", "2023-12-29"),
        ("In [Saturday]'s match, the visitors scored twice in the final ten minutes.", "2023-12-30"),
        # a date that opens its clause takes the tense of the verb that follows
        ("On [Tuesday], the union and the rail operator will return to the table.", "2024-01-02"),
        # a possessive weekday names what already happened, whatever the verb
        ("The opposition said it would appeal [Thursday]'s ruling.", "2023-12-28"),
        ("Health ministers will meet in Geneva on [Tuesday] to discuss the outbreak.", "2024-01-02"),
        # the publication day's own weekday is that day, ahead as behind: wire copy names the day
        # it is written on by its weekday ("will vote Sunday"), and a week on by "next Sunday"
        ("The runoff vote will be held on [Sunday], the electoral commission announced.", "2023-12-31"),
        ("The runoff vote will be held [next Sunday], the electoral commission announced.", "2024-01-07"),
        ("Parliament is expected to debate the budget on [Wednesday].", "2024-01-03"),
        # a modal governs its whole verb phrase, however long; a clock's colon ends no clause
        ("The central bank will hold its final policy meeting of the year on [Thursday].", "2024-01-04"),
        ("The court will announce its verdict at 14:00 local time (1300 GMT) on [Friday].", "2024-01-05"),
        # a participle after a verb of staying is no past tense; an adjourned or delayed thing lies ahead
        ("The border crossing will remain closed until [Tuesday], officials said.", "2024-01-02"),
        ("The trial was adjourned until [Thursday].", "2024-01-04"),
        ("The launch was delayed to [Friday] because of high winds.", "2024-01-05"),
        ("The company filed for bankruptcy protection [last Friday].", "2023-12-29"),
        ("Protesters have gathered outside the ministry every day since [last Sunday].", "2023-12-24"),
        ("The striking workers will return to their jobs [next Monday], the union said.", "2024-01-01"),
        ("The transport minister will unveil the new rail plan [this Friday].", "2024-01-05"),
        ("The fire broke out [early Saturday] in a four-story apartment building.", "2023-12-30"),
    )),
    ("2024-01-03", (  # a Wednesday, ISO week 2024-W01
        ("Rescue teams pulled two survivors from the rubble on [Tuesday].", "2024-01-02"),
        ("The earthquake struck the coast on [Monday], triggering tsunami warnings.", "2024-01-01"),
        ("Rebel fighters seized the border crossing on [Sunday], a military source said.", "2023-12-31"),
        ("The opposition leader was detained on [Thursday] and has not been seen since.", "2023-12-28"),
        ("The court is due to deliver its verdict on [Friday].", "2024-01-05"),
        ("Oil prices rose more than 3% on [Wednesday] after the attack on a tanker.", "2024-01-03"),
        ("The senator announced [last Wednesday] that she would not seek re-election.", "2023-12-27"),
        ("Lawmakers will return from their winter recess [next Tuesday].", "2024-01-09"),
        # the plural present of a timetable verb looks ahead; the same form after "did", or a noun, does not
        ("Finance ministers of the euro zone meet [Monday] in Brussels to discuss the bailout.", "2024-01-08"),
        ("Schools in the flooded districts reopen on [Thursday], the education ministry said.", "2024-01-04"),
        ("The two-day summit of Nordic leaders ends [Thursday] in Oslo.", "2024-01-04"),
        # a passive "is expected" looks ahead as "is expected to" does
        ("Heavy rain is expected on [Saturday] across the south of the country.", "2024-01-06"),
        # what takes place, gets under way or is released on a weekday is still to come
        ("The final round of the tournament gets under way on [Saturday] in Doha.", "2024-01-06"),
        ("Voters in the breakaway region go to the polls on [Sunday] to elect a new leader.", "2024-01-07"),
        ("The official inflation figures are released on [Friday].", "2024-01-05"),
        ("Polls close at [8 p.m. Sunday] and results are expected overnight.", "2024-01-07T20:00", "TIME"),
        ("The exhibition closes on [Sunday] after a record run.", "2024-01-07"),
        # a happening that "is on" a weekday is still to come
        ("The funeral is on [Friday] in his home village, the family said.", "2024-01-05"),
        # a weekday a happening "is" set for is still to come; a dead man "is" dead after a past one
        ("The deadline for bids is [Friday], the ministry said.", "2024-01-05"),
        ("Kickoff is at [7:45 p.m. Friday] at the national stadium.", "2024-01-05T19:45", "TIME"),
        ("A man is dead after a shooting [Saturday] outside a nightclub.", "2023-12-30"),
        ("Today is [Wednesday], the third day of the strike.", "2024-01-03"),
        # a weekday's happening is one already reported, unless the words before it wait for it
        ("Investors are waiting for [Friday]'s jobs report.", "2024-01-05"),
        ("Ahead of [Sunday]'s vote, the opposition held its biggest rally yet.", "2024-01-07"),
        ("Markets rallied after [Monday]'s rate decision.", "2024-01-01"),
        # "this" before a weekday: the one of the week under way, or the side the tense asks for
        ("The referendum is [this Saturday], the electoral board said.", "2024-01-06"),
        ("The ruling party lost a by-election [this Monday].", "2024-01-01"),
        ("Parliament reconvenes [this coming Monday].", "2024-01-08"),
        # "hit" after "will" or "to" is the base form, not the past
        ("The storm will hit the coast on [Friday], forecasters said.", "2024-01-05"),
        ("The typhoon is expected to hit the island on [Saturday].", "2024-01-06"),
        # web datelines with a short weekday
        ("Last updated [Tue, Jan 2, 2024] at 9:12 p.m.", "2024-01-02"),
        ("Published [Mon 1 Jan 2024] 10.00 GMT", "2024-01-01"),
        # a noun that is also a verb is no cue: the tax return was filed
        ("He filed his tax return [Monday], his lawyer said.", "2024-01-01"),
        ("The two delegations did not meet on [Tuesday] as planned.", "2024-01-02"),
        ("The government survived a no-confidence vote in parliament on [Tuesday].", "2024-01-02"),
        # the end of a range is not before its start
        ("Schools will be closed from Tuesday through [Friday] while the boilers are replaced.", "2024-01-12"),
    )),
    ("2024-03-01", (  # a Friday, the day after the leap day
        # "set sail", "set off": gone, and not ahead for a later verb that is ("is due")
        ("The aid ship set sail on [Tuesday] and is due off Gaza on Saturday.", "2024-02-27"),
        ("The convoy set off on [Wednesday] and is expected to reach Rafah within days.", "2024-02-28"),
        ("The flotilla will set sail on [Tuesday], organisers said.", "2024-03-05"),
        # ends of unlike precision are no range: December's figures were revised on Friday
        ("The agency made a small revision Friday to [December]'s figures.", "2023-12"),
        ("The talks will be held between Thursday and [Saturday] in Geneva.", "2024-03-09"),
        ("The ruling party won a narrow majority in [Thursday]'s parliamentary election.", "2024-02-29"),
        ("Heavy snow closed the mountain pass on [Thursday], stranding hundreds of drivers.", "2024-02-29"),
        ("Negotiators will meet again on [Monday] in Cairo, Egyptian officials said.", "2024-03-04"),
    )),
    ("2021-01-01", (  # a Friday, New Year's Day, still ISO week 2020-W53
        ("Fireworks were banned in several cities on [Thursday] because of the pandemic.", "2020-12-31"),
        ("The vaccine regulator approved a second shot on [Wednesday].", "2020-12-30"),
        ("The new border rules will come into force on [Monday].", "2021-01-04"),
    )),
    ("2024-03-14", (  # a Thursday
        # the present tense of a timetable looks ahead: "opens Friday", "travels to Kyiv on Tuesday"
        ("The ten-day film festival opens [Friday] in the old port.", "2024-03-15"),
        ("The foreign minister travels to Kyiv on [Tuesday], her office said.", "2024-03-19"),
        ("The museum reopened [Saturday] after two years of repairs.", "2024-03-09"),
        ("Parliament returns from its winter recess on [Monday].", "2024-03-18"),
        ("The book fair runs from [Friday] to Sunday in the old town hall.", "2024-03-15"),
        ("The prime minister leaves for Brussels on [Tuesday] for the summit.", "2024-03-19"),
        # and of a release: "premieres Friday", "go on sale Saturday"
        ("The drama's second season premieres [Friday] on the streaming service.", "2024-03-15"),
        ("Tickets for the stadium tour go on sale [Saturday] at 10 a.m.", "2024-03-16"),
        ("The new handset ships [Tuesday] in 40 countries.", "2024-03-19"),
        ("The final episode airs [Sunday night] on the public broadcaster.", "2024-03-17TNI", "TIME"),
        ("The documentary aired [Sunday night] on the public broadcaster.", "2024-03-10TNI", "TIME"),
        ("Effective [Friday], the new tariffs apply to all steel imports.", "2024-03-15"),
        ("Government funding runs out on [Saturday].", "2024-03-16"),
        ("The Games end on [Sunday] with the closing ceremony.", "2024-03-17"),
        ("The ruling is now expected on [Tuesday].", "2024-03-19"),
        ("The season came to an end on [Sunday].", "2024-03-10"),
        # an ordinal weekday of a named month is that day, as a feast on such a day is
        ("The Supreme Court opens its new term on [the first Monday in October].", "2024-10-07"),
        ("Parliament reconvenes on [the second Tuesday of April].", "2024-04-09"),
        ("The company was founded on [the last Friday of May 2019].", "2019-05-31"),
        # the plural noun is no timetable: the votes were counted
        ("The ruling party won 40% of the votes on [Sunday].", "2024-03-10"),
        # "through" a day with no verb that says when: a warning or an order in force up to it
        ("A flood warning is in effect through [Saturday] for the river valley.", "2024-03-16"),
        ("The evacuation order remains in place through [Sunday night].", "2024-03-17TNI", "TIME"),
        ("Protests went on through [Tuesday] despite the curfew.", "2024-03-12"),
        # an -ed word after "the" describes a noun and is no past verb
        ("The king will visit the affected areas on [Tuesday], the palace said.", "2024-03-19"),
        ("Aid convoys will reach the stranded villagers by [Saturday].", "2024-03-16"),
        # the second day of a pair takes the tense of the first, whose verb may stand too far off
        ("Hurricane Ida is forecast to make landfall in Louisiana late Sunday or [early Monday].", "2024-03-18"),
        ("Officials expect the river to crest at the bridge late Saturday or [early Sunday].", "2024-03-17"),
        ("The suspect appears in court on [Monday] charged with murder.", "2024-03-18"),
        ("The former minister goes on trial [Tuesday] in Paris.", "2024-03-19"),
        ("He appears to have fled the country on [Monday].", "2024-03-11"),
        ("The mayor, who leaves office on [Tuesday], vetoed the budget.", "2024-03-19"),
    )),
    ("2024-11-01", (  # a Friday
        # a possessive day that the clause looks ahead to is still to come
        ("[Tuesday]'s election will decide control of the Senate.", "2024-11-05"),
        ("[Monday]'s talks are expected to focus on prisoner swaps.", "2024-11-04"),
        ("The company will appeal [Thursday]'s ruling, its lawyers said.", "2024-10-31"),
        ("Thousands of supporters will gather at [Saturday]'s rally in the capital.", "2024-11-02"),
        ("Thousands of supporters attended [Saturday]'s rally in the capital.", "2024-10-26"),
        ("The foreign minister will attend [Saturday]'s sessions.", "2024-11-02"),
        ("Thousands are expected to join [Sunday]'s protests in the capital.", "2024-11-03"),
        # present-tense timetable verbs that are nouns too
        ("Moldova votes [Sunday] in a runoff seen as a test of its turn to the West.", "2024-11-03"),
        ("England play Serbia on [Sunday] in Gelsenkirchen.", "2024-11-03"),
        ("Officials counted votes [Sunday] in the disputed districts.", "2024-10-27"),
        ("The Supreme Court hears arguments [Tuesday] in the case.", "2024-11-05"),
        ("The final vote is on [Sunday], organizers said.", "2024-11-03"),
        # what is shut or open on a day, as notices say it
        ("The stock exchange is closed [Monday] for a public holiday.", "2024-11-04"),
        ("The border crossing is open on [Tuesday] for humanitarian cases only.", "2024-11-05"),
        ("Schools were closed [Monday] after the storm.", "2024-10-28"),
        # a deadline an order or a plea set lies after it, the nearer such day
        ("The embassy urged its citizens to leave the country by [Sunday].", "2024-11-03"),
        ("A judge ordered the company to pay the fine by [Monday].", "2024-11-04"),
        ("Regulators gave the company until [mid-November] to respond.", "2024-11"),
        ("The council gave residents until [Monday] to move their cars.", "2024-11-04"),
        ("The army had pushed the rebels out of the town by [Monday].", "2024-10-28"),
        # a day a thing is put off or moved to lies ahead, whatever the tense of the putting off
        ("The judge adjourned the trial until [Tuesday].", "2024-11-05"),
        ("Officials delayed the launch to [Saturday] because of high winds.", "2024-11-02"),
        ("SpaceX delays Starship launch to [Thursday]", "2024-11-07"),
        ("The court adjourned the case until [January].", "2025-01"),
        ("He delayed his trip to Paris on [Thursday].", "2024-10-31"),
        ("Unions called a nationwide strike for [Tuesday].", "2024-11-05"),
        ("The judge scheduled a hearing for [Monday].", "2024-11-04"),
        ("Protesters called for calm on [Thursday].", "2024-10-31"),
    )),
    ("2024-03-15", (  # a Friday
        # a headline's infinitive is its future ("Fed to announce"); not a preposition's "to"
        ("Fed to announce rate decision [Wednesday]", "2024-03-20"),
        ("PM to face MPs on [Wednesday] after Tuesday's defeat", "2024-03-20"),
        ("Rail strike to go ahead [Saturday], union says", "2024-03-16"),
        # and so in Title Case and in capitals
        ("Heatwave Expected to Peak on [Saturday]", "2024-03-16"),
        ("Ceasefire to Take Effect at [6 A.M. Sunday]", "2024-03-17T06:00", "TIME"),
        ("RAIL STRIKE TO GO AHEAD ON [SATURDAY]", "2024-03-16"),
        ("According to reports, the shelling hit the city centre on [Saturday].", "2024-03-09"),
        ("Veterans across the country held ceremonies to mark the anniversary on [Thursday].", "2024-03-14"),
        # "due" without its verb looks ahead, as "is due" does
        ("UK inflation data due [Wednesday]", "2024-03-20"),
        ("Results due on [Thursday] from the chipmaker", "2024-03-21"),
        ("The first instalment was due [Monday], but the government missed it.", "2024-03-11"),
        # "since" after a date dates another one
        ("[This Sunday]'s runoff is the first since 2017.", "2024-03-17"),
        ("The quake struck on Monday; by [Sunday], officials hope to have restored power.", "2024-03-17"),
        # a plan told in the past lies on either side of now: the nearer such day
        ("The crossing was due to reopen [Saturday], Egyptian officials said.", "2024-03-16"),
        ("The runoff was to take place on [Sunday] under the constitution.", "2024-03-17"),
        ("The talks were to resume on [Wednesday] in Doha.", "2024-03-13"),
        ("The vote had been scheduled for [Thursday] but was put off.", "2024-03-14"),
        ("The offer was scheduled to expire at [midnight Wednesday].", "2024-03-13T24:00", "TIME"),
        # days to come are listed in their order: the second after the first
        ("The court will hear arguments on Thursday and [Friday].", "2024-03-22"),
        ("Taiwan holds presidential and parliamentary elections on [Saturday].", "2024-03-16"),
        ("Lai, who is favoured to win [Saturday]'s vote, has vowed to keep the status quo.", "2024-03-16"),
        # "must" and "could" look ahead; "must have", "could not be reached" look back
        ("The Senate could vote on the package as early as next week or [Monday], aides said.", "2024-03-18"),
        ("Residents could return to their homes on [Tuesday], officials said.", "2024-03-19"),
        ("Lawmakers must pass a spending bill by [Friday] to avert a shutdown.", "2024-03-15"),
        ("Defendants must appear in court on [Wednesday] for arraignment.", "2024-03-20"),
        ("The suspect must have left the house on [Tuesday], detectives said.", "2024-03-12"),
        ("The governor could not be reached for comment on [Thursday].", "2024-03-14"),
        ("Relatives could be located on [Wednesday] in their hometown.", "2024-03-13"),
        ("The judge recessed the trial until [Tuesday] because a juror was ill.", "2024-03-19"),
        # a few quoted words inside a clause do not part the date from its verb, nor govern it
        ('Harris said she would concede "if I lose" on [Tuesday], but predicted victory.', "2024-03-19"),
        ('The governor said he would sign the measure "without delay" on [Monday].', "2024-03-18"),
        ('He said "we will win" on [Monday], days before the vote.', "2024-03-11"),
        # a vote called in the past, like one scheduled, lies on the nearer side of now
        ("A general strike was called for [Monday] by the unions.", "2024-03-18"),
        # a weekday of next or last week: that week's
        ("Biden will host the leaders at the White House on [Wednesday next week].", "2024-03-20"),
        ("The talks broke down on [Monday last week], a diplomat said.", "2024-03-04"),
        ("The vote is expected on [Thursday of next week].", "2024-03-21"),
    )),
    ("2024-03-12", (  # a Tuesday
        # British "Thursday week", "Monday fortnight", "a week on Friday": a week or two on from the
        # coming weekday (the publication day's own included, as "will meet Tuesday" reads it);
        # "a week last Wednesday" is a week before the last one, "a week tomorrow" a week on from tomorrow
        ("The vote on the bill will take place on [Thursday week].", "2024-03-21"),
        ("The committee will meet again on [Tuesday week] to consider the report.", "2024-03-19"),
        ("The minister is due to make a statement to MPs on [Monday fortnight].", "2024-04-01"),
        ("The inquiry resumes [a week on Friday], the chairman said.", "2024-03-22"),
        ("The show returns to television [a fortnight on Saturday].", "2024-03-30"),
        ("The Budget was delivered [a week last Wednesday].", "2024-02-28"),
        ("The verdict is expected [a week tomorrow], lawyers said.", "2024-03-20"),
        ("The shooting happened [a week ago today] outside a school in Croydon.", "2024-03-05"),
        # but "closed for a week from Monday" is a length that starts on Monday
        ("Schools will remain closed for a week from [Monday], the council said.", "2024-03-18"),
        ("The series returns to BBC One [two weeks on Saturday].", "2024-03-30"),
        ("The striker was banned for [two weeks] on Friday after the tackle.", "P2W", "DURATION"),
    )),
    ("2024-10-29", (  # a Tuesday
        # Indian reports write "Wednesday last" and "Monday next" for "last Wednesday", "next Monday"
        ("The Cabinet approved the proposal on [Wednesday last].", "2024-10-23"),
        ("The Supreme Court will hear the matter on [Monday next].", "2024-11-04"),
        # a past form after "a" or "the" is a noun: "a cut", "the hit show"
        ("The central bank is expected to announce a cut on [Thursday].", "2024-10-31"),
        # what is likely lies ahead: "Heavy rain is likely on Thursday"
        ("Heavy rain is likely on [Thursday], the weather office said.", "2024-10-31"),
        ("Temperatures are likely to fall sharply on [Sunday].", "2024-11-03"),
        ("Temperatures should reach 20C in London on [Sunday], forecasters said.", "2024-11-03"),
        ("Police should have acted on [Friday], the report found.", "2024-10-25"),
        # a weather warning is for the days ahead of its issuing
        ("The Met Office has issued a yellow warning for [Saturday].", "2024-11-02"),
        # so is a ban or an order in force for a day
        ("A total fire ban is in place for [Saturday] across Victoria.", "2024-11-02"),
        ("Evacuation orders are in effect for [Sunday] along the coast.", "2024-11-03"),
        # what is expected or set governs a long verb phrase, as "will" does
        ("Storm Ashley is expected to bring gusts of up to 80mph to western coasts on [Sunday].", "2024-11-03"),
        ("The chancellor is set to unveil a package of measures worth £2bn on [Thursday].", "2024-10-31"),
    )),
    ("2024-11-05", (  # a Tuesday
        # a past verb that opens a cue of moving a thing ahead is part of it: "brought forward to"
        ("The match was brought forward to [Saturday] because of the weather.", "2024-11-09"),
    )),
    ("2024-11-29", (  # a Friday
        # a forecast named by what it is of is the noun, not the verb that looks ahead
        ("Best Buy lowered its annual sales forecast on [Tuesday].", "2024-11-26"),
        ("The fund raised its inflation forecast on [Thursday], citing higher energy prices.", "2024-11-28"),
        # a weekday of the week named: that week's day, whatever the tense
        ("Broadcom reports results on [Wednesday next week].", "2024-12-04"),
        ("The talks will resume [Friday of next week], officials said.", "2024-12-06"),
        ("The shares were suspended on [Monday last week].", "2024-11-18"),
        # the plural of a timetable verb looks ahead as the singular does
        ("The new tariffs on steel take effect on [Sunday].", "2024-12-01"),
        ("The rules come into force on [Monday], the regulator said.", "2024-12-02"),
        # figures that are out on a day are published then
        ("The inflation figures for November are out on [Wednesday].", "2024-12-04"),
        # a company that reports results on a day has them set for it
        ("Salesforce reports third-quarter results after the bell on [Tuesday].", "2024-12-03"),
        # a closing set for a day lies ahead
        ("Japanese markets are closed for a public holiday on [Monday].", "2024-12-02"),
    )),
]
