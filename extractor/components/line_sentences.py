"""Component ``line_sentences``: a line break that ends a paragraph or a title starts a sentence.

News text puts titles, bullets and headings on their own lines without a final full stop; the parser
would glue them to the next sentence and a pledge would borrow the heading's words. The parser keeps
sentence starts that are set before it runs.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


BULLETS = {"•", "-", "–", "—", "*", "·", "▪"}


@Language.factory("line_sentences", default_config={})
def make_line_sentences(nlp: Language, name: str) -> "LineSentences":
    return LineSentences()


class LineSentences:
    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                nxt = doc[token.i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
                    if nxt.text in BULLETS and nxt.i + 1 < len(doc):
                        doc[nxt.i + 1].is_sent_start = False
        return doc
