"""The self-filling memo the per-word look-ups share."""

from pipeline.lang.tr.text import turkish_lower
from pipeline.memo import Memo


def test_a_memo_computes_each_key_once_and_starts_again_when_full():
    asked = []
    memo = Memo(lambda word: asked.append(word) or turkish_lower(word), 2)
    assert list(map(memo.__getitem__, ["İZMİR", "Işık", "İZMİR"])) == ["izmir", "ışık", "izmir"]
    assert asked == ["İZMİR", "Işık"]
    assert memo["Ankara"] == "ankara" and list(memo) == ["Ankara"]  # full at two: started again
