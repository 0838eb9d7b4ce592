"""Python API: ``Extractor().extract(text)`` -> ``ArticleResult`` (contract in DESIGN.md)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import load_pipeline
from .reader import Article, parse_text, read_path
from .records import ArticleResult, Entity, Pledge

ArticleInput = Union[str, Path, Article]


class Extractor:
    """Loads the pipeline once; turns articles into pledge records."""

    def __init__(self, model: Optional[Union[str, Path]] = None, nlp: Optional[Language] = None):
        self.nlp = nlp if nlp is not None else load_pipeline(model)

    def extract(
        self,
        text: str,
        published: Optional[Union[date, str]] = None,
        source: Optional[str] = None,
        title: Optional[str] = None,
    ) -> ArticleResult:
        """Extract from a text already in memory; ``published`` anchors relative dates."""
        return self.extract_article(parse_text(text, source=source, published=published, title=title))

    def extract_article(self, article: Article) -> ArticleResult:
        return next(self._run([article], batch_size=1, n_process=1))

    def extract_many(
        self,
        items: Iterable[ArticleInput],
        batch_size: int = 16,
        n_process: int = 1,
        published: Optional[date] = None,
    ) -> Iterator[ArticleResult]:
        """Texts, paths or Articles in, results out in the same order (paths are read lazily).

        A path that cannot be read raises ``ReadError``; ``extractor batch`` reads files itself
        so that one bad file does not stop the run.
        """
        articles = (self._to_article(item, published) for item in items)
        yield from self._run(articles, batch_size=batch_size, n_process=n_process)

    @staticmethod
    def _to_article(item: ArticleInput, published: Optional[date]) -> Article:
        if isinstance(item, Article):
            article = item
        elif isinstance(item, Path):
            article = read_path(item)
        else:
            return parse_text(item, published=published)
        return replace(article, published=published) if published else article

    def _run(self, articles: Iterable[Article], batch_size: int, n_process: int) -> Iterator[ArticleResult]:
        pairs = ((self._make_doc(a), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield doc_to_result(doc, article)

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.clean_text)
        doc._.published = article.published.isoformat() if article.published else None
        doc._.title = article.title
        return doc


def doc_to_result(doc: Doc, article: Article) -> ArticleResult:
    """Records with texts cut from the article as read (the doc holds the cleaned copy)."""
    text = article.text
    entities = [
        Entity(
            text=text[e.start_char : e.end_char],
            label=e.label_,
            start=e.start_char,
            end=e.end_char,
            value=e._.value,
            currency=e._.currency,
        )
        for e in doc.ents
        if not e._.description  # ('la banque publique': a description, linked to Bpifrance, is no name)
    ]
    pledges = []
    for row in doc._.pledges:
        row = dict(row)
        row["sentence"] = text[row["start"] : row["end"]].strip()
        row["amount_text"] = text[row.pop("amount_start") : row.pop("amount_end")]
        pledges.append(Pledge(**row))
    return ArticleResult(
        source=article.source,
        title=article.title,
        published=article.published,
        pledges=pledges,
        entities=entities,
    )
