"""Stage 5: mentions of one happening on one date merge across articles; dates never mix."""
import datetime as dt

from parsers.events import extract_events
from parsers.resolve import resolve_all
from parsers.sentences import split_sentences
from parsers.timexes import find_times
from timeline.merge import make_title, merge
from timeline.model import Article
from timeline.settings import Settings


def mentions_of(*articles):
    out = []
    for art in articles:
        timexes = resolve_all(find_times(art.text, art.id), art.published)
        out.extend(extract_events(art, split_sentences(art.text, art.id), timexes, Settings()).mentions)
    return tuple(out)


A = Article("wire", "An earthquake of magnitude 6.1 struck the city of Izmir on Tuesday, killing 12 people. "
            "Rescuers pulled survivors from collapsed buildings.", dt.date(2024, 3, 6))
B = Article("daily", "Rescue teams searched the rubble in Izmir after Tuesday's earthquake killed 12 people. "
            "Parliament approved the budget on Monday.", dt.date(2024, 3, 7))
C = Article("weekly", "The Izmir earthquake on March 5 left 14 people dead, officials said on Thursday.",
            dt.date(2024, 3, 9))


def test_same_happening_same_date_merges_across_articles():
    events = merge(mentions_of(A, B, C), Settings())
    quake = [e for e in events if e.date.value == "2024-03-05" and len(e.sources) > 1]
    assert len(quake) == 1
    assert set(quake[0].sources) == {"wire", "daily", "weekly"}
    texts = [m.sentence.text for m in quake[0].mentions]
    assert "Rescue teams searched the rubble in Izmir after Tuesday's earthquake killed 12 people." in texts


def test_different_dates_never_merge_and_order_is_chronological():
    events = merge(mentions_of(A, B, C), Settings())
    values = [e.date.value for e in events]
    assert values == sorted(values)
    assert "2024-03-04" in values  # the budget vote
    # "..., officials said on Thursday" only reports the quake: no event of its own
    assert "2024-03-07" not in values
    for e in events:
        assert len({m.date.start for m in e.mentions}) == 1


def test_a_part_of_the_day_joins_its_day_and_the_event_keeps_the_most_precise_date():
    day = Article("d", "Rebels shelled the port of Hodeidah on Friday, killing nine people.", dt.date(2024, 2, 3))
    evening = Article("e", "Rebel shelling killed nine people in the port of Hodeidah late Friday evening.",
                      dt.date(2024, 2, 4))
    other = Article("o", "The central bank cut its main interest rate on Friday.", dt.date(2024, 2, 3))
    events = merge(mentions_of(day, evening, other), Settings())
    [shelling] = [e for e in events if "d" in e.sources]
    assert set(shelling.sources) == {"d", "e"} and shelling.date.value == "2024-02-02TEV"
    assert [e.sources for e in events if "o" in e.sources] == [("o",)]


def test_a_mention_like_no_other_on_average_joins_the_event_whose_words_it_shares():
    arts = [
        Article("a", "Rebels fired dozens of rockets at the port city of Lattar on Friday, killing 14 civilians "
                     "and wounding 60. The rockets hit a market and a school.", dt.date(2024, 5, 11)),
        Article("b", "A rocket barrage on Lattar on Friday killed at least 14 people, hospital officials said. "
                     "Most of the dead were shoppers at the central market.", dt.date(2024, 5, 11)),
        Article("c", "The rebel rocket attack on the port on Friday was condemned by the United Nations. "
                     "Separately, the central bank cut its main interest rate on Friday.", dt.date(2024, 5, 12)),
        Article("d", "Rescuers searched the ruins of the market in Lattar after Friday's rocket strike, which "
                     "killed 14 civilians.", dt.date(2024, 5, 12)),
        Article("e", '"The attack on our city on Friday was the deadliest since the war began," the mayor said.',
                dt.date(2024, 5, 12)),
    ]
    events = merge(mentions_of(*arts), Settings())
    assert [set(e.sources) for e in events] == [{"a", "b", "c", "d", "e"}, {"c"}]
    [bank] = [e for e in events if e.sources == ("c",)]
    assert "interest rate" in bank.mentions[0].sentence.text


def test_ids_are_stable_across_runs():
    first = [e.id for e in merge(mentions_of(A, B, C), Settings())]
    again = [e.id for e in merge(mentions_of(A, B, C), Settings())]
    assert first == again and len(set(first)) == len(first)


def test_week_mention_joins_the_day_event_it_reports():
    d = Article("d", "Floodwaters swept through Porto Alegre on Wednesday, displacing 3,000 residents.",
                dt.date(2024, 5, 10))
    w = Article("w", "Floodwaters that swept through Porto Alegre earlier this week displaced 3,000 residents.",
                dt.date(2024, 5, 10))
    events = merge(mentions_of(d, w), Settings())
    assert len(events) == 1 and events[0].date.value == "2024-05-08"
    assert set(events[0].sources) == {"d", "w"}


def test_title_is_short_and_cut_at_a_clause():
    title = make_title("Russia launched six rocket attacks on the city, the head of Kharkiv's regional "
                       "administration said, adding that children were hurt.", 14)
    assert title == "Russia launched six rocket attacks on the city…"


def test_the_same_collection_gives_the_same_ids_and_order():
    from pathlib import Path

    from parsers.articles import read_articles
    from timeline.pipeline import build
    example = Path(__file__).parent.parent / "examples" / "belgorod" / "articles.csv"
    articles = read_articles([example]).articles
    first = [(e.id, e.date.value, e.title) for e in build(articles, Settings(quiet=True)).events]
    again = [(e.id, e.date.value, e.title) for e in build(articles, Settings(quiet=True)).events]
    assert first == again and len({i for i, _, _ in first}) == len(first)


def test_idf_is_fitted_within_each_stretch_of_dates():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from timeline.similarity import _analyzer, vectors
    texts = ["Missiles struck Kyiv on Friday.", "Drones hit Belgorod on Saturday.",
             "Floods closed the Arno bridge.", "The Arno flood forced evacuations."]
    whole = TfidfVectorizer(analyzer=_analyzer("en"), sublinear_tf=True).fit_transform(texts).toarray()
    assert np.allclose(vectors(texts).toarray(), whole)
    # the flood sentences weighed apart give the weights they get on their own
    apart = vectors(texts, groups=[0, 0, 1, 1]).toarray()
    alone = vectors(texts[2:]).toarray()
    used = apart[2:].any(axis=0)
    assert np.allclose(apart[2:][:, used], alone)
    # counted in both stretches, the war sentences change the floods' weights
    shared = vectors(texts, groups=[0, 0, 1, 1], counted_in=[(0, 1), (0, 1), (1,), (1,)]).toarray()
    assert not np.allclose(shared[2:], apart[2:])


def test_a_happening_named_by_a_relation_joins_the_event_of_its_day():
    a1 = Article("a1", "On Friday, Russia carried out an 18-hour aerial bombardment across Ukraine, "
                       "killing 41 civilians.", dt.date(2023, 12, 30))
    a2 = Article("a2", "The central bank cut its main interest rate on Friday.", dt.date(2023, 12, 30))
    a3 = Article("a3", "Rockets struck the centre of Belgorod on Saturday, a day after the Kremlin "
                       "unleashed its biggest aerial attack on Ukraine.", dt.date(2023, 12, 31))
    events = merge(mentions_of(a1, a2, a3), Settings())
    friday = sorted((e for e in events if e.date.start == dt.date(2023, 12, 29)), key=lambda e: e.sources)
    assert [e.sources for e in friday] == [("a1", "a3"), ("a2",)]
    assert friday[0].title.startswith("On Friday, Russia carried out an 18-hour aerial bombardment")
    [belgorod] = [e for e in events if e.date.start == dt.date(2023, 12, 30)]
    assert belgorod.sources == ("a3",) and belgorod.title.startswith("Rockets struck the centre of Belgorod")


def test_sentences_next_to_each_other_on_one_day_lean_together():
    raid, detained = ("Police raided the transport ministry on Thursday. ",
                      "Three people were detained at the ministry on Thursday. ")
    x = Article("x", raid + detained, dt.date(2021, 3, 12))
    y = Article("y", raid + "The weather was mild. " + detained, dt.date(2021, 3, 12))
    strict = Settings(merge_threshold=0.6, adjacent_bonus=0.0)
    assert sorted(len(e.mentions) for e in merge(mentions_of(x), strict)) == [1, 1]
    # told next to each other, the two sentences go on telling one happening; one apart they do not
    leaning = Settings(merge_threshold=0.6, adjacent_bonus=0.5)
    assert [len(e.mentions) for e in merge(mentions_of(x), leaning)] == [2]
    starts = [{m.sentence.start for m in e.mentions} for e in merge(mentions_of(y), leaning)]
    assert not any({0, 72} <= s for s in starts) and any(72 in s for s in starts)


def test_a_clause_that_leaves_its_speaker_out_is_compared_with_the_speaker():
    from timeline.merge import _words
    from timeline.model import DatedBy, Precision, Reference, ResolvedDate, Sentence, EventMention
    text = "France's Foreign Ministry condemned the Dec. 30 strike, saying on Jan. 3 that Russia was to blame."
    sentence = Sentence("a", 0, len(text), text, 0)
    day = ResolvedDate("2024-01-03", Precision.DAY, Reference.PUBLISHED, dt.date(2024, 1, 3), dt.date(2024, 1, 3))
    at = text.index("Jan. 3")
    said = EventMention("a", sentence, day, DatedBy.EXPLICIT, "Jan. 3", at, at + 6,
                        clause=(text.index("saying"), len(text)), attribution="France's Foreign Ministry")
    assert _words(said) == "saying on   that Russia was to blame. France's Foreign Ministry"
    whole = EventMention("a", sentence, day, DatedBy.EXPLICIT, "Jan. 3", at, at + 6,
                         attribution="France's Foreign Ministry")
    assert _words(whole).count("Foreign Ministry") == 1  # named in the clause already: not twice


def test_a_wire_story_and_its_copies_count_as_one_source_in_the_importance():
    wire = "Rebels shelled the port of Hodeidah on Friday, killing nine people, officials said."
    arts = [Article("wire", wire, dt.date(2024, 2, 3)), Article("copy", wire, dt.date(2024, 2, 3)),
            Article("own", "Nine people died when rebels shelled Hodeidah port on Friday.", dt.date(2024, 2, 4))]
    alone = {e.date.value: e for e in merge(mentions_of(*arts), Settings())}["2024-02-02"]
    grouped = {e.date.value: e for e in merge(mentions_of(*arts), Settings(), copy_of={"copy": "wire"})}["2024-02-02"]
    # every article is still cited; only the count of independent sources drops by the copy
    assert set(alone.sources) == set(grouped.sources) == {"wire", "copy", "own"}
    assert round(alone.importance - grouped.importance, 4) == 1.0
