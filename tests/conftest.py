"""A hand-built chronology for the writer tests (render/): three events, one with hostile article text; an
article dated from the other articles, a wire copy cited beside its original, and inputs skipped and failed
for reasons that quote hostile file names."""
import datetime as dt

import pytest

from parsers.attribution import find_attribution
from parsers.figures import find_figures
from timeline.model import (Article, Chronology, DatedBy, Event, EventMention, InputStatus, Precision, Reference,
                            ResolvedDate, Sentence)

XSS = 'Leaflets read <script>alert(1)</script> and <img src=x onerror="window.__xss=1"> & more.'
# what became of each input, in input order: two of them gave no article, for reasons naming hostile files
INPUTS = (
    InputStatus("articles/ap.txt", "ap-belgorod", "used"),
    InputStatus("articles/wire.txt", "wire-0101", "used"),
    InputStatus("articles/<b>notes</b>.txt", "", "skipped", "empty: <b>notes</b>.txt has no text"),
    InputStatus("feeds/blog.jsonl:1", "blog", "used"),
    InputStatus('articles/<img src=x onerror="window.__xss=2">.html', "", "failed",
                'cannot read <img src=x onerror="window.__xss=2">.html: <script>alert(2)</script> is not UTF-8'),
    InputStatus("articles/echo.txt", "echo-0101", "used"),
)


def _mention(article, sentence, date, dated_by, date_text):
    start = article.text.index(sentence)
    at = article.text.index(date_text)
    return EventMention(article.id, Sentence(article.id, start, start + len(sentence), sentence, 0),
                        date, dated_by, date_text, at, at + len(date_text),
                        figures=find_figures(sentence), attribution=find_attribution(sentence))


@pytest.fixture
def sample_chronology():
    ap = Article("ap-belgorod", "Russia launched its full-scale invasion of Ukraine in February 2022. "
                 "Russia said Ukraine attacked the city of Belgorod on Saturday, killing at least 21 people.",
                 dt.date(2023, 12, 31), title="Russia accuses Ukraine of Belgorod attack",
                 url="https://example.org/ap", outlet="AP", source="articles/ap.txt",
                 published_at="2023-12-31T09:15:00-05:00", date_method="given", date_confidence=1.0)
    wire = Article("wire-0101", "Missiles and rockets struck central Belgorod on Dec. 30, the governor said.\n"
                   "Officials said 24 people were killed.", dt.date(2024, 1, 1), outlet="Wire",
                   url="javascript:alert(1)", source="articles/wire.txt", published_at="2024-01-01",
                   date_method="given", date_confidence=1.0)
    # no date of its own: the day the other articles give the events it reports
    bad = Article("blog", f"On Dec. 31 the city was quiet. {XSS}", dt.date(2024, 1, 2), title="<b>Blog</b>",
                  source="feeds/blog.jsonl:1", date_method="collection", date_confidence=0.7)
    # the wire story as another outlet ran it, under its own headline
    echo = Article("echo-0101", wire.text, dt.date(2024, 1, 1), title="Belgorod hit, governor says",
                   outlet="Daily Echo", source="articles/echo.txt", published_at="2024-01-01T08:00:00+03:00",
                   date_method="given", date_confidence=1.0, duplicate_of="wire-0101")
    strike = ResolvedDate("2023-12-30", Precision.DAY, Reference.PUBLISHED, dt.date(2023, 12, 30), dt.date(2023, 12, 30))
    invasion = ResolvedDate("2022-02", Precision.MONTH, Reference.ABSOLUTE, dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    quiet = ResolvedDate("2023-12-31", Precision.DAY, Reference.ABSOLUTE, dt.date(2023, 12, 31), dt.date(2023, 12, 31))
    events = (
        Event("e1", invasion, "Russia launched its full-scale invasion of Ukraine",
              (_mention(ap, "Russia launched its full-scale invasion of Ukraine in February 2022.", invasion,
                        DatedBy.EXPLICIT, "February 2022"),)),
        Event("e2", strike, "Ukraine attacked the city of Belgorod, killing at least 21 people",
              (_mention(ap, "Russia said Ukraine attacked the city of Belgorod on Saturday, killing at least 21 people.",
                        strike, DatedBy.RELATIVE, "Saturday"),
               _mention(wire, "Missiles and rockets struck central Belgorod on Dec. 30, the governor said.",
                        strike, DatedBy.EXPLICIT, "Dec. 30"),
               _mention(wire, "Officials said 24 people were killed.", strike, DatedBy.INHERITED, "Dec. 30"),
               _mention(echo, "Missiles and rockets struck central Belgorod on Dec. 30, the governor said.",
                        strike, DatedBy.EXPLICIT, "Dec. 30"))),
        Event("e3", quiet, "Leaflets read <script>alert(1)</script> & more",
              (_mention(bad, XSS, quiet, DatedBy.INHERITED, "Dec. 31"),)),
    )
    return Chronology((ap, wire, bad, echo), events, ("blog: no title <i>given</i>",), summary=("e2",),
                      inputs=INPUTS)
