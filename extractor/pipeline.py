"""Assemble the pipeline: fr_core_news_md (only what we need) + our rule components."""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Optional, Sequence

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401  (registers Doc/Span attributes)
from .components.spans import MODEL_DIR

BASE_MODEL = "fr_core_news_md"
# Components of the base model we do not use. Keep the parser: sentence boundaries and the
# dependency tree drive the linking of an amount to its investor. The rule lemmatizer costs a fifth
# of the run time and its tables 150 MiB: pledge_records reads the lemmas of its own words from
# inflections.jsonl, derived once from it. The attribute ruler only feeds the lemmatizer here:
# without it, every entity and record of the corpus is unchanged.
BASE_EXCLUDE: tuple[str, ...] = ("senter", "lemmatizer", "attribute_ruler")
# Our components, in pipeline order, and the module that declares each factory.
OUR_COMPONENTS: dict[str, str] = {
    "org_corrections": "extractor.components.org_corrections",
    "money_entities": "extractor.components.money_entities",
    "time_entities": "extractor.components.time_entities",
    "pledge_records": "extractor.components.pledge_records",
}


def build_pipeline(components: Optional[Sequence[str]] = None) -> Language:
    """fr_core_news_md + ``components`` (default: all of ours), rule data read from ``models/``."""
    nlp = spacy.load(BASE_MODEL, exclude=list(BASE_EXCLUDE))
    importlib.import_module("extractor.components.line_sentences")
    nlp.add_pipe("line_sentences", before="parser")
    for name in components if components is not None else OUR_COMPONENTS:
        importlib.import_module(OUR_COMPONENTS[name])  # registers the factory without an install
        nlp.add_pipe(name)
    return nlp


def load_pipeline(path: Optional[str | Path] = None) -> Language:
    """Load a pipeline saved by ``save_pipeline`` (or ``extractor build-model``), else build it."""
    if path is None:
        return build_pipeline()
    for module in ["extractor.components.line_sentences", *OUR_COMPONENTS.values()]:
        importlib.import_module(module)
    return spacy.load(path)


def save_pipeline(path: str | Path = MODEL_DIR) -> Path:
    """Write the whole pipeline so that ``spacy.load(path)`` works for any spaCy user."""
    nlp = build_pipeline()
    nlp.to_disk(path)
    return Path(path)
