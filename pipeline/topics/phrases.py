"""Small tests on the phrases around a list (used by ``pipeline.topics.agenda``): whether a
discussion verb is passive, where a quoted statement opens, whether a word belongs to the
noun phrase after it."""

from __future__ import annotations

from pipeline.lang.tr.morphology import has_case, has_compound_head, is_nominalized_verb
from pipeline.topics.clauses import STATEMENT_QUOTE, Sentence
from pipeline.topics.cues import FoundCue

#: The passive stems of the light verbs of discussion nouns (``bilgi sunuldu``, ``görüşmelerde bulunuldu``).
PASSIVE_LIGHT_VERBS = ("bulunul", "sunul", "veril", "alın", "yapıl", "gerçekleştiril", "edil")


def passive_discussion(sentence: Sentence, cue: FoundCue) -> bool:
    """``X, Y ve Z'ye ilişkin değerlendirmelerde bulunuldu``: a postposition whose discussion
    verb is passive has no subject, so a first chunk before a comma is an item too."""
    return cue.cue.role == "postposition" and sentence.tokens[cue.last - 1].folded.startswith(PASSIVE_LIGHT_VERBS)


def quote_start(sentence: Sentence, index: int) -> int:
    """Where the quoted statement holding ``index`` opens (0 outside one)."""
    return next((i for i in range(index, -1, -1) if STATEMENT_QUOTE in sentence.marks[i]), 0)


def owner_of_verbal_noun(sentence: Sentence, last: int, cue: FoundCue) -> bool:
    """``teklifin görüşmesi``: an item in the genitive before a verbal noun cue owns it."""
    verb = sentence.tokens[cue.last - 1].folded
    return last <= cue.first and is_nominalized_verb(verb) and has_case(sentence.tokens[last - 1].folded, "gen")


def owns_next_noun(sentence: Sentence, index: int) -> bool:
    """``tasfiye etme sürecine``: a bare verbal noun before a possessed noun is the first half of a compound."""
    word = sentence.tokens[index].folded
    if index + 1 >= len(sentence.tokens) or sentence.mark_after(index) or not word.endswith(("me", "ma")):
        return False
    following = sentence.tokens[index + 1]
    return not following.capitalized and has_compound_head(following.folded)


def before_olan(sentence: Sentence, index: int) -> bool:
    """A locative right before ``olan``/``bulunan`` is the predicate of a relative clause."""
    token = sentence.tokens[index]
    following = sentence.tokens[index + 1].folded if index + 1 < len(sentence.tokens) else ""
    return following in ("olan", "bulunan") and has_case(token.folded, "loc") and not sentence.mark_after(index)
