"""A saved web page -> its article: text, title, outlet, URL and publication date.

trafilatura finds the article among the navigation, teasers, share buttons and footer; htmldate
(run by trafilatura on the same tree) finds the publication day, the original one rather than
the last update. Nothing is fetched: links and scripts in the page stay unfollowed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

import trafilatura

from parsers.input_dates import Published, parse_published

# htmldate: the first publication, not the latest update; markup only, since a date found in the
# story's words would be taken for the day the page was published
DATE_PARAMS = {"original_date": True, "extensive_search": False}
# where pages state their publication time, surest first: htmldate gives only the day, and the
# time and zone of that day are kept when one of these states them
PUBLISHED_TIME_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@property="og:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="publish-date" or @name="date"]/@content',
    '//meta[@name="dc.date.issued" or @name="DC.date.issued" or @name="dcterms.created"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//time[@pubdate]/@datetime',
)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
# an article has a paragraph of prose; menus, teaser lists and captions seldom do
MIN_PROSE_WORDS = 10


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str
    outlet: str  # the site's name as its metadata gives it, "" when it gives none
    url: str  # the canonical link (else og:url), "" when it has neither
    published: Published | None  # the day htmldate found, with the page's time of it when stated


def read_page(html: str) -> Page | None:
    """The article of a saved page, or None when the page holds no article text."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    url = canonical_url(tree)
    # favor_precision: a page's teasers and link lists are no part of its article
    doc = trafilatura.bare_extraction(tree, url=url or None, with_metadata=True, favor_precision=True,
                                      include_comments=False, include_tables=False,
                                      date_extraction_params=dict(DATE_PARAMS))
    if doc is None or not doc.text:
        return None
    title = (doc.title or "").strip()
    text = _without_headline(doc.text, title)
    if not any(len(line.split()) >= MIN_PROSE_WORDS for line in text.splitlines()):
        return None
    return Page(text=text, title=title, outlet=_sitename(doc.sitename, url), url=url,
                published=_published(tree, doc.date))


def canonical_url(tree) -> str:
    """The page's canonical link, else its og:url; only an absolute http(s) address counts."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in tree.xpath(xpath):
            value = value.strip()
            if urlparse(value).scheme in ("http", "https") and urlparse(value).netloc:
                return value
    return ""


def _without_headline(text: str, title: str) -> str:
    # the headline is the article's title, not a sentence of its story
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == " ".join(title.split()):
        return rest
    return text


def _sitename(sitename: str | None, url: str) -> str:
    # trafilatura falls back to the domain of the URL: that names a host, not an outlet
    name = (sitename or "").strip()
    return "" if not name or (url and name.lower() in urlparse(url).netloc.lower()) else name


def _published(tree, day: str | None) -> Published | None:
    found = parse_published(day) if day else None
    if found is None:
        return None
    stated = [v for xpath in PUBLISHED_TIME_XPATHS for v in tree.xpath(xpath)]
    stated += [m.group(1) for script in tree.xpath('//script[@type="application/ld+json"]/text()')
               for m in _JSON_LD_PUBLISHED.finditer(script)]
    for value in stated:
        timed = parse_published(value.strip())
        if timed is not None and timed.day == found.day and "T" in timed.at:
            return timed
    return found
