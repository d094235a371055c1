from parsers.sentences import split_sentences


def texts(text):
    found = split_sentences(text)
    for s in found:
        assert text[s.start:s.end] == s.text
    return [s.text for s in found]


def test_abbreviations_do_not_split():
    text = ("The U.N. Security Council met on Dec. 30 at Russia's request. Gov. Greg Abbott "
            "said the U.S. would help. Mr. Smith left at 3 p.m. Friday. He came back.")
    assert texts(text) == [
        "The U.N. Security Council met on Dec. 30 at Russia's request.",
        "Gov. Greg Abbott said the U.S. would help.",
        "Mr. Smith left at 3 p.m. Friday.",
        "He came back.",
    ]


def test_paragraphs_are_numbered_and_offsets_exact():
    text = "First line here.\n\nSecond paragraph. It goes on.\nThird."
    found = split_sentences(text, "art")
    assert [(s.paragraph, s.text) for s in found] == [
        (0, "First line here."), (1, "Second paragraph."), (1, "It goes on."), (2, "Third.")]
    assert all(s.article_id == "art" for s in found)
