"""In a quotation, today/tomorrow/yesterday count from the day the words were said (undated: publication day)."""
# FORMAT: CASES = [(published "YYYY-MM-DD", ((sentence with one [expression], TIMEX3 value[, type]), ...)), ...]
# The speech date comes from the attribution ("the mayor said on Saturday", "in a statement on Dec. 29"),
# before or after the quotation; without one, the reference is the publication day.

CASES = [
    ("2024-01-01", (  # a Monday; Saturday = 2023-12-30, Sunday = 2023-12-31
        ('The mayor said on Saturday: "Crews will work until [tomorrow]."', "2023-12-31"),
        ('"We expect power to be restored [today]," the utility said on Sunday.', "2023-12-31"),
        ('"The shelling started [yesterday]," a resident told reporters on Saturday.', "2023-12-29"),
        # "by phone", "from Rafah" between the verb and the day
        ('"They hit the bakery [yesterday]," he told Reuters by phone on Saturday.', "2023-12-29"),
        ('"[Yesterday] we fled the camp," she said by telephone from Rafah on Saturday.', "2023-12-29"),
        ('In a statement on Dec. 29, the ministry said: "The border will reopen [tomorrow]."', "2023-12-30"),
        ('"[Tonight] we say goodbye to a difficult year," the president said in an address on Sunday.',
         "2023-12-31TNI"),
        ('A spokesman said: "The talks will resume [tomorrow]."', "2024-01-02"),
        ('"Everything is closed [today]," said a shopkeeper in the old town.', "2024-01-01"),
        # words said to a court, a named outlet or posted online are dated by the saying too
        ('"[Yesterday] was the worst day of my life," she told the court on Saturday.', "2023-12-29"),
        ('"We will announce our decision [tomorrow]," the minister told the BBC on Saturday.', "2023-12-31"),
        ('"The airport reopens [tomorrow]," the governor wrote on X on Saturday.', "2023-12-31"),
        ('"We will meet again [tomorrow]," he told The Associated Press on Saturday.', "2023-12-31"),
        # a date that names the statement itself: "in a Dec. 29 interview", "at a Saturday news conference"
        ('In a Dec. 29 interview, the minister said: "Talks resume [tomorrow]."', "2023-12-30"),
        ('At a Saturday news conference, the governor said: "Roads will reopen [tomorrow]."', "2023-12-31"),
        # "spoke to reporters on Saturday", "Speaking on Saturday" date the words that follow
        ('The mayor spoke to reporters on Saturday. "Crews will finish the job [tomorrow]," she said.', "2023-12-31"),
        ('Speaking on Saturday, the governor said: "The roads reopen [tomorrow]."', "2023-12-31"),
        ('In remarks on Saturday, the minister said: "We will announce the plan [tomorrow]."', "2023-12-31"),
        ('According to a statement issued on Saturday, "the border reopens [tomorrow]".', "2023-12-31"),
    )),
    ("2024-03-01", (  # a Friday; Wednesday = 2024-02-28, Thursday = the leap day
        ('"The pass will reopen [tomorrow]," the park service said on Wednesday.', "2024-02-29"),
        ('The coach said on Thursday: "We train [today], and then we rest."', "2024-02-29"),
        ('"Voting ends [tomorrow]," an election official said.', "2024-03-02"),
        # a quotation opening after the date has its own verbs, which do not date it
        ("The spokeswoman on [Thursday] ``We will respond to the report in due course.''", "2024-02-29"),
        # what a dated statement reports as done was done by the day it was made, not after it
        ("The ferry sank on [Friday], coast guard officials said on Wednesday.", "2024-02-23"),
        ("The ministry said on Tuesday that the convoy had crossed the border [Thursday].", "2024-02-22"),
        # what it says is to come is counted ahead from the day it was said
        ("The minister said on Wednesday she would meet the envoy again on [Friday].", "2024-03-01"),
        ("The electoral board said Wednesday the count would end [Thursday].", "2024-02-29"),
        ("The company told staff on Monday that the plant would close on [Wednesday].", "2024-02-28"),
        ("The club told fans on Tuesday that the match would go ahead on [Thursday].", "2024-02-29"),
        # the date between the speaker and the verb dates the saying too
        ("Election officials on Monday said the count would end on [Wednesday].", "2024-02-28"),
        ("The company Tuesday said it would pay the fine by [Thursday].", "2024-02-29"),
        # a semicolon ends what a statement reports
        ("Rebels said Monday they would free the hostages; the army retook the town on [Thursday].", "2024-02-29"),
        ("The ministry said Monday the bill was likely to pass on [Wednesday].", "2024-02-28"),
        # a date after "that" opens the reported clause: its own verb dates it, not the saying
        ("The forecaster said Wednesday that [Saturday] would be the coldest day.", "2024-03-02"),
        ('"We are ready to strike beyond [Sunday]," a union leader said on Wednesday.', "2024-03-03"),
        # the day named as the happening's own keeps the publication day's reading
        ("Officials said Monday that [Thursday]'s vote had been called off.", "2024-02-29"),
        # a reporting verb after a comma is a participle, no dated statement: the day is news's own
        ("The curfew, announced on Feb. 20, was lifted [Thursday].", "2024-02-29"),
        ("The state of emergency, declared on Feb. 14, ends [Sunday].", "2024-03-03"),
    )),
    ("2023-12-31", (  # a Sunday; Friday = 2023-12-29, Saturday = 2023-12-30
        ('Police said Friday: "The suspect was arrested [yesterday] at the airport."', "2023-12-28"),
        ('"The storm will reach the coast [tomorrow]," forecasters warned on Saturday.', "2023-12-31"),
        ('"[Today] we showed real character," the captain said after Saturday\'s match.', "2023-12-30"),
    )),
    ("2024-06-07", (  # a Friday
        # a bare month or quarter in what a dated statement reports is read from the statement's date,
        # a day's or a month's: ahead of it for what was to come, before it for what was done
        ("The company announced in January that the plant would close in [March].", "2024-03"),
        ("The minister said on Jan. 15 that the mine would reopen in [April].", "2024-04"),
        ("The CEO told investors in November that results would improve in [the first quarter].", "2024-Q1"),
        ("The company announced in January that the plant had closed in [March].", "2023-03"),
        ("The minister said Tuesday that exports rose in [May].", "2024-05"),
    )),
]
