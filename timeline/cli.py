"""The `timeline` command: options -> Settings -> build() -> writers.  Everything here can be done
from Python; this module only parses options, reports progress on stderr and maps errors to exit
codes (1 bad input, 2 bad usage)."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from parsers.articles import Fields, InputError, read_articles
from timeline.model import Article, Timex
from timeline.settings import Settings


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def _say(settings: Settings, message: str) -> None:
    if not settings.quiet:
        click.echo(message, err=True)


def _write(writer, what, target, *args) -> None:
    try:
        writer(what, target, *args)
    except OSError as e:
        raise click.ClickException(f"{target}: cannot write it ({e.strerror or e}); "
                                   f"check that its folder exists and is writable") from None
    except UnicodeEncodeError as e:
        # the readers leave nothing UTF-8 cannot hold, but an Article built in Python may hold it, and
        # stdout may have a narrower encoding
        found = e.object[e.start:e.end]
        if target == "-":
            raise click.ClickException(f"stdout: cannot write {found!r} in its encoding ({e.encoding}); "
                                       f"set PYTHONIOENCODING=utf-8 or write to a file") from None
        raise click.ClickException(f"{target}: cannot write it: {found!r} cannot be written in {e.encoding}; "
                                   f"replace it in the input") from None


def _input_options(command):
    """Options that say how to read corpora and how strictly: shared by build and tag."""
    for name, field, default in reversed((("--id-field", "id", "id"), ("--text-field", "text", "text"),
                                          ("--date-field", "published", "published"),
                                          ("--title-field", "title", "title"), ("--url-field", "url", "url"),
                                          ("--outlet-field", "outlet", "outlet"))):
        command = click.option(name, f"field_{field}", default=default, show_default=True, metavar="NAME",
                               help=f"The JSON key or CSV column of the article's {field} in corpora "
                                    f"(JSON names may use dots: source.name).")(command)
    command = click.option("--strict", is_flag=True,
                           help="Stop at the first input that cannot be used or dated, instead of "
                                "reporting it and going on.")(command)
    command = click.option("--debug", is_flag=True, help="Show the traceback of an error.")(command)
    return command


def _fields(options: dict) -> Fields:
    return Fields(**{k[len("field_"):]: options.pop(k) for k in list(options) if k.startswith("field_")})


def _read(inputs, settings: Settings, fields: Fields, debug: bool):
    """The articles of the inputs; every input that was skipped or failed said on stderr, and
    an error when none could be used."""
    try:
        read = read_articles(inputs, settings.published, fields=fields, strict=settings.strict)
    except InputError as e:
        if debug:
            raise
        raise click.ClickException(str(e)) from None
    for note in read.warnings:
        _say(settings, f"warning: {note}")
    for item in read.inputs:
        if item.status != "used":
            _say(settings, f"{item.status}: {item.source}: {item.reason}")
    if not read.articles:
        reasons = "; ".join(f"{i.source}: {i.reason}" for i in read.inputs if i.status != "used")
        raise click.ClickException(f"no article could be used ({reasons or 'no input'})")
    return read


def _counts(inputs) -> str:
    counts = {status: sum(1 for i in inputs if i.status == status) for status in ("used", "skipped", "failed")}
    return ", ".join(f"{n} {status}" for status, n in counts.items() if n or status == "used")


def _progress(settings: Settings):
    """A progress bar (articles done, rate, time left) on a terminal; elsewhere a line now and then."""
    bar = None

    def report(n: int, total: int, article: Article) -> None:
        nonlocal bar
        if settings.quiet:
            return
        if _terminal():
            if bar is None:
                from tqdm import tqdm
                bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)
            bar.update(1)
            if n == total:
                bar.close()
        elif total <= 50 or n % 25 == 0 or n == total:
            click.echo(f"[{n}/{total}] {article.source or article.id}", err=True)
    return report


def _terminal() -> bool:
    return sys.stderr.isatty()


def _engine(engine: str, jobs: int, scheduler: str | None):
    if engine == "dask":
        try:
            from timeline.engine_dask import DaskEngine
            return DaskEngine(scheduler=scheduler, workers=jobs if jobs > 1 else 2)
        except ImportError as e:
            raise click.ClickException(f"--engine dask needs Dask ({e.name} is not installed): "
                                       f"pip install 'news-timeline[dask]'") from None
    if scheduler:
        raise click.UsageError("--scheduler goes with --engine dask")
    if jobs > 1:
        from timeline.engine_local import Processes
        return Processes(jobs)
    return None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="news-timeline")
def main() -> None:
    """Turn a collection of news articles into one dated, cited chronology.

    Example: timeline build articles.csv -o timeline.html --csv events.csv --json events.json
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", default="timeline.html", show_default=True, metavar="FILE",
              help="The interactive HTML timeline ('-' for stdout).")
@click.option("--csv", "csv_path", metavar="FILE", help="Also write the event table as CSV.")
@click.option("--json", "json_path", metavar="FILE",
              help="Also write the chronology as JSON (the schema: docs/schema.md).")
@click.option("--markdown", "md_path", metavar="FILE", help="Also write a Markdown table of the events, for reports.")
@click.option("--timelinejs", "tljs_path", metavar="FILE",
              help="Also write TimelineJS3 JSON, to publish the chronology with Knight Lab's TimelineJS.")
@click.option("--ics", "ics_path", metavar="FILE",
              help="Also write an iCalendar file of the events dated to a day.")
@click.option("--fragment", is_flag=True,
              help="Write the HTML as one <div> with its scripts, for pasting into a report or CMS page.")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date for articles that carry none.")
@click.option("--plotlyjs", type=click.Choice(["inline", "cdn"]), default="inline", show_default=True,
              help="inline: the page works offline; cdn: a small page that loads plotly.js online.")
@click.option("--top", type=click.IntRange(min=1), metavar="N",
              help="Summary timeline: keep the N most important dates (one event each, ranked by "
                   "independent sources, reports and centrality) in the CSV and JSON; the HTML page "
                   "opens on the summary and can switch to the full chronology.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Processes for the per-article stages (the results are the same for any N).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine (--jobs processes); dask: a Dask cluster (pip install "
                   "'news-timeline[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler of a running cluster (tcp://host:8786); "
                   "without it a local cluster of --jobs workers is started.")
@click.option("--article-seconds", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              metavar="S", help="Time limit for the stages of one article: an article that takes longer is "
                                "left out and reported, and the run goes on (not enforced with --engine dask).")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@_input_options
def build(inputs, output, csv_path, json_path, md_path, tljs_path, ics_path, fragment, published, plotlyjs, top,
          jobs, engine, scheduler, article_seconds, quiet, strict, debug, **fields):
    """Build the chronology of INPUT... and write it as HTML (and CSV, JSON).

    INPUT is an article file (.txt, .md with optional front matter, .html saved page, .tml), a
    folder of them, a manifest or corpus CSV (id,file,published or a text column), a JSON Lines
    file or JSON array of articles (id, text, published, title, url, outlet; other names with
    --text-field etc.), any of these gzip-compressed (.gz), or - for standard input.  An input
    that cannot be used is reported and skipped (--strict: the run stops).

    Example: timeline build examples/belgorod/articles.csv -o timeline.html --csv events.csv
    """
    from render import write_csv, write_html, write_ics, write_json, write_markdown, write_timelinejs
    from timeline.engines import ArticleError
    from timeline.pipeline import build as build_chronology, with_inputs
    from timeline.rank import summary_only

    settings = Settings(published=published, plotlyjs=plotlyjs, quiet=quiet, top=top, strict=strict,
                        article_seconds=article_seconds)
    read = _read(inputs, settings, _fields(fields), debug)
    runner = _engine(engine, jobs, scheduler)
    try:
        chron = build_chronology(read.articles, settings, (), progress=_progress(settings), engine=runner)
    except InputError as e:
        if debug:
            raise
        raise click.ClickException(str(e)) from None
    except ArticleError as e:  # --strict, or a worker died: the message names the article's file (and line)
        if debug:
            raise
        raise click.ClickException(f"article {e.article_id}: {e}; the run stopped there (--debug shows the "
                                   f"traceback; without --strict a failed article is left out and reported)") from None
    finally:
        if hasattr(runner, "close"):
            runner.close()
    chron = with_inputs(chron, read.inputs)
    for note in chron.warnings:
        _say(settings, f"warning: {note}")
    _write(lambda c, target: write_html(c, target, settings, fragment=fragment), chron, output)
    written = [output]
    table = summary_only(chron)  # with --top, the tables hold the summary timeline
    for writer, path in ((write_csv, csv_path), (write_json, json_path), (write_markdown, md_path),
                         (write_timelinejs, tljs_path), (write_ics, ics_path)):
        if path:
            _write(writer, table, path)
            written.append(path)
    kept = f" ({len(table.events)} in the summary)" if chron.summary else ""
    _say(settings, f"{len(chron.articles)} articles ({_counts(read.inputs)}), {len(chron.events)} events{kept} "
                   f"-> {', '.join(written)}")


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date for articles that carry none (the reference date).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "timeml"]), default="jsonl", show_default=True,
              help="jsonl: one object per expression (article, start, end, text, type, value; "
                   "doc: the file name, for .tml input); "
                   "timeml: one .tml file per article, TIMEX3 tags inline.")
@click.option("--out", metavar="PATH",
              help="jsonl: a file ('-' for stdout, the default); "
                   "timeml: a folder (required, created if missing).")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@_input_options
def tag(inputs, published, fmt, out, quiet, strict, debug, **fields):
    """Find the time expressions of FILE... and resolve them against each article's date.

    FILE takes the same kinds of input as `timeline build`, TimeML files (.tml) included: their
    text is the plain text of <TEXT>, their date the creation time (DCT). With --format timeml,
    an article read from a .tml file is written as a copy of it with our TIMEX3 tags in place of
    the markup inside <TEXT>; any other article as a minimal TimeML document.

    Example: timeline tag article.txt --published 2023-12-31

    Example: timeline tag --format timeml --out tagged/ timebank/*.tml
    """
    from parsers import tag as tag_text
    from render import write_text
    from render.timeml_doc import write_timeml

    if fmt == "timeml" and out in (None, "-"):
        raise click.UsageError("--format timeml writes one .tml file per article: "
                               "give a folder with --out DIR")
    settings = Settings(published=published, quiet=quiet, strict=strict)
    read = _read(inputs, settings, _fields(fields), debug)
    for article in read.articles:
        if article.published is None:
            # tagging reads each article alone: nothing in the collection can date it
            _say(settings, f"warning: {article.source}: no publication date; relative dates in it are left "
                           f"unresolved (give --published or a manifest date)")
    report = _progress(settings)
    lines, count = [], 0
    if fmt == "timeml":
        try:
            Path(out).mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise click.ClickException(f"{out}: cannot make this folder ({e.strerror or e}); "
                                       f"give a folder that can be written") from None
    for n, article in enumerate(read.articles, 1):
        report(n, len(read.articles), article)
        timexes = tag_text(article.text, article.published, settings, article.id)
        count += len(timexes)
        if fmt == "jsonl":
            lines.extend(_jsonl_line(article, t) for t in timexes)
            continue
        try:
            left_out = write_timeml(article, timexes, out)
        except InputError as e:
            raise click.ClickException(str(e)) from None
        except OSError as e:
            raise click.ClickException(f"{out}/{article.id}.tml: cannot write it "
                                       f"({e.strerror or e})") from None
        except UnicodeEncodeError as e:
            raise click.ClickException(f"{out}/{article.id}.tml: cannot write it: "
                                       f"{e.object[e.start:e.end]!r} cannot be written in {e.encoding}") from None
        if left_out:
            _say(settings, f"warning: {article.source}: {left_out} overlapping time expressions left out "
                           f"of the TimeML file (inline tags cannot overlap)")
    if fmt == "jsonl":
        _write(write_text, "".join(lines), out or "-")
    _say(settings, f"{len(read.articles)} articles ({_counts(read.inputs)}), {count} time expressions "
                   f"-> {out or 'stdout'}")


def _jsonl_line(article: Article, t: Timex) -> str:
    record = {"article": article.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
              "value": t.value}
    if article.source.lower().endswith(".tml"):
        # the name TempEval scorers (te3score.py) match documents by
        record = {"article": article.id, "doc": Path(article.source).name, **record}
    return json.dumps(record, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    main()
