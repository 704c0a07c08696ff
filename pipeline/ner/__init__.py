"""The components of the trained NER model (``models/ner``): token norms, lexicon tags, and the BILUO tagger head."""
