"""spaCy components, one per file, each with a factory and a default config."""
