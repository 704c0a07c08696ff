"""Alternative sources of tokens, sentences, lemmas and morphology under the same stages.

The default backend is spaCy's own Turkish tokenizer (see ``pipeline.api``); each module
here builds a spaCy ``Language`` whose tokenizer is another toolkit.
"""
