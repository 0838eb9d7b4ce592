"""The assembled pipeline as a spaCy user meets it: saved, reloaded, extended, multiprocessed."""
from __future__ import annotations

import pytest
import spacy

from extractor.pipeline import save_pipeline

SENTENCE = "Le groupe canadien Brookfield investira 20 milliards d'euros dans un data center à Cambrai."


def _pledges(doc):
    return [(p["investor"], p["amount"], p["currency"], p["location"]) for p in doc._.pledges]


def test_saved_pipeline_loads_with_spacy_load(tmp_path, nlp):
    path = save_pipeline(tmp_path / "fr_pledge")
    reloaded = spacy.load(path)
    assert "lemmatizer" not in reloaded.pipe_names
    assert _pledges(reloaded(SENTENCE)) == _pledges(nlp(SENTENCE)) == [("Brookfield", 20e9, "EUR", "Cambrai")]


def test_components_are_registered_as_spacy_factories():
    """`pip install` declares the factories as entry points: add_pipe works without importing us."""
    base = spacy.blank("fr")
    base.add_pipe("money_entities")
    doc = base("Le fonds a levé 1,5 Md€ auprès de ses souscripteurs.")
    assert [(e.text, e._.value, e._.currency) for e in doc.ents] == [("1,5 Md€", 1.5e9, "EUR")]


def test_pledges_survive_multiprocessing(nlp):
    texts = [SENTENCE, "Bpifrance déploiera une enveloppe de 10 milliards d'euros sur cinq ans."]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [p["investor"] for d in docs for p in d._.pledges] == ["Brookfield", "Bpifrance"]


@pytest.mark.parametrize(
    "text,sentences",
    [
        # the parser alone cuts before names it does not know: 'La biotech lyonnaise | Enyo | Pharma | boucle'
        ("La biotech lyonnaise Enyo Pharma boucle un nouveau tour de table pour financer un essai de phase 2. "
         "Montant de l'opération : 12 M€.", 2),
        ("Une partie de la somme ira à Amazon Web Services, sa filiale de cloud, pour ses centres de données.", 1),
        # a full stop, a question mark and a closing quote end sentences; 'Inc.' before a lower-case word does not
        ("« Nous voulons investir », dit-il. Apple Inc. a annoncé 2 milliards. 1,2 milliard ? Non : 100 millions.", 4),
        # a title line and a dateline each stand alone; 'série B.' ends its sentence
        ("OVHcloud accélère\nRoubaix, le 14 mars 2024 - OVHcloud va investir 200 millions d'euros.", 3),
        ("La start-up Qonto a bouclé une série B. Partager sur LinkedIn", 2),
        # the tokenizer keeps 'M€.' whole: its full stop still ends the sentence
        ("Hexana est également retenue. Montant accordé : 22 M€. Enfin, Calogena se voit attribuer 18 M€.", 3),
    ],
)
def test_sentences_end_only_at_a_full_stop_or_a_line_break(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences, [s.text for s in nlp(text).sents]
