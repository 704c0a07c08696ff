"""The components that feed the trained NER model (``models/ner``): token norms and lexicon tags."""
