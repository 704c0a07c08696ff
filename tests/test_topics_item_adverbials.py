"""What stands before an item's first word without being part of it: a frame (``X
doğrultusunda``) with the dates and places after it, a common noun in the locative that opens
the sentence (where the talks were held), and the capital of a list entry on a common noun
before a meeting noun. The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


FRAMES = [
    # a frame, a date and a place before a noun phrase with no verb form: adverbials of the cue
    ("Heyetler, barış takvimi doğrultusunda 12 Mart'ta Kahire'de rehine değişimini müzakere edecek.",
     ["rehine değişimi"]),
    # a month with its time noun in the locative reads as a date too
    ("Heyetler, barış takvimi doğrultusunda mart ayında Kahire'de rehine değişimini müzakere edecek.",
     ["rehine değişimi"]),
    # a frame before a capitalized word: only the frame goes
    ("Kurul toplandı. Toplantıda yatırım programı kapsamında yeni baraj projesi ele alındı.",
     ["yeni baraj projesi"]),
    # near miss: a participle after the dates takes them, and they stay
    ("Heyetler, barış takvimi doğrultusunda 12 Mart'ta yapılacak rehine değişimini müzakere edecek.",
     ["12 Mart'ta yapılacak rehine değişimi"]),
    # near miss: a participle right after the frame takes it
    ("Kurul toplandı. Toplantıda enerji planı kapsamında sürdürülen projeler ele alındı.",
     ["enerji planı kapsamında sürdürülen projeler"]),
    # near miss: a frame set off by a comma before a verbal noun belongs to the item
    ("Kurul toplandı. Toplantıda barış hedefi doğrultusunda, çatışmaların sona erdirilmesi ele alındı.",
     ["barış hedefi doğrultusunda, çatışmaların sona erdirilmesi"]),
]


@pytest.mark.parametrize("text, expected", FRAMES)
def test_a_leading_frame_is_an_adverbial_without_a_verb_form_after_it(text: str, expected: list[str]) -> None:
    assert topics(text) == expected


SCENES = [
    # a common noun in the locative opens the sentence: where, not what
    ("Valilikte enerji güvenliği hakkında görüşüldü.", ["enerji güvenliği"]),
    ("Valilikte enerji güvenliği ve su kaynakları görüşüldü.", ["enerji güvenliği", "su kaynakları"]),
    # near miss: a participle right after the locative takes it
    ("Okulda yaşanan kaza ve alınacak önlemler görüşüldü.", ["Okulda yaşanan kaza", "alınacak önlemler"]),
    # near miss: a name's locative before a headline-like phrase stays
    ("İstanbul'da toplu ulaşıma zam görüşüldü.", ["İstanbul'da toplu ulaşıma zam"]),
]


@pytest.mark.parametrize("text, expected", SCENES)
def test_a_sentence_opening_locative_is_the_scene(text: str, expected: list[str]) -> None:
    assert topics(text) == expected


ENTRIES = [
    # a list entry's capital on a common noun before a meeting noun: what is talked about
    ("Toplantıda şu konular görüşüldü: Bütçe görüşmeleri, Yol çalışmaları, Park düzenlemeleri.",
     ["Bütçe görüşmeleri", "Yol çalışmaları", "Park düzenlemeleri"]),
    ("Meclis toplantısında ele alınan konular şunlardı:\n- Bütçe görüşmeleri\n- Yol çalışmaları\n",
     ["Bütçe görüşmeleri", "Yol çalışmaları"]),
    # near miss: a body's meeting, or a body itself, names no topic
    ("Toplantıda şu konular görüşüldü: Kabine toplantısı, Yol çalışmaları.", ["Yol çalışmaları"]),
    ("Toplantıda şu konular ele alındı: Bütçe görüşmeleri, Belediye meclisi, Yol çalışmaları.",
     ["Bütçe görüşmeleri", "Yol çalışmaları"]),
]


@pytest.mark.parametrize("text, expected", ENTRIES)
def test_a_list_entry_headed_by_a_meeting_noun_is_an_item(text: str, expected: list[str]) -> None:
    assert topics(text) == expected


def test_a_dropped_vowel_noun_loses_its_accusative_in_an_object_list() -> None:
    text = "İki bakan görüşmede ticaret hacmini ve enerji iş birliğini ele aldı."
    assert topics(text) == ["ticaret hacmi", "enerji iş birliği"]
