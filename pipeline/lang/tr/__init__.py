"""The Turkish language layer: text folding and words, suffix morphology, numbers, calendar words, tense."""
