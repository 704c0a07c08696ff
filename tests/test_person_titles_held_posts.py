"""Offices said as the post a person holds or is put in (``-lIk``): ``X Komutanlığını yürütüyor``
is the subject's office ``X Komutanı``; ``X Müdürlüğüne atanan Ayşe Demir`` is the next name's
``X Müdürü``; a post with any other verb (``Başkanlığını yaptığı toplantı``) or case is no title.
Sentences written for these tests."""

import pytest

import pipeline


def person_titles(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ali Kaya, 2021'den bu yana Barış Gücü Komutanlığını yürütüyor.", "Ali Kaya", "Barış Gücü Komutanı"),
        ("Ali Kaya, Deniz Görev Grubunun Kurmay Başkanlığını üstlendi.", "Ali Kaya",
         "Deniz Görev Grubu Kurmay Başkanı"),  # the owner's genitive goes
        ("Ali Kaya, Barış Gücü Komutanlığını, dün Priştine'de yapılan törenle devraldı.", "Ali Kaya",
         "Barış Gücü Komutanı"),  # the verb closes the sentence
        ("Ankara İl Sağlık Müdürlüğüne atanan Ayşe Demir göreve başladı.", "Ayşe Demir", "Ankara İl Sağlık Müdürü"),
        # the case ending after an apostrophe
        ("Ali Kaya, Tümen Komutanlığı'nı, dün yapılan törenle devraldı.", "Ali Kaya", "Tümen Komutanı"),
        ("Meclis Başkanlığına seçilen Tümgeneral Mehmet Yılmaz konuştu.", "Mehmet Yılmaz", "Meclis Başkanı"),
        ("Toplantıya Milli Eğitim Bakanlığını yürüten Veli Demir katıldı.", "Veli Demir", "Milli Eğitim Bakanı"),
        ("Toplantıya Genel Sekreterliği görevini yürüten Veli Demir katıldı.", "Veli Demir", "Genel Sekreter"),
        # being in the post (``görevinde bulunan``) holds it too
        ("Yıllarca Rize Valiliği görevinde bulunan Veli Demir anılarını yazdı.", "Veli Demir", "Rize Valisi"),
        # a deputy's post: ``-lIk`` on the modifier
        ("Sinop Vali Yardımcılığına atanan Ayşe Demir göreve başladı.", "Ayşe Demir", "Sinop Vali Yardımcısı"),
        ("Ayşe Demir, Sinop Vali Yardımcılığı görevini yürütüyor.", "Ayşe Demir", "Sinop Vali Yardımcısı"),
        ("Bankanın Genel Müdür Yardımcılığına getirilen Mehmet Aksoy konuştu.", "Mehmet Aksoy", "Genel Müdür Yardımcısı"),
    ],
)
def test_a_held_post_gives_its_holder_the_office(text, name, title):
    assert title in person_titles(text)[name]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Kaya, Başkanlığını yaptığı toplantıda konuştu.",  # yap-: no verb of holding
        "Ali Kaya, Bakanlığa bağlı birimleri gezdi.",
        "Ali Kaya, Komutanlığın yürüttüğü tatbikatı izledi.",  # the genitive: the command does it
    ],
)
def test_a_post_without_a_verb_of_holding_is_no_title(text):
    assert person_titles(text) == {"Ali Kaya": []}


def test_a_participle_post_is_not_the_subjects():
    titles = person_titles("Ali Kaya, Milli Eğitim Bakanlığını yürüten Veli Demir ile görüştü.")
    assert titles == {"Ali Kaya": [], "Veli Demir": ["Milli Eğitim Bakanı"]}


def test_a_deputy_word_with_lik_and_no_verb_of_holding_is_no_title():
    assert person_titles("Ali Kaya, Vali Yardımcılığının önünde bekledi.") == {"Ali Kaya": []}
