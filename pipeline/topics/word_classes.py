"""The word classes that shape agenda lists (``data/topic_words.tsv``): meeting nouns,
participants, generic words, boundaries and the rest, by kind; nouns are compared on their
stems, function words as written.
"""

from __future__ import annotations

from pipeline.lang.tr.endings import ends_in, without_ending
from pipeline.lang.tr.morphology import Stemmer
from pipeline.lang.tr.text import words
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.resources import read_tsv
from pipeline.topics.clauses import Token, tokens_of

#: the case endings a word of a known kind may carry where the stemmer did not know it
_LOOSE_CASES = ("loc", "abl", "loc_ki", "dat", "gen", "ins")

#: Kinds of nouns, compared on their stems (``toplantısında`` is a ``toplantı``); the other
#: kinds are function words and fixed forms, compared as written.
INFLECTED_KINDS = {"setting", "participant", "generic", "generic_head", "relation", "comitative", "round", "speech", "hearing", "manner", "procedure", "audience", "peak", "kin", "talk", "opportunity", "placeholder", "entrant", "court"}
#: How many (kind, word) answers ``WordClasses.has`` remembers (then it starts again).
MEMO_SIZE = 200_000


class WordClasses:
    """The word lists of ``data/topic_words.tsv``, by kind."""

    def __init__(self, table: str, stemmer: Stemmer) -> None:
        self.by_kind: dict[str, set[str]] = {}
        self.key = stemmer.key  #: the stem key of a folded word, for words met outside a sentence's tokens
        pairs = []
        for row in read_tsv(table):
            if row["kind"] == "pair":
                pairs.append((row["word"], "pair"))
                continue
            tokens = tokens_of(row["word"], words(row["word"]), stemmer.key)
            self.by_kind.setdefault(row["kind"], set()).add(" ".join(t.folded for t in tokens))
            self.by_kind.setdefault(row["kind"] + "_key", set()).add(" ".join(t.key for t in tokens))
        self.pairs = Gazetteer(pairs, proper=False, inflected=True)
        self.clause_verbs = frozenset(self.by_kind.get("clause_verb", ()))
        # the answer depends on the kind and the token's folded form and key alone, and the
        # finder asks it of every word of every sentence (a meeting's setting): remembered
        self._answers: dict[tuple[str, str, str], bool] = {}

    def has(self, kind: str, token: Token) -> bool:
        question = (kind, token.folded, token.key)
        answer = self._answers.get(question)
        if answer is None:
            if len(self._answers) >= MEMO_SIZE:
                self._answers.clear()
            answer = self._answers[question] = self._has(kind, token.folded, token.key)
        return answer

    def has_any(self, kind: str, tokens: list[Token]) -> bool:
        """Whether any of the tokens is a word of ``kind``: asked of every token of every
        sentence, so a remembered answer is read here without a call per token."""
        answers = self._answers
        for token in tokens:
            answer = answers.get((kind, token.folded, token.key))
            if answer if answer is not None else self.has(kind, token):
                return True
        return False

    def _has(self, kind: str, folded: str, key: str) -> bool:
        if folded in self.by_kind.get(kind, ()):
            return True
        if kind not in INFLECTED_KINDS:
            return False
        if key in self.by_kind.get(kind + "_key", ()):
            return True
        # a case ending the stemmer left on a word it does not know, in either vowel harmony
        # (``kabulde``: loanwords break it)
        stem = without_ending(folded, *_LOOSE_CASES)
        if stem != folded and stem in self.by_kind.get(kind, ()):
            return True
        # "mevkidaşımla", "meslektaşlarım": the speaker's own partner (first person singular
        # possessive, which the stemmer leaves on since "yönetim" ends so too)
        owner = without_ending(stem, "poss1")
        return kind == "participant" and owner != stem and without_ending(owner, "plural") in self.by_kind[kind]

    def has_phrase(self, kind: str, tokens: list[Token]) -> bool:
        """Whether the tokens together are a word of ``kind`` (``iş birliği`` is two tokens)."""
        if len(tokens) == 1:
            return self.has(kind, tokens[0])
        if " ".join(t.folded for t in tokens) in self.by_kind.get(kind, ()):
            return True
        return kind in INFLECTED_KINDS and " ".join(t.key for t in tokens) in self.by_kind.get(kind + "_key", ())

    def is_generic(self, token: Token) -> bool:
        return any(
            self.has(kind, token) for kind in ("generic", "generic_head", "particle", "postposition", "dative_postposition")
        )


def word_list(table: str) -> list[str]:
    """Every word and phrase of ``data/topic_words.tsv`` (the vocabulary for a ``Stemmer``)."""
    return [row["word"] for row in read_tsv(table)]


def is_adjective(word_classes: WordClasses, token: Token) -> bool:
    word = token.folded
    # "-sIz" makes adjectives ("acımasız ve ... saldırılar"); short words ending so are rarer guesses
    return word_classes.has("adjective", token) or ends_in(word, "adjective") or (len(word) >= 7 and ends_in(word, "without"))
