"""Page furniture: a platform's name in a page's follow and share buttons is no mention.

News pages carry lines such as ``WhatsApp``, ``Facebook ile Paylaş`` or ``Google Play
Store`` between the paragraphs: buttons, no prose. A line that names a platform (a catalogue row
flagged ``platform``) and holds nothing else but the words of platforms and of such buttons
names nothing; the same platform in a sentence (``Google'ın yeni telefonu``) is its mention.
"""

from __future__ import annotations

from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.lang.tr.text import iter_folded_words, turkish_lower, words

PLATFORM = "platform"
#: the words of follow, share and download buttons and of the products named beside a platform
BUTTON_WORDS = frozenset({"takip", "et", "ile", "bizi", "paylaş", "abone", "ol", "indir", "uygulamamızı",
                          "news", "play", "store", "app", "kanalımız", "kanalımıza", "katıl", "haberler",
                          # share rows: ``Paylaş Tweetle WhatsApp``, ``Share Tweet``, ``E-posta``, ``Yazdır``
                          "tweetle", "tweet", "share", "paylaşın", "e", "posta", "yazdır", "kopyala", "link",
                          "linki", "bağlantıyı", "gönder"})


class Furniture:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.platform_words = frozenset(turkish_lower(w.text) for row in catalogue.rows.values()
                                        if PLATFORM in row.flags for s in row.spellings for w in words(s))

    def outside(self, text: str, matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
        """The matches that lie on no line of page furniture."""
        furniture: dict[int, bool] = {}  # a line's start -> whether it is furniture
        kept = []
        for match in matches:
            start = text.rfind("\n", 0, match.start) + 1
            if start not in furniture:
                end = text.find("\n", match.end)
                furniture[start] = self._is_furniture(text[start : len(text) if end < 0 else end])
            if not furniture[start]:
                kept.append(match)
        return kept

    def _is_furniture(self, line: str) -> bool:
        # most lines with a platform's name are paragraphs of prose: read word by word, they are
        # left at their first word that is neither a platform's nor a button's
        platform = False
        for folded in iter_folded_words(line):
            if folded in self.platform_words:
                platform = True
            elif folded not in BUTTON_WORDS:
                return False
        return platform
