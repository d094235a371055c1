"""The same articles in any order give byte-identical JSON and CSV: a manifest with its rows in
any order, separate files given in any order or as their folder, built in this process or in two
worker processes.  The collections are the example (examples/belgorod) and the three stories of
tests/stories."""
import csv
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from render.csv_table import write_csv
from render.json_doc import write_json
from timeline.cli import main
from timeline.engine_local import Processes
from timeline.pipeline import build_from_paths
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COLLECTIONS = {"belgorod": ROOT / "examples" / "belgorod" / "articles.csv",
               **{p.parent.name: p for p in sorted((ROOT / "tests" / "stories").glob("*/articles.csv"))}}


def _orders(n: int) -> list[list[int]]:
    shuffled = list(range(n))
    random.Random(20240101).shuffle(shuffled)
    return [list(range(n)), list(reversed(range(n))), shuffled]


def _rows(manifest: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The manifest's columns and rows, each file path made absolute: a copy written elsewhere
    reads the same files, and the articles name the same sources."""
    with open(manifest, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [{**row, "file": str((manifest.parent / row["file"]).resolve())} for row in reader]
        return list(reader.fieldnames), rows


def _manifests(manifest: Path, folder: Path) -> list[Path]:
    """The manifest with its rows in several orders."""
    columns, rows = _rows(manifest)
    out = []
    for k, order in enumerate(_orders(len(rows))):
        path = folder / f"order{k}" / "articles.csv"
        path.parent.mkdir(parents=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, columns)
            writer.writeheader()
            writer.writerows(rows[i] for i in order)
        out.append(path)
    return out


def _files(manifest: Path, folder: Path) -> list[Path]:
    """Each article of the manifest as a file of its own, its date and credit in front matter."""
    _, rows = _rows(manifest)
    folder.mkdir()
    out = []
    for row in rows:
        path = folder / f"{row['id']}.txt"
        text = Path(row["file"]).read_text(encoding="utf-8")
        path.write_text(f"---\ndate: {row['published']}\ncredit: {row.get('credit', '')}\n---\n{text}",
                        encoding="utf-8")
        out.append(path)
    return out


def _written(inputs: list, folder: Path, engine=None) -> tuple[bytes, bytes]:
    chron = build_from_paths(inputs, Settings(quiet=True), engine=engine)
    folder.mkdir(parents=True)
    write_json(chron, folder / "events.json")
    write_csv(chron, folder / "events.csv")
    return (folder / "events.json").read_bytes(), (folder / "events.csv").read_bytes()


@pytest.fixture(scope="module")
def two_jobs():
    with Processes(2) as engine:
        yield engine


@pytest.mark.parametrize("name", sorted(COLLECTIONS))
def test_manifest_rows_in_any_order_give_the_same_bytes(name, tmp_path, two_jobs):
    manifests = _manifests(COLLECTIONS[name], tmp_path / "in")
    first = _written([manifests[0]], tmp_path / "out" / "first")
    assert b'"events": [' in first[0] and first[1].count(b"\n") > 5
    for k, manifest in enumerate(manifests[1:], 1):
        assert _written([manifest], tmp_path / "out" / f"serial{k}") == first, manifest
    assert _written([manifests[-1]], tmp_path / "out" / "jobs", two_jobs) == first


@pytest.mark.parametrize("name", sorted(COLLECTIONS))
def test_separate_files_in_any_order_give_the_same_bytes(name, tmp_path, two_jobs):
    files = _files(COLLECTIONS[name], tmp_path / "articles")
    first = _written([files[i] for i in _orders(len(files))[0]], tmp_path / "out" / "first")
    for k, order in enumerate(_orders(len(files))[1:], 1):
        assert _written([files[i] for i in order], tmp_path / "out" / f"serial{k}") == first, order
    assert _written([files[i] for i in _orders(len(files))[1]], tmp_path / "out" / "jobs", two_jobs) == first
    # the folder itself: its files read in name order
    assert _written([tmp_path / "articles"], tmp_path / "out" / "folder") == first


def _cli(files: list[Path], folder: Path) -> tuple[bytes, bytes]:
    folder.mkdir(parents=True)
    result = CliRunner().invoke(main, ["build", *map(str, files), "-j", "2", "-q", "-o", str(folder / "t.html"),
                                       "--json", str(folder / "events.json"), "--csv", str(folder / "events.csv")])
    assert result.exit_code == 0, result.output
    return (folder / "events.json").read_bytes(), (folder / "events.csv").read_bytes()


def test_the_command_writes_the_same_csv_for_files_in_any_order(tmp_path):
    files = _files(COLLECTIONS["belgorod"], tmp_path / "articles")
    written = [_cli([files[i] for i in order], tmp_path / f"out{k}")[1]
               for k, order in enumerate(_orders(len(files)))]
    assert written[1:] == written[:1] * (len(written) - 1)


def test_the_command_writes_the_same_json_for_files_in_any_order(tmp_path):
    files = _files(COLLECTIONS["belgorod"], tmp_path / "articles")
    written = [_cli([files[i] for i in order], tmp_path / f"out{k}")[0]
               for k, order in enumerate(_orders(len(files)))]
    assert written[1:] == written[:1] * (len(written) - 1)


def test_a_day_clustered_part_by_part_gives_the_same_bytes_in_any_order(tmp_path, monkeypatch):
    # a day of more mentions than a part holds is clustered a part at a time (bounded memory):
    # that too must not depend on the order of the articles, and must name every event apart
    import timeline.merge as merge
    monkeypatch.setattr(merge, "_PART", 4)
    manifests = _manifests(COLLECTIONS["belgorod"], tmp_path / "in")
    written = [_written([m], tmp_path / "out" / str(k)) for k, m in enumerate(manifests)]
    assert written[1:] == written[:1] * (len(written) - 1)
    chron = build_from_paths([manifests[0]], Settings(quiet=True))
    ids = [e.id for e in chron.events]
    assert len(set(ids)) == len(ids) and max(len(e.mentions) for e in chron.events) > 4
