"""Component ``line_sentences``: sentence boundaries set before the parser, which keeps them.

News text puts titles, bullets and headings on their own lines without a final full stop; the parser
would glue them to the next sentence and a pledge would borrow the heading's words. So a line break
starts a sentence. And the parser of ``fr_core_news_md``, left free, also cuts sentences in the middle,
before names it does not know (a sixth of the corpus's sentences): so every other token is marked as no
sentence start, except after a full stop, a question mark or a dateline's dash.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


BULLETS = {"•", "-", "–", "—", "*", "·", "▪"}


@Language.factory("line_sentences", default_config={})
def make_line_sentences(nlp: Language, name: str) -> "LineSentences":
    return LineSentences()


SENTENCE_ENDS = {".", "!", "?", "…"}
CLOSERS = {"»", '"', "”", ")"}
DASHES = {"-", "–", "—"}
OPENERS = {"«", '"', "“", "(", "–", "—", "-"}
CURRENCY_SIGNS = {"€", "$", "£", "¥"}


def _ends_on_its_stop(doc: Doc, token) -> bool:
    """A word the tokenizer kept with its full stop: 'Inc.' may end a sentence, 'B.' too after a
    lower-case word ('une série B.'), not an initial ('J. Dupont')."""
    word, stop = token.text[:-1], token.text[-1:]
    if stop in SENTENCE_ENDS and word[-1:] in CURRENCY_SIGNS and word[:-1].isalpha():
        return True  # 'Montant accordé : 22 M€. Enfin, ...': the tokenizer keeps 'M€.' whole
    if stop not in SENTENCE_ENDS or not word.isalpha():
        return False
    if len(word) > 1:
        return True
    return token.i > 0 and doc[token.i - 1].text[:1].islower()


class LineSentences:
    def __call__(self, doc: Doc) -> Doc:
        """Sentences start at a line break, or after a full stop before a capital, a digit or a quote;
        nowhere else. Left free, the parser also cuts inside sentences, before names it does not know
        ('La biotech lyonnaise | Enyo | Pharma | boucle un tour'), and the sentence loses its subject."""
        ended = False  # a sentence end was seen since the last word
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if previous.is_space or "\n" in previous.whitespace_:
                if "\n" in previous.text or "\n" in previous.whitespace_:
                    ended = True
            elif previous.text in SENTENCE_ENDS or _ends_on_its_stop(doc, previous):
                ended = True
            elif previous.text in DASHES and previous.whitespace_ and doc[previous.i - 1].is_digit:
                ended = True  # the dateline 'Roubaix, le 14 mars 2024 - OVHcloud va investir ...'
            elif previous.text not in CLOSERS:
                ended = False
            if token.is_space:
                continue
            starts = ended and (
                token.text[:1].isupper() or token.text[:1].isdigit() or token.text in OPENERS or token.text in BULLETS
                or "\n" in previous.text or "\n" in previous.whitespace_
            )
            token.is_sent_start = starts
            if starts and token.text in BULLETS and token.i + 1 < len(doc):
                ended = False
        return doc
