"""Offices said with ``olarak`` before the name that holds them (a cabinet listed post by post), and
the field of an office said in lowercase with ``sorumlu`` (``dış ilişkilerden sorumlu``). Inputs are
short sentences written for these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


def test_a_cabinet_listed_post_by_post_gives_each_post_to_the_name_after_it():
    text = ("Yeni kabinede Maliye Bakanı olarak Mert Aksoy, Sağlık Bakanı olarak Elif Tunç ve "
            "Tarım Bakanı olarak Kerem Sarı yer aldı.")
    assert titled_persons(text) == {
        "Mert Aksoy": ["Maliye Bakanı"], "Elif Tunç": ["Sağlık Bakanı"], "Kerem Sarı": ["Tarım Bakanı"],
    }


def test_two_posts_said_with_a_comma_before_olarak_are_both_the_next_names():
    text = "Listeye göre Devlet Bakanı, Gençlik ve Spor Bakanı olarak Deniz Ak, Maliye Bakanı olarak Can Er atandı."
    assert titled_persons(text) == {
        "Deniz Ak": ["Devlet Bakanı", "Gençlik ve Spor Bakanı"], "Can Er": ["Maliye Bakanı"],
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject, said after the office
        ("Genel Müdür olarak Selin Arı göreve başladı.", {"Selin Arı": ["Genel Müdür"]}),
        # a name with a case suffix after ``olarak``: what the subject did as the holder
        ("Ali Kaya, Kulüp Başkanı olarak Ayşe Demir'e teşekkür etti.",
         {"Ali Kaya": ["Kulüp Başkanı"], "Ayşe Demir": []}),
        # a name said with ``ile``: someone the holder met
        ("Ali Kaya, Kulüp Başkanı olarak Ayşe Demir ile görüştü.",
         {"Ali Kaya": ["Kulüp Başkanı"], "Ayşe Demir": []}),
        # no name after ``olarak``: the apposition of the name before
        ("Ali Kaya, Genel Müdür olarak Ankara'ya gitti.", {"Ali Kaya": ["Genel Müdür"]}),
    ],
)
def test_who_holds_an_office_said_with_olarak(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, title",
    [
        ("Zirvede Fransa'dan Afrika ile ticaretten sorumlu Devlet Bakanı Klaus Berger de vardı.",
         "Afrika ile ticaretten sorumlu Devlet Bakanı"),
        ("Dün dış ilişkilerden sorumlu Parti Sözcüsü Ahmet Kaya konuştu.",
         "dış ilişkilerden sorumlu Parti Sözcüsü"),
        ("Toplantıda enerji ve madencilikten sorumlu Bakan Yardımcısı Ahmet Kaya konuştu.",
         "enerji ve madencilikten sorumlu Bakan Yardımcısı"),
        ("Ekonomiden sorumlu Başbakan Yardımcısı Ahmet Kaya açıklama yaptı.",
         "Ekonomiden sorumlu Başbakan Yardımcısı"),
    ],
)
def test_a_field_said_in_lowercase_with_sorumlu_stays_in_the_office(text, title):
    assert titled_persons(text) == {"Ahmet Kaya" if "Ahmet" in text else "Klaus Berger": [title]}


@pytest.mark.parametrize(
    "text",
    [
        "Kazadan sorumlu tutulan sürücü Ahmet Kaya tutuklandı.",
        "Olaydan sorumlu Ahmet Kaya gözaltına alındı.",
    ],
)
def test_sorumlu_said_of_blame_gives_no_office(text):
    assert titled_persons(text) == {"Ahmet Kaya": []}
