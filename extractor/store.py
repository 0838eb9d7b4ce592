"""SQLite store for batch runs: one row per article, its pledges and entities.

Why SQLite (stdlib, WAL): a batch over thousands of articles must survive being
killed at any moment. Each article is written in ONE transaction together with
its records, so after a crash an article is either fully stored or absent, and a
rerun picks up where the last commit left off (articles are found by content hash).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .output import PLEDGE_COLUMNS
from .records import ArticleResult, Entity, Pledge

ENTITY_COLUMNS = ("text", "label", "start", "end", "value", "currency")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error TEXT,
    extracted_at TEXT NOT NULL,
    seconds REAL
);
CREATE TABLE IF NOT EXISTS pledges (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    investor TEXT, recipient TEXT, amount REAL NOT NULL, currency TEXT NOT NULL,
    amount_min REAL, amount_max REAL, amount_text TEXT NOT NULL, target TEXT, location TEXT,
    date TEXT, duration_years REAL, sentence TEXT NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL, label TEXT NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value, currency TEXT,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX IF NOT EXISTS idx_pledges_investor ON pledges(investor);
CREATE INDEX IF NOT EXISTS idx_pledges_date ON pledges(date);
CREATE INDEX IF NOT EXISTS idx_pledges_location ON pledges(location);
CREATE INDEX IF NOT EXISTS idx_articles_content_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS idx_entities_article ON entities(article_id);
"""
# `value` has no declared type on purpose: an entity value is a float (MONEY) or a
# string (DATE), and a typeless column gives each back as it was stored.

_PLEDGE_SQL = ", ".join(f'"{c}"' for c in PLEDGE_COLUMNS)
_ENTITY_SQL = ", ".join(f'"{c}"' for c in ENTITY_COLUMNS)


def source_key(source: str) -> tuple:
    """Natural order ("a.jsonl#L2" before "a.jsonl#L10"): the one order of walks, --out and exports."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", source) if part)


@dataclass(frozen=True)
class StoredArticle:
    """What a rerun needs to know about an already stored article."""

    source: str
    status: str


class Store:
    """The pledge database; use as a context manager so the connection is closed."""

    def __init__(self, path: Union[str, Path]):
        self.path = Path(path)
        # Autocommit mode: transactions are opened explicitly, one per article.
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30.0)
        self.conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable against a killed process (WAL), only an OS crash may lose the last commits.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ lookups

    def find_ok(self, content_hash: str) -> Optional[StoredArticle]:
        """An article stored with status ok and this content hash, if any (the resume test)."""
        row = self.conn.execute(
            "SELECT source, status FROM articles WHERE content_hash = ? AND status = 'ok' ORDER BY id LIMIT 1",
            (content_hash,),
        ).fetchone()
        return StoredArticle(*row) if row else None

    def counts(self) -> dict[str, int]:
        """Rows per table and articles per status: what tests and summaries look at."""
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": q("SELECT COUNT(*) FROM articles"),
            "ok": q("SELECT COUNT(*) FROM articles WHERE status = 'ok'"),
            "failed": q("SELECT COUNT(*) FROM articles WHERE status = 'failed'"),
            "pledges": q("SELECT COUNT(*) FROM pledges"),
            "entities": q("SELECT COUNT(*) FROM entities"),
        }

    def failures(self) -> list[tuple[str, str]]:
        """(source, error) of the failed articles, in source order."""
        rows = self.conn.execute("SELECT source, error FROM articles WHERE status = 'failed'").fetchall()
        return sorted(rows, key=lambda r: source_key(r[0]))

    # ------------------------------------------------------------------ writes

    def save_result(
        self,
        result: ArticleResult,
        content_hash: Optional[str],
        seconds: Optional[float] = None,
        url: Optional[str] = None,
    ) -> None:
        """Store an extracted article and its records atomically, replacing an older version."""
        if result.source is None:
            raise ValueError("a stored article needs a source")
        with self._transaction() as cur:
            article_id = self._replace_article(
                cur, result.source, content_hash, url, result.title, result.published, "ok", None, seconds
            )
            cur.executemany(
                f"INSERT INTO pledges (article_id, ordinal, {_PLEDGE_SQL}) VALUES (?, ?{', ?' * len(PLEDGE_COLUMNS)})",
                [
                    (article_id, n, *(getattr(p, c) for c in PLEDGE_COLUMNS))
                    for n, p in enumerate(result.pledges)
                ],
            )
            cur.executemany(
                f"INSERT INTO entities (article_id, ordinal, {_ENTITY_SQL}) VALUES (?, ?{', ?' * len(ENTITY_COLUMNS)})",
                [
                    (article_id, n, *(getattr(e, c) for c in ENTITY_COLUMNS))
                    for n, e in enumerate(result.entities)
                ],
            )

    def save_failure(
        self,
        source: str,
        error: str,
        content_hash: Optional[str] = None,
        seconds: Optional[float] = None,
        url: Optional[str] = None,
    ) -> None:
        """Record an article that could not be read or extracted (its old records go)."""
        with self._transaction() as cur:
            self._replace_article(cur, source, content_hash, url, None, None, "failed", error, seconds)

    def forget_if_changed(self, source: str, content_hash: Optional[str]) -> None:
        """Drop the rows of ``source`` if they were stored for other content (it now duplicates another)."""
        with self._transaction() as cur:
            old = cur.execute(
                "SELECT id FROM articles WHERE source = ? AND content_hash IS NOT ?", (source, content_hash)
            ).fetchone()
            if old:
                cur.execute("DELETE FROM pledges WHERE article_id = ?", old)
                cur.execute("DELETE FROM entities WHERE article_id = ?", old)
                cur.execute("DELETE FROM articles WHERE id = ?", old)

    def _transaction(self):
        return _Transaction(self.conn)

    @staticmethod
    def _replace_article(cur, source, content_hash, url, title, published, status, error, seconds) -> int:
        old = cur.execute("SELECT id FROM articles WHERE source = ?", (source,)).fetchone()
        if old:
            cur.execute("DELETE FROM pledges WHERE article_id = ?", old)
            cur.execute("DELETE FROM entities WHERE article_id = ?", old)
            cur.execute("DELETE FROM articles WHERE id = ?", old)
        cur.execute(
            "INSERT INTO articles (source, content_hash, url, title, published, status, error, extracted_at, seconds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source, content_hash, url, title,
                published.isoformat() if isinstance(published, date) else published,
                status, error, datetime.now(timezone.utc).isoformat(timespec="seconds"), seconds,
            ),
        )
        return cur.lastrowid

    # ------------------------------------------------------------------ reads

    def iter_results(self, sources: Optional[Iterable[str]] = None) -> Iterator[ArticleResult]:
        """ArticleResults rebuilt from rows, ok articles only, by source (natural order) then ordinal.

        ``sources`` restricts the export to those articles (``batch --out``: this run's articles).
        """
        rows = self.conn.execute("SELECT id, source FROM articles WHERE status = 'ok'").fetchall()
        if sources is not None:
            wanted = set(sources)
            rows = [r for r in rows if r[1] in wanted]
        rows.sort(key=lambda r: source_key(r[1]))
        for article_id, _ in rows:
            yield self._load(article_id)

    def _load(self, article_id: int) -> ArticleResult:
        source, title, published = self.conn.execute(
            "SELECT source, title, published FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        pledges = [
            Pledge(**dict(zip(PLEDGE_COLUMNS, row)))
            for row in self.conn.execute(
                f"SELECT {_PLEDGE_SQL} FROM pledges WHERE article_id = ? ORDER BY ordinal", (article_id,)
            )
        ]
        entities = [
            Entity(**dict(zip(ENTITY_COLUMNS, row)))
            for row in self.conn.execute(
                f"SELECT {_ENTITY_SQL} FROM entities WHERE article_id = ? ORDER BY ordinal", (article_id,)
            )
        ]
        return ArticleResult(
            source=source,
            title=title,
            published=date.fromisoformat(published) if published else None,
            pledges=pledges,
            entities=entities,
        )


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: all rows of an article or none."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Cursor:
        self.cur = self.conn.cursor()
        self.cur.execute("BEGIN IMMEDIATE")
        return self.cur

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.cur.execute("COMMIT")
        else:
            self.cur.execute("ROLLBACK")
