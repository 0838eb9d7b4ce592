"""Inflected forms of the lexicon's words ('reçoit' -> 'recevoir', 'totale' -> 'total'), as data.

The pipeline leaves the base model's lemmatizer out: run on every token it costs a fifth of the run time, and
its tables hold 150 MiB. The word classes only need the lemmas of their own words, so this module asks the
lemmatizer once, offline, for every form its exceptions and suffix rules can map to a lexicon
word, and writes the pairs to ``inflections.jsonl`` next to the lexicon. Regenerate after editing the lexicon:

    python -m extractor.components.pledge_records.inflections
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import spacy
from spacy.tokens import Doc

from ..spans import default_data_dir, read_jsonl, write_jsonl
from .component import INFLECTIONS_FILE, LEXICON_FILE, NAME

POS_TAGS = ("VERB", "AUX", "NOUN", "ADJ")


def candidate_forms(words: set[str], lookups, pos: str) -> set[str]:
    """Forms the lemmatizer may map to one of ``words`` for this part of speech."""
    univ = pos.lower()
    exceptions = lookups.get_table("lemma_exc", {}).get(univ, {})
    rules = lookups.get_table("lemma_rules", {}).get(univ, [])
    # (the lookup table, the lemmatizer's last resort, is keyed by string hashes: it cannot be listed)
    forms = {form for form, lemmas in exceptions.items() if isinstance(form, str) and words & set(lemmas)}
    for word in words:
        for old, new in rules:
            if word.endswith(new):
                forms.add(word[: len(word) - len(new)] + old)
    return forms


def derive_inflections(words: Iterable[str], base_model: str = "fr_core_news_md") -> list[dict]:
    """(form, part of speech) -> lemma rows, for the forms whose lemma is one of ``words``."""
    words = {w.lower() for w in words if " " not in w and "'" not in w}
    nlp = spacy.load(base_model, exclude=["senter", "attribute_ruler", "tok2vec", "morphologizer", "parser", "ner"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    rows = []
    for pos in POS_TAGS:
        for form in sorted(candidate_forms(words, lemmatizer.lookups, pos)):
            if not form.replace("-", "").isalpha():
                continue
            doc = Doc(nlp.vocab, words=[form], pos=[pos])
            lemma = lemmatizer.rule_lemmatize(doc[0])[0].lower()
            if lemma in words and lemma != form:
                rows.append({"form": form, "pos": pos, "lemma": lemma})
    return rows


def main(data_dir: Path | None = None) -> Path:
    data_dir = data_dir or default_data_dir(NAME)
    words = [row["text"] for row in read_jsonl(data_dir / LEXICON_FILE)]
    path = data_dir / INFLECTIONS_FILE
    write_jsonl(path, derive_inflections(words))
    return path


if __name__ == "__main__":
    print(f"wrote {main()}")
