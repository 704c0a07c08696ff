"""Agenda items cut at an inner ``ile`` and meeting nouns that head a topic (issue 16): ``ile``
after the head of a noun phrase joins two items before a later comma or coordinator, while
``ile`` of a relation, of a partner and its noun, or after a verbal noun stays inside one
item; talks held somewhere else (``X'teki müzakereler``) are a topic, not the meeting's
scene. The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


INNER_ILE = [
    # (sentence, expected items)
    # a possessed head before "ile", more items after a comma: "ile" is the first coordinator
    ("Kurul toplandı. Toplantıda Kafkasya'daki sınır gerginliği ile Mısır, Sudan ve Çad ele alınacak.",
     ["Kafkasya'daki sınır gerginliği", "Mısır", "Sudan", "Çad"]),
    # a plural possessed head before "ile", "ve" joining the last two items
    ("Parti yönetimi toplandı. Toplantıda sendikaların talepleri ile kırsal kalkınma ve kuraklık değerlendirilecek.",
     ["sendikaların talepleri", "kırsal kalkınma", "kuraklık"]),
    # the classifier of the item before "ile" is its own, not shared by the list
    ("Kurul toplandı. Toplantıda liman ve demiryolu meseleleri ile vergi muafiyetleri ve göç ele alındı.",
     ["liman ve demiryolu meseleleri", "vergi muafiyetleri", "göç"]),
]

ONE_ITEM_ILE = [
    # "ile" of a relation noun
    ("Kurul toplandı. Toplantıda Türkiye ile Kenya arasındaki ilişkiler, enerji ve ticaret ele alındı.",
     ["Türkiye ile Kenya arasındaki ilişkiler", "enerji", "ticaret"]),
    # a partner before a comitative noun
    ("Kurul toplandı. Toplantıda komşu ülkeler ile iş birliği, enerji ve ticaret ele alındı.",
     ["komşu ülkeler ile iş birliği", "enerji", "ticaret"]),
    # the partner of a relative clause
    ("Kurul toplandı. Toplantıda üreticiler ile yapılan anlaşmalar, enerji ve ticaret ele alındı.",
     ["üreticiler ile yapılan anlaşmalar", "enerji", "ticaret"]),
    # two verbal nouns joined by "ile" before one frame
    ("Kurul toplandı. Toplantıda borçların silinmesi ile esnafın desteklenmesine yönelik adımlar, göç ve enerji ele alındı.",
     ["borçların silinmesi ile esnafın desteklenmesine yönelik adımlar", "göç", "enerji"]),
]


@pytest.mark.parametrize(("sentence", "expected"), INNER_ILE)
def test_ile_after_a_head_noun_joins_two_items(sentence: str, expected: list[str]) -> None:
    assert topics(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), ONE_ITEM_ILE)
def test_ile_of_a_relation_partner_or_verbal_noun_stays_in_one_item(sentence: str, expected: list[str]) -> None:
    assert topics(sentence) == expected


TALKS_ELSEWHERE = [
    # a meeting noun in the genitive before the cue, after a place's "-ki": talks held there
    ("Sözcü, cuma günü toplanacak Güvenlik Konseyi'nde Kafkasya'daki yeni müzakerelerin ele alınacağını söyledi.",
     ["Kafkasya'daki yeni müzakereler"]),
    ("Bakanlar kurulunda Sudan'daki barış görüşmelerinin ele alınacağı bildirildi.",
     ["Sudan'daki barış görüşmeleri"]),
    ("Sözcü, kurulda Kıbrıs'taki kritik temasların masaya yatırılacağını açıkladı.", ["Kıbrıs'taki kritik temaslar"]),
    ("Sözcü, haftaya yapılacak kurulda Viyana'daki görüşmenin gözden geçirileceğini söyledi.",
     ["Viyana'daki görüşme"]),
]

MEETING_SCENE = [
    # the meeting that owns the agenda is still no topic
    ("Kabine toplantısının gündeminde akaryakıt zamları var.", ["akaryakıt zamları"]),
    ("Tarım destekleri, Meclis'teki toplantının ele alacağı konular arasında.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TALKS_ELSEWHERE)
def test_talks_held_elsewhere_are_a_topic(sentence: str, expected: list[str]) -> None:
    assert topics(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), MEETING_SCENE)
def test_the_meeting_itself_is_no_topic(sentence: str, expected: list[str]) -> None:
    assert topics(sentence) == expected


VERBAL_NOUN_OWNERS = [
    # a verbal noun of a light verb before a classifier owns it: the item goes on past it
    ("Meclis toplandı. Genel Kurulda, askeri birliklerin tatbikata iştirak etmesi hususunda hükümetin hazırladığı tezkere görüşülecek.",
     ["askeri birliklerin tatbikata iştirak etmesi hususunda hükümetin hazırladığı tezkere"]),
    # while a verbal noun before "ve" still closes the clause before the list
    ("Meclis toplandı. Bakanlar temaslarda bulunması ve vergi indirimi konusunu görüştü.", ["vergi indirimi konusu"]),
]


@pytest.mark.parametrize(("sentence", "expected"), VERBAL_NOUN_OWNERS)
def test_a_verbal_noun_before_a_classifier_is_inside_the_item(sentence: str, expected: list[str]) -> None:
    assert topics(sentence) == expected
