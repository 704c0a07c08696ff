"""Agenda readings of round 27: a list pointed to by ``şu maddeler`` between an opener and its
closer follows the closer's colon; a person named in the genitive before an item is its speaker,
not a word of it, unless the item is theirs; the time of the session after an item is no word of
it; a court hearing a case, chances in a match and ``yine`` state no agenda. Inputs are sentences
written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    "opening",
    ["Toplantının gündeminde şu maddeler yer aldı:", "Toplantının gündeminde şunlar vardı:",
     "Meclisin gündeminde şu konular bulunuyor:"],
)
def test_a_list_pointed_to_before_the_closer_follows_its_colon(opening):
    text = f"Belediye meclisi dün toplandı. {opening} su tarifelerinin güncellenmesi, park alanları ve kira artışları."
    assert topics(text) == ["su tarifelerinin güncellenmesi", "park alanları", "kira artışları"]


def test_a_speaker_in_the_genitive_is_no_word_of_the_item():
    text = ("Kabine toplantısında Hazine ve Maliye Bakanı Mehmet Şimşek'in kamu maliyesindeki gelişmelere ilişkin "
            "sunum yapması bekleniyor.")
    assert topics(text) == ["kamu maliyesindeki gelişmeler"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda Putin'in Ukrayna'ya yönelik saldırıları ele alındı.", ["Putin'in Ukrayna'ya yönelik saldırıları"]),
        ("Toplantıda Başkan Ahmet Yılmaz'ın Kaya ile yaptığı görüşmenin sonuçları ele alındı.",
         ["Başkan Ahmet Yılmaz'ın Kaya ile yaptığı görüşmenin sonuçları"]),
    ],
)
def test_a_person_in_the_genitive_stays_where_the_item_is_theirs(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("time", ["nisan ayındaki", "gelecek haftaki"])
def test_the_time_of_the_session_is_no_word_of_the_item(time):
    text = f"Belediye meclisi toplandı. Bütçe teklifinin {time} oturumda yeniden görüşülmesi bekleniyor."
    assert topics(text) == ["Bütçe teklifi"]


@pytest.mark.parametrize(
    "text",
    [
        "Davayı görüşen Gebze 2. İş Mahkemesi, işçinin tazminat talebini kabul etti.",
        "İtirazı görüşen Yargıtay 9. Hukuk Dairesi kararı bozdu.",
        "Basın toplantısında konuşan Buruk, 'İlk yarıda pozisyonları değerlendiremedik' dedi.",
        "Erdoğan ile Putin yine masada\n\nCumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile yarın bir araya gelecek.",
    ],
)
def test_no_agenda_where_a_case_a_chance_or_an_adverb_is_all(text):
    assert topics(text) == []


def test_a_decimal_comma_is_no_list_comma():
    text = "Toplantıda 1,5 milyon emeklinin durumu ve 3,2 puanlık faiz indirimi ele alındı."
    assert topics(text) == ["1,5 milyon emeklinin durumu", "3,2 puanlık faiz indirimi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Genel Kurulda gelecek hafta vergi düzenlemesi görüşülecek.", ["vergi düzenlemesi"]),
        ("Genel Kurulda bu ay vergi düzenlemesi görüşülecek.", ["vergi düzenlemesi"]),
        # a participle of the item takes the time
        ("Toplantıda gelecek hafta yapılacak seçim ele alındı.", ["gelecek hafta yapılacak seçim"]),
    ],
)
def test_a_two_word_time_before_the_item_is_no_word_of_it(text, expected):
    assert topics(text) == expected
