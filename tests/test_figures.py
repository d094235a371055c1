"""Figures: the numbers a news sentence reports about a happening, with what they count.

FORMAT: EXAMPLES = ((sentence, ((kind, value, text), ...)), ...): every figure the sentence
reports, in text order, and nothing else; NOT_FIGURES = (sentence that must yield no figure, ...).
Decisions (in parsers/lang/en_figures.py): a range's value is its low end and its qualifier
"between"; "another", "a further" and a trailing "more" are qualifiers; "500 missiles and drones"
is one figure of kind "missiles and drones"; a figure of one is kept only for what happened to
people.
"""
from __future__ import annotations

import dataclasses
import re

import pytest

from parsers.figures import find_figures, load_figures, read_number, trace_figures
from timeline.model import Figure

EXAMPLES = (
    # --- war --------------------------------------------------------------------------------
    ("Russia said Ukraine attacked Belgorod with missiles and rockets, killing at least 21 people "
     "and wounding dozens more, including 17 children.",
     (("killed", 21, "at least 21"), ("children", 17, "17"))),
    ("The strike on Saturday killed 24 civilians, including three children, and left 110 more injured.",
     (("killed", 24, "24"), ("children", 3, "three"), ("injured", 110, "110 more"))),
    ("Russian officials say their forces shot down 32 Ukrainian drones over the Moscow, Bryansk "
     "and Kursk regions.",
     (("drones", 32, "32"),)),
    ("Local officials said 21 including three children were killed in the shelling.",
     (("killed", 21, "21"), ("killed", 3, "three"))),
    ("A further 110 people were wounded in the strike, the governor said.",
     (("injured", 110, "A further 110"),)),
    ("Moscow blamed Kyiv, claiming 24 people were killed and over 100 others were injured.",
     (("killed", 24, "24"), ("injured", 100, "over 100"))),
    ("The barrage reportedly killed over 5o people and wounded another 170.",
     (("killed", 50, "over 5o"), ("injured", 170, "another 170"))),
    ("21 Russians, including 3 children, died in the attacks.",
     (("killed", 21, "21"), ("children", 3, "3"))),
    ("Russia launched six rocket attacks on the city overnight.",
     (("attacks", 6, "six"),)),
    ("At least two children and a foreign national were among those injured.",
     (("injured", 2, "At least two"),)),
    ("A man died and four other people were wounded when a drone hit a bus stop.",
     (("killed", 1, "A man"), ("injured", 4, "four"))),
    ("Russia fired 40 missiles and 10 Iranian-made Shahed drones at Kyiv.",
     (("missiles", 40, "40"), ("drones", 10, "10"))),
    ("Overnight Russia launched 500 missiles and drones, the air force said.",
     (("missiles and drones", 500, "500"),)),
    ("The attack killed 12 soldiers and wounded a further 30.",
     (("killed", 12, "12"), ("injured", 30, "a further 30"))),
    ("Two soldiers were killed and three others wounded in the ambush.",
     (("killed", 2, "Two"), ("injured", 3, "three"))),
    ("Up to 5,000 troops and 200 tanks have massed near the border.",
     (("troops", 5000, "Up to 5,000"), ("tanks", 200, "200"))),
    ("Israeli forces detained 18 Palestinians in overnight raids.",
     (("arrested", 18, "18"),)),
    ("Between 20 and 30 fighters were killed in the clashes.",
     (("killed", 20, "Between 20 and 30"),)),
    ("The death toll from Saturday's strike rose from 12 to at least 16.",
     (("killed", 16, "at least 16"),)),
    ("Kyiv Mayor Vitali Klitschko said the toll had risen to 39.",
     (("killed", 39, "39"),)),
    ("A 9-year-old boy was among those killed, the regional governor said.",
     (("killed", 1, "A 9-year-old"),)),
    ("Gunmen killed 7 people, including 2 children, on Dec. 30.",
     (("killed", 7, "7"), ("children", 2, "2"))),
    ("A man was killed 3 days after the ceasefire took effect.",
     (("killed", 1, "A man"),)),
    ("Nearly 160 drones and missiles were launched overnight.",
     (("drones and missiles", 160, "Nearly 160"),)),
    ("One person had been killed and another four hurt, officials said.",
     (("killed", 1, "One"), ("injured", 4, "another four"))),
    ("Three people were killed and 12 injured on Jan. 1.",
     (("killed", 3, "Three"), ("injured", 12, "12"))),
    ("Ukraine said it destroyed 14 Russian tanks and 2 helicopters.",
     (("tanks", 14, "14"), ("helicopters", 2, "2"))),
    ("The fighting has displaced about 120,000 people and killed more than 900.",
     (("displaced", 120000, "about 120,000"), ("killed", 900, "more than 900"))),
    ("Since 2014 soldiers have been stationed there, and 21 were killed last year.",
     (("killed", 21, "21"),)),
    ("In 2022 Russian troops crossed the border, and 3 villages were shelled.",
     (("villages", 3, "3"),)),
    ("Israel said 1,200 people were killed in the Oct. 7 attack and 240 were taken hostage.",
     (("killed", 1200, "1,200"), ("hostages", 240, "240"))),
    ("The hostages included 17 children and 40 women.",
     (("children", 17, "17"), ("women", 40, "40"))),
    ("Two thousand soldiers were deployed to the area.",
     (("soldiers", 2000, "Two thousand"),)),
    # --- floods, storms, earthquakes --------------------------------------------------------
    ("The flooding has displaced nearly 30,000 people, the U.N. said.",
     (("displaced", 30000, "nearly 30,000"),)),
    ("More than 2,000 people have been evacuated from low-lying areas.",
     (("evacuated", 2000, "More than 2,000"),)),
    ("Authorities ordered the evacuation of 12,000 residents as the river rose.",
     (("evacuated", 12000, "12,000"),)),
    ("The floods destroyed 2,000 homes and displaced 1.2 million people.",
     (("homes", 2000, "2,000"), ("displaced", 1200000, "1.2 million"))),
    ("Twenty-one people died and seven are missing after the landslide.",
     (("killed", 21, "Twenty-one"), ("missing", 7, "seven"))),
    ("The death toll from the earthquake climbed to 4,300 on Tuesday.",
     (("killed", 4300, "4,300"),)),
    ("The toll stood at 57, with dozens more missing.",
     (("killed", 57, "57"),)),
    ("The cyclone killed three people and left 5,000 homeless.",
     (("killed", 3, "three"), ("displaced", 5000, "5,000"))),
    ("Some 40 homes were destroyed and 120 houses damaged by the tornado.",
     (("homes", 40, "Some 40"), ("houses", 120, "120"))),
    ("Roughly 1.5 million people lost power and 200,000 customers were still without electricity on Sunday.",
     (("people", 1500000, "Roughly 1.5 million"), ("customers", 200000, "200,000"))),
    ("Emergency crews rescued 14 people from the rubble; 12 are still missing.",
     (("rescued", 14, "14"), ("missing", 12, "12"))),
    ("The storm has killed more than 1o0 people across the region.",
     (("killed", 100, "more than 1o0"),)),
    ("The quake injured about a dozen people in the capital.",
     (("injured", 12, "about a dozen"),)),
    ("Officials said two dozen buildings collapsed in the old town.",
     (("buildings", 24, "two dozen"),)),
    ("Aftershocks damaged 300 apartment buildings, the ministry said.",
     (("buildings", 300, "300"),)),
    ("Approximately 250 families were evacuated from the village.",
     (("evacuated", 250, "Approximately 250"),)),
    # --- fires ------------------------------------------------------------------------------
    ("The fire burned 12,000 acres and destroyed 300 buildings.",
     (("buildings", 300, "300"),)),
    ("Around 600 firefighters battled the blaze through the night.",
     (("firefighters", 600, "Around 600"),)),
    ("Five firefighters were hurt battling the blaze, which destroyed 15 vehicles.",
     (("injured", 5, "Five"), ("vehicles", 15, "15"))),
    ("The wildfire has claimed 12 lives and forced 8,000 residents to flee.",
     (("killed", 12, "12"), ("displaced", 8000, "8,000"))),
    ("21 lives were lost in the nightclub fire.",
     (("killed", 21, "21"),)),
    ("No fewer than 19 people have died in the heatwave.",
     (("killed", 19, "No fewer than 19"),)),
    # --- crashes ----------------------------------------------------------------------------
    ("The bus crash left 17 dead and 40 injured.",
     (("killed", 17, "17"), ("injured", 40, "40"))),
    ("The ferry was carrying 512 passengers; 43 remain unaccounted for.",
     (("passengers", 512, "512"), ("missing", 43, "43"))),
    ("All 132 people on board were killed when the jet crashed.",
     (("killed", 132, "132"),)),
    ("Almost 50 flights were cancelled after the crash closed the runway.",
     (("flights", 50, "Almost 50"),)),
    ("A woman died and a man was seriously injured when their car hit a tree.",
     (("killed", 1, "A woman"), ("injured", 1, "a man"))),
    ("The train derailment injured 85 passengers, 10 of them critically.",
     (("injured", 85, "85"),)),
    ("Only one person was injured in the collision.",
     (("injured", 1, "one"),)),
    ("Close to 70 migrants drowned when the boat capsized.",
     (("killed", 70, "Close to 70"),)),
    ("At least 6 people were killed and nearly 50 injured in the pile-up.",
     (("killed", 6, "At least 6"), ("injured", 50, "nearly 50"))),
    # --- protests ---------------------------------------------------------------------------
    ("Police arrested 45 protesters outside parliament on Saturday night.",
     (("arrested", 45, "45"),)),
    ("Police said 12 people were arrested and 3 officers injured.",
     (("arrested", 12, "12"), ("injured", 3, "3"))),
    ("Police detained more than 1,000 people in 40 cities.",
     (("arrested", 1000, "more than 1,000"), ("cities", 40, "40"))),
    ("As many as 300,000 demonstrators marched through the capital.",
     (("demonstrators", 300000, "As many as 300,000"),)),
    ("Security forces shot dead 14 protesters, rights groups said.",
     (("killed", 14, "14"),)),
    ("Roughly 20 to 30 people were hurt when police fired tear gas.",
     (("injured", 20, "Roughly 20 to 30"),)),
    ("Organizers said 20-30 buses brought supporters to the rally.",
     (("buses", 20, "20-30"),)),
    # --- epidemics --------------------------------------------------------------------------
    ("The outbreak has sickened 340 people and killed 12, health officials said.",
     (("infected", 340, "340"), ("killed", 12, "12"))),
    ("Health officials reported 1,200 new cases and 35 deaths in the past 24 hours.",
     (("cases", 1200, "1,200"), ("killed", 35, "35"))),
    ("Fourteen people were hospitalized after eating contaminated food.",
     (("hospitalized", 14, "Fourteen"),)),
    ("The number of cases rose to 2,400, and 80 patients remain in hospital.",
     (("cases", 2400, "2,400"), ("hospitalized", 80, "80"))),
    ("Cholera has killed 41 people and infected more than 2,000 since March.",
     (("killed", 41, "41"), ("infected", 2000, "more than 2,000"))),
    ("The virus has infected an estimated 1.5 million people.",
     (("infected", 1500000, "an estimated 1.5 million"),)),
    ("Fewer than 10 patients were admitted to hospital on Monday.",
     (("hospitalized", 10, "Fewer than 10"),)),
)

NOT_FIGURES = (
    # years and dates, also before a counted noun
    "The war began in 2022 and has killed thousands.",
    "Russia invaded Ukraine on Feb. 24, 2022, and the Dec. 30 strike hit Belgorod.",
    "On Dec. 30 drones struck Belgorod.",
    "On 30 December rockets hit the city.",
    "In 2022 Russian troops crossed the border.",
    # clock times, percentages, money
    "The attack happened at 10:30 a.m. local time, about 3 p.m. in Moscow.",
    "Inflation rose 5 percent, and 21% of residents said they were worried.",
    "The government pledged $5 million and 5 euros per person in aid.",
    "Poland signed a USD 200 million drones contract with Turkey.",
    "The wildfire was 20 percent contained by Tuesday evening.",
    # ages
    "The 52-year-old suspect, aged 52, was arrested near the border.",
    "Children aged 9 were among those injured.",
    "The 21-year-old driver was killed instantly.",
    # distances, measures, durations
    "The city lies 40 kilometres north of the border and 670 kilometres south of Moscow.",
    "The 18-hour barrage came 22 months after the invasion began; it lasted five days.",
    "The magnitude 7.8 earthquake struck at a depth of 10 km.",
    "A 2,000-year-old temple was damaged in the quake.",
    "Rescuers waited 3 hours before entering the building.",
    # ordinals, names, laws, phone numbers, scores, votes
    "It was the second attack this week and the 3rd this month.",
    "Ukraine's 47th Brigade and the 3rd Assault Brigade took part.",
    "Ukraine invoked Article 51 of the U.N. Charter.",
    "Flight 370 passengers' relatives are still waiting for answers.",
    "Route 66 residents were told to leave.",
    "Hurricane Otis made landfall as a Category 5 storm.",
    "The COVID-19 pandemic and the G7 summit dominated the news.",
    "Boeing 737 Max jets were grounded after the accident.",
    "For more information call 555-0199 or +44 20 7946 0958.",
    "Arsenal beat Chelsea 3-1 on Saturday.",
    "The bill passed by a vote of 219 to 212.",
    # vague amounts, "one" that counts nothing
    "Hundreds of people fled and dozens were injured.",
    "Tens of thousands of people marched in the capital.",
    "Dozens of homes were flooded.",
    "No one was injured in the blast.",
    "Not one soldier was hurt.",
    "One rocket killed no one.",
    "One of the drones hit an apartment block.",
    "The virus killed one in 10 patients.",
    "Rival gang members killed one another during the prison riot.",
    # numbers that count nothing news reports
    "The death toll is unclear.",
    "Apple added 500 jobs in Texas last year.",
    "The visitors scored twice in the second half to win 2-0.",
)


def _id(sentence: str) -> str:
    return sentence[:70]


@pytest.mark.parametrize("sentence, expected", EXAMPLES, ids=[_id(s) for s, _ in EXAMPLES])
def test_corpus_sentence_yields_exactly_its_figures(sentence, expected):
    found = trace_figures(sentence)
    got = tuple((f.kind, f.value, f.text) for f, _ in found)
    assert got == expected, f"rules: {[rule for _, rule in found]}"


@pytest.mark.parametrize("sentence", NOT_FIGURES, ids=[_id(s) for s in NOT_FIGURES])
def test_sentence_yields_no_figure(sentence):
    assert find_figures(sentence) == ()


def test_corpus_has_enough_sentences():
    assert len(EXAMPLES) >= 60 and len(NOT_FIGURES) >= 20


@pytest.mark.parametrize("sentence, _", EXAMPLES, ids=[_id(s) for s, _ in EXAMPLES])
def test_offsets_point_at_the_text_in_the_searched_string(sentence, _):
    prefix = "Earlier:\n  "  # offsets are into whatever string was searched
    for figure in find_figures(prefix + sentence):
        assert (prefix + sentence)[figure.start:figure.end] == figure.text
        assert figure.start >= len(prefix)


def test_figures_are_frozen_records_in_text_order():
    figures = find_figures("The blast killed 3 people and injured 12; 40 homes were destroyed.")
    assert all(isinstance(f, Figure) for f in figures)
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    assert figures[0] == Figure("killed", 3, "3", "", 17, 18)


def test_qualifier_is_kept_in_text_and_given_lower_case():
    (figure,) = find_figures("At Least 21 people were killed.")
    assert (figure.text, figure.qualifier) == ("At Least 21", "at least")
    qualifiers = [f.qualifier for f in find_figures(
        "Nearly 160 drones, about 40 missiles, around 12 shells, up to 5,000 troops and some 30 tanks.")]
    assert qualifiers == ["nearly", "about", "around", "up to", "some"]


def test_unqualified_figure_has_empty_qualifier():
    (figure,) = find_figures("The strike killed 24 civilians.")
    assert figure.qualifier == ""


def test_range_value_is_low_end_and_qualifier_between():
    a, b, c = find_figures("Between 20 and 30 people died, 20 to 30 were hurt and 40-50 homes burned.")
    assert (a.value, a.qualifier, a.text) == (20, "between", "Between 20 and 30")
    assert (b.value, b.qualifier, b.text) == (20, "between", "20 to 30")
    assert (c.kind, c.value, c.qualifier, c.text) == ("homes", 40, "between", "40-50")


def test_written_qualifier_wins_over_range_qualifier():
    (figure,) = find_figures("Roughly 20 to 30 people were hurt.")
    assert figure.qualifier == "roughly"


def test_rising_toll_is_the_new_number_not_a_range():
    (figure,) = find_figures("The toll rose from 12 to 21.")
    assert (figure.kind, figure.value, figure.qualifier) == ("killed", 21, "")


def test_additive_words_are_qualifiers():
    figures = find_figures("Wounding another 170, a further 30 were hurt and 110 more injured.")
    assert [(f.value, f.qualifier, f.text) for f in figures] == [
        (170, "another", "another 170"), (30, "a further", "a further 30"), (110, "more", "110 more")]


def test_verb_wins_over_noun():
    assert [f.kind for f in find_figures("21 people were killed.")] == ["killed"]
    assert [f.kind for f in find_figures("17 children were rescued.")] == ["rescued"]
    assert [f.kind for f in find_figures("17 children.")] == ["children"]


def test_thing_that_kills_is_counted_as_a_thing():
    # "two missiles killed three people": two counts missiles, three the dead
    assert [(f.kind, f.value) for f in find_figures("Two missiles killed three people.")] == [
        ("missiles", 2), ("killed", 3)]
    assert [(f.kind, f.value) for f in find_figures("One rocket killed three people.")] == [("killed", 3)]


def test_one_counts_only_what_happened_to_people():
    assert find_figures("One drone was shot down.") == ()
    assert [(f.kind, f.value) for f in find_figures("One to three drones were shot down.")] == [("drones", 1)]
    assert find_figures("A man said the drone was shot down.") == ()
    assert [(f.kind, f.value, f.text) for f in find_figures("A woman was arrested.")] == [
        ("arrested", 1, "A woman")]


@pytest.mark.parametrize("text, value", [
    ("2,000", 2000), ("1.2 million", 1200000), ("1.5 billion", 1500000000), ("three", 3),
    ("twenty-one", 21), ("Twenty one", 21), ("a dozen", 12), ("two dozen", 24),
    ("two hundred thousand", 200000), ("a hundred", 100), ("5o", 50), ("1o0", 100), ("2,ooo", 2000),
    ("300 thousand", 300000),
])
def test_number_forms_are_read(text, value):
    assert read_number(text) == value


def test_vague_plurals_are_skipped():
    assert find_figures("Dozens were killed, hundreds injured and thousands displaced.") == ()


@pytest.mark.parametrize("line", [
    pytest.param("1" * 200_000, id="digits"),
    pytest.param(("killed " * 30_000)[:200_000], id="killed"),
    pytest.param(("killed 1 " * 25_000)[:200_000], id="killed and a number"),
    pytest.param(("at least 2o people were killed, " * 7_000)[:200_000], id="one figure after another"),
])
def test_long_lines_return(line):
    # linear, no catastrophic backtracking: these return (timings live in benchmarks)
    assert isinstance(find_figures(line), tuple)


def test_patterns_are_compiled_once():
    assert load_figures("en") is load_figures("en")


def test_unknown_language_raises():
    with pytest.raises(ModuleNotFoundError):
        find_figures("21 people were killed.", language="xx")


def test_every_rule_gives_a_corpus_figure():
    used = {rule for sentence, _ in EXAMPLES for _, rule in trace_figures(sentence)}
    assert used == {name for name, _, _ in load_figures("en").lang.RULES}


def test_every_blocked_template_is_needed_by_the_corpus():
    # without any one blocked template, some sentence of the corpus yields a wrong figure
    lang = load_figures("en")
    sentences = [s for s, _ in EXAMPLES] + list(NOT_FIGURES)
    expected = [find_figures(s) for s in sentences]
    for template in lang.blocked:
        without = dataclasses.replace(lang, blocked=tuple(b for b in lang.blocked if b is not template))
        got = [tuple(f for f, _ in trace_figures(s, without)) for s in sentences]
        assert got != expected, f"blocked template {template.name!r} changes no corpus sentence"


def test_kinds_are_lower_case_and_plural_nouns_are_kinds():
    lang = load_figures("en").lang
    kinds = set(lang.OUTCOMES.values()) | set(lang.OUTCOME_VERBS.values()) | set(lang.TOLLS.values())
    assert kinds <= {"killed", "injured", "casualties", "missing", "evacuated", "arrested", "displaced",
                     "rescued", "hospitalized", "infected", "hostages", "cases"}
    assert set(lang.ONE_KINDS) <= kinds
    for kind in lang.COUNTED_NOUNS.values():
        assert kind == kind.lower() and kind in lang.COUNTED_NOUNS


def test_language_data_names_only_known_tables_and_fragments():
    lang = load_figures("en").lang
    names = set(lang.TABLES) | set(lang.PATTERNS) | {"figure"}
    templates = [t for _, t in lang.BLOCKED] + [t for _, t, _ in lang.RULES] + list(lang.PATTERNS.values())
    for template in templates:
        assert set(re.findall(r"\{([a-z_]+)\}", template)) <= names, template
    for _, template, kind in lang.RULES:
        assert isinstance(kind, str) or all(f"{{{g}}}" in template for g in kind)
