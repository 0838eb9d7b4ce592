"""spaCy components, one per file, each with a factory and a default config."""
from ..regex_cache import import_french

# Before any component imports spacy.lang.fr: its tokenizer regex then loads from the cache (see regex_cache).
import_french()
