"""``extractor batch``: a folder of articles into the SQLite store, resumable and parallel.

Why it is built this way:
- files are read in the main process, so a bad file is a recorded failure, never a dead worker;
- an article is skipped when its content hash is already stored as ok, so a killed run
  restarts where it stopped and a rerun adds nothing (``force`` re-extracts);
- the pipe runs chunk by chunk inside ``nlp.memory_zone()``, so memory stays flat on long runs;
- results do not depend on the number of workers (nlp.pipe keeps the order, the store sorts).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import IO, Iterator, Optional, Union

from .reader import Article, ReadError, decode, parse_text, read_path
from .store import Store, source_key

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
DUMP_SUFFIX = ".jsonl"
DEFAULT_MAX_BYTES = 5_000_000
EXIT_OK = 0
EXIT_SOME_FAILED = 3
_MAX_LISTED_FAILURES = 50


@dataclass
class Item:
    """One article found by the walk: to extract (``article``), failed (``error``) or skipped."""

    source: str
    content_hash: Optional[str] = None
    article: Optional[Article] = None
    error: Optional[str] = None
    url: Optional[str] = None
    skip: Optional[str] = None  # "unchanged" | "duplicate"
    seconds: float = 0.0


@dataclass
class Summary:
    """What a run did; ``failed`` holds (source, reason) of this run's failures."""

    ok: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    ignored: Counter = field(default_factory=Counter)  # file suffix -> count
    pledges: int = 0
    seconds: float = 0.0

    @property
    def skipped(self) -> int:
        return self.unchanged + self.duplicates

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK

    def render(self) -> str:
        lines = [
            f"articles: {self.ok} extracted, {self.skipped} skipped, {len(self.failed)} failed;"
            f" {self.pledges} pledges stored ({self.seconds:.1f} s)"
        ]
        if self.skipped:
            lines.append(
                f"skipped: {self.unchanged} already stored unchanged, {self.duplicates} same content as another source"
            )
        if self.ignored:
            kinds = ", ".join(f"{suffix or '(no suffix)'}: {n}" for suffix, n in sorted(self.ignored.items()))
            lines.append(f"ignored {sum(self.ignored.values())} file(s) of other types ({kinds})")
        for source, reason in sorted(self.failed, key=lambda f: source_key(f[0]))[:_MAX_LISTED_FAILURES]:
            lines.append(f"failed: {source}: {reason}")
        if len(self.failed) > _MAX_LISTED_FAILURES:
            lines.append(f"... and {len(self.failed) - _MAX_LISTED_FAILURES} more failures (see the articles table)")
        return "\n".join(lines)


# ----------------------------------------------------------------------------- walk


def walk(root: Union[str, Path]) -> list[Path]:
    """Every file under ``root`` (symlinks included, even broken ones), in natural source order."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        found.extend(Path(dirpath) / name for name in filenames)
    return sorted(found, key=lambda p: source_key(str(p)))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_content_hash(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Optional[str]:
    """The hash ``run_batch`` stores for a file; None when it is missing, unreadable or too large
    (reading it then gives the reason)."""
    try:
        if path.is_file() and path.stat().st_size <= max_bytes:
            with path.open("rb") as fh:
                return _sha256(fh.read(max_bytes + 1))
    except OSError:
        pass
    return None


def _count_lines(path: Path) -> int:
    """Non-blank lines of a dump: the progress bar total (a failure here is counted as one)."""
    try:
        with path.open("rb") as fh:
            return max(sum(1 for line in fh if line.strip()), 1)
    except OSError:
        return 1


class _Walker:
    """Turns files into Items, consulting the store so that stored articles are not re-read."""

    def __init__(self, store: Optional[Store], force: bool, max_bytes: int):
        self.store = store
        self.force = force
        self.max_bytes = max_bytes
        self.pending_hashes: dict[str, str] = {}  # content hash -> source, articles not yet stored

    def _skip_reason(self, source: str, digest: Optional[str]) -> Optional[str]:
        if digest is None:
            return None
        first = self.pending_hashes.get(digest)
        if first is not None and first != source:
            return "duplicate"
        stored = self.store.find_ok(digest) if self.store is not None else None
        if stored is None:
            return None
        if stored.source == source:
            return None if self.force else "unchanged"
        return "duplicate"

    def file_item(self, path: Path) -> Item:
        start = time.perf_counter()
        source = str(path)
        digest = file_content_hash(path, self.max_bytes)  # hash first: unchanged articles are not parsed
        item = Item(source=source, content_hash=digest, skip=self._skip_reason(source, digest))
        if item.skip is None:
            try:
                item.article = read_path(path, max_bytes=self.max_bytes)
            except ReadError as err:
                item.error = err.reason
        item.seconds = time.perf_counter() - start
        return item

    def dump_items(self, path: Path) -> Iterator[Item]:
        """One Item per non-blank line of a JSONL news dump; a bad line is a failed article."""
        try:
            fh = path.open("rb")
        except OSError as exc:
            reason = "no such file" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc)).lower()
            yield Item(source=str(path), error=reason)
            return
        with fh:
            try:
                decode(fh.read(65536), str(path))
            except ReadError as err:
                yield Item(source=str(path), error=err.reason)
                return
            fh.seek(0)
            number = 0
            while True:
                line = fh.readline(self.max_bytes + 1)
                if not line:
                    break
                number += 1
                too_large = len(line) > self.max_bytes
                while line and not line.endswith(b"\n") and len(line) > self.max_bytes:
                    line = fh.readline(self.max_bytes + 1)  # drain the rest of an oversized line
                if too_large:
                    yield Item(source=f"{path}#L{number}", error=f"line too large (> {self.max_bytes} bytes)")
                    continue
                if line.strip():
                    yield self._line_item(f"{path}#L{number}", line)

    def _line_item(self, source: str, line: bytes) -> Item:
        start = time.perf_counter()
        raw = line.rstrip(b"\r\n")
        digest = _sha256(raw)
        item = Item(source=source, content_hash=digest, skip=self._skip_reason(source, digest))
        if item.skip is None:
            try:
                item.article, item.url = parse_dump_line(raw, source)
            except ReadError as err:
                item.error = err.reason
        item.seconds = time.perf_counter() - start
        return item


def parse_dump_line(raw: bytes, source: str) -> tuple[Article, Optional[str]]:
    """A dump line ``{"text", "title", "date": "YYYY-MM-DD", "url"}`` -> (Article, url)."""
    try:
        row = json.loads(raw)
    except UnicodeDecodeError:
        raise ReadError(source, "line is not valid UTF-8") from None
    except ValueError as exc:
        raise ReadError(source, f"invalid JSON ({exc.args[0] if exc.args else exc})") from None
    if not isinstance(row, dict):
        raise ReadError(source, "line is not a JSON object")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(source, "no text")
    published = row.get("date")
    if published is not None:
        try:
            published = date.fromisoformat(published) if isinstance(published, str) and len(published) == 10 else None
        except ValueError:
            published = None
        if published is None:
            raise ReadError(source, f"bad date {row.get('date')!r} (expected YYYY-MM-DD)")
    title = row.get("title")
    if title is not None and not isinstance(title, str):
        raise ReadError(source, "title is not a string")
    url = row.get("url")
    if url is not None and not isinstance(url, str):
        raise ReadError(source, "url is not a string")
    return parse_text(text, source=source, published=published, title=title or None), url


# ----------------------------------------------------------------------------- run


def run_batch(
    root: Union[str, Path],
    store: Store,
    extractor=None,
    model: Optional[Union[str, Path]] = None,
    workers: int = 1,
    force: bool = False,
    batch_size: int = 16,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: Optional[int] = None,
    progress: bool = False,
    notes: Optional[IO[str]] = None,
    out: Optional[IO[str]] = None,
) -> Summary:
    """Extract every article under ``root`` into ``store``; see the module docstring.

    ``extractor`` is an ``Extractor`` (tests pass one built on the session pipeline); when
    None one is loaded from ``model`` on first need, so a run with nothing new loads no model.
    ``chunk_size`` articles go through the pipe per memory zone (default: 8 batches per worker).
    ``out`` receives the JSONL results of this run's stored articles, in source order.
    """
    from tqdm import tqdm

    from .output import write_results

    started = time.perf_counter()
    workers = max(1, workers)
    chunk_size = chunk_size or max(64, batch_size * workers * 8)
    summary = Summary()
    walker = _Walker(store, force, max_bytes)
    files = walk(root)
    total = sum(_count_lines(p) if p.suffix.lower() == DUMP_SUFFIX else 1 for p in files
                if p.suffix.lower() in TEXT_SUFFIXES + (DUMP_SUFFIX,))
    bar = tqdm(total=total, unit="article", disable=not progress, file=sys.stderr, dynamic_ncols=True)
    seen: list[str] = []  # sources whose ok record this run stands for (for --out)
    pending: list[Item] = []
    state = {"extractor": extractor}

    def note(message: str) -> None:
        if notes is not None:
            if progress:
                bar.write(message, file=notes)
            else:
                notes.write(message + "\n")

    def get_extractor():
        if state["extractor"] is None:
            from .api import Extractor

            state["extractor"] = Extractor(model)
        return state["extractor"]

    def flush() -> None:
        if pending:
            _extract_chunk(get_extractor(), pending, store, summary, workers, batch_size, bar)
            seen.extend(i.source for i in pending if i.error is None)
            pending.clear()
            walker.pending_hashes.clear()

    def items() -> Iterator[Item]:
        for path in files:
            suffix = path.suffix.lower()
            if suffix in TEXT_SUFFIXES:
                yield walker.file_item(path)
            elif suffix == DUMP_SUFFIX:
                yield from walker.dump_items(path)
            else:
                summary.ignored[suffix] += 1
                note(f"note: skipped {path} (not .txt/.md/.html/.htm/.jsonl)")

    try:
        for item in items():
            if item.skip == "unchanged":
                summary.unchanged += 1
                seen.append(item.source)
                bar.update(1)
            elif item.skip == "duplicate":
                summary.duplicates += 1
                store.forget_if_changed(item.source, item.content_hash)
                bar.update(1)
            elif item.error is not None:
                store.save_failure(item.source, item.error, item.content_hash, item.seconds, item.url)
                summary.failed.append((item.source, item.error))
                bar.update(1)
            else:
                pending.append(item)
                if item.content_hash:
                    walker.pending_hashes.setdefault(item.content_hash, item.source)
                if len(pending) >= chunk_size:
                    flush()
        flush()
    finally:
        bar.close()
    if out is not None:
        write_results(store.iter_results(seen), "jsonl", out)
    summary.seconds = time.perf_counter() - started
    return summary


def _extract_chunk(extractor, items: list[Item], store: Store, summary: Summary, workers: int,
                   batch_size: int, bar) -> None:
    """Pipe one chunk inside a memory zone; each result is stored (one transaction) as it comes.

    If the pipeline raises, the rest of the chunk is retried one article at a time so the
    article that breaks it is recorded as failed and the others still get extracted.
    """
    nlp = extractor.nlp
    done = 0
    try:
        with nlp.memory_zone():
            last = time.perf_counter()
            results = extractor.extract_many([i.article for i in items], batch_size=batch_size, n_process=workers)
            for item, result in zip(items, results):
                now = time.perf_counter()
                _save(store, summary, item, result, item.seconds + now - last)
                last = now
                done += 1
                bar.update(1)
    except Exception:  # noqa: BLE001 - isolate the failing article below
        for item in items[done:]:
            start = time.perf_counter()
            try:
                with nlp.memory_zone():
                    result = extractor.extract_article(item.article)
                    _save(store, summary, item, result, item.seconds + time.perf_counter() - start)
            except Exception as exc:  # noqa: BLE001
                item.error = f"extraction error: {type(exc).__name__}: {exc}".splitlines()[0]
                store.save_failure(item.source, item.error, item.content_hash, item.seconds, item.url)
                summary.failed.append((item.source, item.error))
            bar.update(1)


def _save(store: Store, summary: Summary, item: Item, result, seconds: float) -> None:
    store.save_result(result, item.content_hash, seconds=seconds, url=item.url)
    summary.ok += 1
    summary.pledges += len(result.pledges)


# ----------------------------------------------------------------------------- pieces shared with the Dask engine


def read_items(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, source: Optional[str] = None) -> Iterator[Item]:
    """The Items of one walked file, read exactly as ``run_batch`` reads them but with no store
    to skip against (a Dask worker has none); other suffixes yield nothing.

    ``source`` is the name recorded (default ``str(path)``): a remote worker opens an absolute
    path but records the path as the client walked it, so sources match the local engine's.
    """
    walker = _Walker(None, False, max_bytes)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        items: Iterator[Item] = iter([walker.file_item(path)])
    elif suffix == DUMP_SUFFIX:
        items = walker.dump_items(path)
    else:
        return
    opened = str(path)
    for item in items:
        if source is not None and source != opened:
            item.source = source + item.source[len(opened):]  # keeps a dump line's "#L<n>"
            if item.article is not None:
                item.article = replace(item.article, source=item.source)
        yield item


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass


def extract_items(extractor, items: list[Item], sink, summary: Summary, batch_size: int = 16) -> None:
    """Extract readable Items into ``sink`` (anything with ``Store``'s ``save_result`` and
    ``save_failure``), in one memory zone, isolating an article that breaks the pipeline:
    the local chunk logic, reused by the Dask engine to write part files instead of SQLite."""
    if items:
        _extract_chunk(extractor, items, sink, summary, 1, batch_size, _NoBar())
