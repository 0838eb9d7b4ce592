"""Extract investment pledges from French tech and business news."""
from .records import ArticleResult, Entity, Pledge

__all__ = ["Extractor", "ArticleResult", "Entity", "Pledge"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Import lazily so that `import extractor` (and the CLI's --help) does not load spaCy.
    if name == "Extractor":
        from .api import Extractor

        return Extractor
    raise AttributeError(name)
