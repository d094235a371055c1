"""Stage 4: sentences with resolved dates become event mentions; undated ones may inherit."""
import datetime as dt

from parsers.attribution import attributions
from parsers.events import extract_events
from parsers.resolve import resolve_all
from parsers.sentences import split_sentences
from parsers.timexes import find_times
from timeline.model import Article, DatedBy
from timeline.settings import Settings


def extracted(text, published="2023-12-31", **settings):
    art = Article("a1", text, dt.date.fromisoformat(published))
    timexes = resolve_all(find_times(text, art.id), art.published)
    sentences = split_sentences(text, art.id)
    return extract_events(art, sentences, timexes, Settings(**settings), attributions([s.text for s in sentences]))


def mentions(text, published="2023-12-31", **settings):
    return extracted(text, published, **settings).mentions


def test_a_dated_sentence_is_a_mention_with_its_date_and_expression():
    text = "Floods hit the coastal town of Ridgeport on Saturday, officials said."
    [m] = mentions(text)
    assert (m.date.value, m.dated_by, m.date_text) == ("2023-12-30", DatedBy.RELATIVE, "Saturday")
    assert m.sentence.text == text and text[m.date_start:m.date_end] == "Saturday"


def test_named_calendar_days_are_explicit():
    [m] = mentions("The court ruled on Dec. 29 that the law was void.", "2024-01-03")
    assert (m.date.value, m.dated_by) == ("2023-12-29", DatedBy.EXPLICIT)


def test_two_dates_in_one_sentence_give_two_mentions():
    text = "The ministry commented on a Dec. 30 strike, saying at a briefing on Jan. 3 that it was unlawful."
    found = mentions(text, "2024-01-04")
    assert [m.date.value for m in found] == ["2023-12-30", "2024-01-03"]
    assert all(m.sentence.text == text for m in found)


def test_a_clause_that_only_says_when_it_was_said_is_no_happening():
    text = "At least five people died in yesterday's explosion at the plant, police said this afternoon."
    [m] = mentions(text, "2024-12-31")
    assert (m.date.value, m.date_text, m.cited) == ("2024-12-30", "yesterday", True)
    assert m.attribution == "police"


def test_a_length_of_time_then_later_moves_the_story_day():
    def shifted(text):
        return [(m.date_text, m.date.value) for m in mentions(text, "2024-01-02") if m.dated_by is not DatedBy.INHERITED]
    assert shifted("The dam gave way on Saturday, officials said. Two days later the river burst its banks "
                   "again. Three months later, the village was rebuilt.") == [
        ("Saturday", "2023-12-30"), ("Two days later", "2024-01-01"), ("Three months later", "2024-04")]
    # and "the next day" after it counts from the day it moved the story to
    assert shifted("Police arrested him on Dec. 3. Three days later he was released on bail. The next day "
                   "he fled the country.") == [
        ("Dec. 3", "2023-12-03"), ("Three days later", "2023-12-06"), ("The next day", "2023-12-07")]
    # "a day earlier" is read from the story's day, not from the publication day
    assert shifted("The dam gave way on Saturday. A day earlier, rain had filled the reservoir.") == [
        ("Saturday", "2023-12-30"), ("A day earlier", "2023-12-29")]
    # with no story day to read from, the expression keeps its reading against the publication day
    assert shifted("A day earlier, rain had filled the reservoir.") == [("A day earlier", "2024-01-01")]


def test_following_sentences_inherit_the_story_time_within_the_window():
    text = ("A fire broke out at the Lakeside depot on Friday night. Crews fought it for hours. "
            "Three workers were hurt. The depot had been inspected in March. Nobody was arrested.")
    found = mentions(text, "2024-01-06")
    assert [(m.sentence.text, m.date.value, m.dated_by) for m in found] == [
        ("A fire broke out at the Lakeside depot on Friday night.", "2024-01-05TNI", DatedBy.RELATIVE),
        ("Crews fought it for hours.", "2024-01-05TNI", DatedBy.INHERITED),
        ("Three workers were hurt.", "2024-01-05TNI", DatedBy.INHERITED),
        ("The depot had been inspected in March.", "2023-03", DatedBy.EXPLICIT),
        # a month is no moment of the narrative, and Friday night is three sentences back
    ]
    assert found[1].date_text == "Friday night"


def test_headlines_and_boilerplate_do_not_inherit():
    text = "Protesters marched in Lima on Sunday.\nJoin our channel for the latest news"
    assert [m.sentence.text for m in mentions(text)] == ["Protesters marched in Lima on Sunday."]


def test_dateline_is_metadata_not_an_event():
    text = "date 2023-12-31 Storm batters the coast. The storm hit on Saturday."
    art = Article("a1", text, dt.date(2023, 12, 31), dateline=(0, 15))
    timexes = resolve_all(find_times(text, art.id), art.published)
    found = extract_events(art, split_sentences(text, art.id), timexes, Settings()).mentions
    assert [m.date.value for m in found] == ["2023-12-30"]


def test_a_bound_dates_the_sentence_only_when_nothing_else_does():
    found = mentions("Crews worked on Saturday and will keep clearing the road until tomorrow.")
    assert [m.date.value for m in found] == ["2023-12-30"]
    found = mentions("The curfew stays in force until Tuesday.")
    assert [m.date.value for m in found] == ["2024-01-02"]


def _by_clause(found):
    return {m.clause_text: (m.date.value, m.dated_by, m.cited) for m in found}


def test_a_relation_to_another_happening_dates_it_from_the_sentence_date():
    text = ("A day after a landslide buried the mountain road, rescuers reached the village of Keld "
            "on Sunday, the regional governor said.")
    found = _by_clause(mentions(text, "2024-03-11"))
    assert found["a landslide buried the mountain road"] == ("2024-03-09", DatedBy.RELATION, True)
    assert found["rescuers reached the village of Keld on Sunday, the regional governor said."][0] == "2024-03-10"


def test_a_trailing_relation_keeps_what_the_other_happening_did():
    text = ("The Jan. 5 walkout took place two days after management announced 300 job cuts, "
            "angering the unions.")
    found = _by_clause(mentions(text, "2024-01-08"))
    assert found == {"The Jan. 5 walkout took place": ("2024-01-05", DatedBy.EXPLICIT, True),
                     "management announced 300 job cuts, angering the unions.": ("2024-01-03", DatedBy.RELATION, True)}


def test_a_day_counted_from_a_date_alone_is_no_happening_of_its_own():
    # the date is only where the count starts; the happening the sentence tells is on the counted day
    found = _by_clause(mentions("Two days after Jan. 6, the troops withdrew from the city.", "2024-01-20"))
    assert found == {"the troops withdrew from the city.": ("2024-01-08", DatedBy.RELATION, True)}
    found = _by_clause(mentions("The vote came three days before Election Day, officials said.", "2024-11-20"))
    assert found == {"The vote came": ("2024-11-02", DatedBy.RELATION, True)}
    [m] = mentions("Rebels stormed the airport the day after Christmas.", "2024-12-28")
    assert m.date.value == "2024-12-26"
    # a dated happening in the other clause still tells its own day
    found = _by_clause(mentions("The attack came a day after the Dec. 29 barrage.", "2024-01-02"))
    assert found == {"The attack came": ("2023-12-30", DatedBy.RELATION, True),
                     "the Dec. 29 barrage.": ("2023-12-29", DatedBy.EXPLICIT, True)}


def test_a_fortnight_counts_two_weeks_in_a_relation_and_in_a_shift():
    found = _by_clause(mentions("The troops withdrew a fortnight after the Dec. 29 barrage.", "2024-01-20"))
    assert found["The troops withdrew"] == ("2024-01-12", DatedBy.RELATION, True)
    found = _by_clause(mentions("Rebels took the town on Jan. 2. A fortnight later, the army returned.", "2024-01-20"))
    assert found["A fortnight later, the army returned."][0] == "2024-01-16"


def test_years_counted_back_from_the_story_date_the_sentence_before_the_story():
    found = _by_clause(mentions("The dam burst in March 2019. Two years earlier, engineers had warned of cracks.",
                                "2024-01-20"))
    assert found["Two years earlier, engineers had warned of cracks."][0] == "2017"


def test_an_undated_relation_is_left_to_the_collection_with_the_story_day_as_fallback():
    text = ("Flood waters breached the levee at Arno on Saturday. "
            "The evacuation began hours after the levee failed.")
    got = extracted(text, "2024-05-05")
    [pending] = got.pending
    assert pending.text == "hours after"
    assert pending.sentence.text[pending.anchor[0] - pending.sentence.start:pending.anchor[1] - pending.sentence.start] \
        == "the levee failed."
    assert (pending.fallback.date.value, pending.fallback.dated_by, pending.fallback.cited) == \
        ("2024-05-04", DatedBy.INHERITED, False)


def test_a_since_phrase_dates_its_own_happening_and_leaves_the_rest_to_the_story():
    text = ("Storms flooded the port of Varna on Monday. "
            "Damage ran to millions, making it the worst storm since the city was founded in 1878.")
    found = {m.dated_by: m for m in mentions(text, "2024-02-07")}
    since = next(m for m in mentions(text, "2024-02-07") if m.date.value == "1878")
    assert since.clause_text == "since the city was founded in 1878"
    rest = found[DatedBy.INHERITED]
    assert (rest.date.value, rest.cited) == ("2024-02-05", False)
    assert rest.clause_text.startswith("Damage ran to millions")


def test_a_statement_without_a_date_takes_the_day_its_article_reports_on():
    text = ("Police arrested two men after a bank robbery in Graz on Friday. "
            "The suspects were driving a stolen car. "
            "The getaway driver, a local man, was known to police. "
            "\"We will find the third man,\" the city's police chief said.")
    found = mentions(text, "2024-06-09")
    said = [m for m in found if m.dated_by is DatedBy.REPORTED]
    assert [(m.date.value, m.attribution) for m in said] == [("2024-06-07", "city's police chief")]


def test_mentions_carry_their_clause_figures_and_who_says_so():
    text = ("A day after the earthquake killed 12 people, officials said on Tuesday that 340 homes "
            "had been evacuated in Kars.")
    found = {m.dated_by: m for m in mentions(text, "2024-04-04")}
    quake = found[DatedBy.RELATION]
    assert quake.date.value == "2024-04-01"
    assert [(f.kind, f.value) for f in quake.figures] == [("killed", 12)]
    main = found[DatedBy.RELATIVE]
    assert main.date.value == "2024-04-02"
    assert all(f.value != 12 for f in main.figures)
    assert main.attribution == "officials"


def test_a_wire_dateline_is_not_the_date_of_the_story():
    from parsers.articles import find_wire_dateline
    text = "VARNA, March 18 (Coastal Wire) - Fishermen blocked the harbour on Wednesday."
    span = find_wire_dateline(text)
    art = Article("a1", text, dt.date(2024, 3, 18), dateline=span)
    timexes = resolve_all(find_times(text, art.id), art.published)
    found = extract_events(art, split_sentences(text, art.id), timexes, Settings()).mentions
    assert [m.date.value for m in found] == ["2024-03-13"]


def test_a_relation_is_dated_through_the_other_article_that_dates_its_happening():
    from timeline.pipeline import build
    first = Article("wire", "Russia launched a barrage of 122 missiles at Kyiv on Friday, officials said.",
                    dt.date(2023, 12, 30))
    second = Article("daily", "The attack on Belgorod came a day after Russia launched its barrage of missiles at Kyiv.",
                     dt.date(2024, 1, 2))
    chron = build([first, second], Settings(quiet=True))
    [event] = chron.events  # the attack clause alone is not cited: it tells nothing dated of its own
    assert event.date.value == "2023-12-29" and event.sources == ("wire", "daily")
    barrage = next(m for m in event.mentions if m.article_id == "daily")
    assert barrage.clause_text == "Russia launched its barrage of missiles at Kyiv."
    assert (barrage.dated_by, barrage.dated_from) == (DatedBy.RELATION, ("wire", 0))


def test_a_relation_after_a_comma_that_ends_the_sentence_trails_its_main_clause():
    text = ("Transport Minister Katarina Holm resigned late Monday, six days after the National Audit "
            "Office said the contract had been tailored to a single bidder.")
    found = {m.dated_by: m for m in mentions(text, "2021-03-09")}
    assert found[DatedBy.RELATIVE].clause_text == "Transport Minister Katarina Holm resigned late Monday"
    assert found[DatedBy.RELATIVE].date.value == "2021-03-08"
    audit = found[DatedBy.RELATION]
    assert audit.date.value == "2021-03-02" and audit.clause_text.startswith("the National Audit Office said")


def test_a_length_of_time_before_something_is_no_relation():
    text = ("Police detained three people on Thursday. "
            "The three can be held for 48 hours before prosecutors must charge them.")
    got = extracted(text, "2021-03-11")
    assert got.pending == ()
    assert {m.dated_by for m in got.mentions} == {DatedBy.RELATIVE, DatedBy.INHERITED}


def test_a_day_still_to_come_sets_no_story_time():
    text = ("Police raided the ministry on Thursday. "
            "Separately, the court is due to rule on Friday on a complaint by a rival bidder. "
            "The minister told reporters he welcomed the investigation.")
    found = mentions(text, "2021-03-11")
    ruling = next(m for m in found if m.date_text == "Friday")
    assert ruling.date.value == "2021-03-12"
    last = next(m for m in found if m.sentence.text.startswith("The minister"))
    assert (last.date.value, last.dated_by) == ("2021-03-11", DatedBy.INHERITED)
    assert last.date_text == "Thursday"


def test_a_statement_of_what_is_to_come_after_a_sentence_about_the_past_is_dated_to_the_report_day():
    text = ("Parliament's environment committee on Monday opened hearings into the dam failure. "
            "The dam gave way nine days ago, killing 13 people. "
            "The committee will summon the head of the dam inspectorate, chairman Pavel Hodan said. "
            "Rescuers pulled bodies from the mud.")
    found = {m.sentence.text.split()[1]: m for m in mentions(text, "2019-10-07")}
    assert found["committee"].date.value == "2019-10-07"
    assert (found["committee"].dated_by, found["committee"].attribution) == (DatedBy.REPORTED, "chairman Pavel Hodan")
    # a sentence that is no statement goes on with the story's day
    assert (found["pulled"].date.value, found["pulled"].dated_by) == ("2019-09-28", DatedBy.INHERITED)
    # nor does a statement about that past day
    past = mentions("The dam gave way nine days ago, killing 13 people. "
                    "The operator blamed the rain for the failure, its spokesman said.", "2019-10-07")
    assert [(m.date.value, m.dated_by) for m in past] == [("2019-09-28", DatedBy.RELATIVE), ("2019-09-28", DatedBy.INHERITED)]


def test_a_story_shift_past_the_ends_of_the_calendar_stops_at_them():
    def shifted(text, published):
        return [(m.date_text, m.date.value) for m in mentions(text, published) if m.dated_by is not DatedBy.INHERITED]
    # what is told comes before (or after) all the rest, not on the story's day
    assert shifted("The dam held on Saturday. 2.5 centuries earlier, a fort stood here.", "0005-01-09")[1:] == [
        ("2.5 centuries earlier", "0001")]
    assert shifted("The dam held on Saturday. Three months later, the town was rebuilt.", "9999-12-31")[1:] == [
        ("Three months later", "9999-12")]
    assert shifted("The dam broke on Dec. 30. Two days later the river burst its banks.", "9999-12-31")[1:] == [
        ("Two days later", "9999-12-31")]
    assert shifted("The dam broke on Jan. 1. A day earlier, rain had filled the reservoir.", "0001-01-03") == [
        ("Jan. 1", "0001-01-01"), ("A day earlier", "0001-01-01")]


def test_the_report_day_of_an_article_on_the_first_days_of_the_calendar_reaches_no_further():
    found = extracted("Floods hit Ridgeport on Monday. The mayor said the water was falling.", "0001-01-02")
    assert found.report_day == dt.date(1, 1, 1)
