"""Lexicon matching shared by the stages: the gazetteer, the catalogues of named things, matches to entities."""
