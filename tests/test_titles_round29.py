"""Person titles, round 29: a body in a case before a rank or an office, a unit named by what it
fights (``Terörle Mücadele``), an acronym in parentheses after an office or its body, new posts
said in the dative, past posts said with ``-lığı yaptı``, owners in the genitive before an office
and offices listed with ``ve``. Sentences written for these tests."""

import pytest

from tests.conftest import titles_by_person as people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Gemide Hint Deniz Kuvvetlerinden Tuğamiral Rakesh Menon'dan bilgi alındı.", "Rakesh Menon", ["Tuğamiral"]),
        ("Törene Hava Kuvvetleri Komutanlığından Tümgeneral Selim Ateş katıldı.", "Selim Ateş", ["Tümgeneral"]),
        ("Bursa Emniyet Müdürlüğünde Asayiş Şube Müdürü olarak görev yapan Orhan Aslan emekli oldu.",
         "Orhan Aslan", ["Asayiş Şube Müdürü"]),
    ],
)
def test_a_body_in_a_case_before_a_title_is_no_part_of_it(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Terörle Mücadele Şube Müdürü Orhan Aslan konuştu.", "Terörle Mücadele Şube Müdürü"),
        ("Siber Suçlarla Mücadele Daire Başkanı Orhan Aslan konuştu.", "Siber Suçlarla Mücadele Daire Başkanı"),
        ("Kaçakçılık ve Organize Suçlarla Mücadele Şube Müdürü Orhan Aslan konuştu.",
         "Kaçakçılık ve Organize Suçlarla Mücadele Şube Müdürü"),
    ],
)
def test_a_unit_named_by_what_it_fights_opens_the_sentence_with_its_office(text, title):
    assert people(text)["Orhan Aslan"] == [title]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Hava Kuvvetleri Komutanı (HKK) Orgeneral Selim Ateş konuştu.", "Selim Ateş",
         ["Hava Kuvvetleri Komutanı", "Orgeneral"]),
        ("Toplantıda Müttefik Kuvvetler Yüksek Komutanı (SACLANT) Daniel Moore konuştu.", "Daniel Moore",
         ["Müttefik Kuvvetler Yüksek Komutanı"]),
        ("Avustralya Merkez Bankası (RBA) Başkanı Michele Bullock konuştu.", "Michele Bullock",
         ["Merkez Bankası Başkanı"]),
        ("Kanada Merkez Bankası (BoC) Başkanı Tiff Macklem konuştu.", "Tiff Macklem", ["Merkez Bankası Başkanı"]),
        ("KFOR Kuzey Bölge Komutanlığı (RC-N) Komutanı Albay Luca Bianchi konuştu.", "Luca Bianchi",
         ["KFOR Kuzey Bölge Komutanlığı Komutanı", "Albay"]),
    ],
)
def test_an_acronym_in_parentheses_after_an_office_or_its_body(text, name, titles):
    assert people(text)[name] == titles


def test_the_holders_country_between_an_office_and_a_rank_parts_neither():
    assert people("JFC Komutanı ABD'li Korgeneral John Miller konuştu.")["John Miller"] == ["JFC Komutanı", "Korgeneral"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Buna göre, Van Valisi Ayşe Demir, Konya Valiliğine atandı.", "Ayşe Demir", "Konya Valisi"),
        ("Muş İl Jandarma Komutanı Albay Ali Kaya, Bursa İl Jandarma Komutanlığına atandı.", "Ali Kaya",
         "Bursa İl Jandarma Komutanı"),
        ("Atatürk Üniversitesi Rektörlüğüne ise Prof. Dr. Ayşe Demir atandı.", "Ayşe Demir", "Atatürk Üniversitesi Rektörü"),
        ("Cumhurbaşkanı, Atatürk Üniversitesi Rektörlüğüne Prof. Dr. Ayşe Demir'i atadı.", "Ayşe Demir",
         "Atatürk Üniversitesi Rektörü"),
        ("Kilis Devlet Hastanesi Başhekimliğine atanan Op. Dr. Ali Kaya'ya başarılar dilendi.", "Ali Kaya",
         "Kilis Devlet Hastanesi Başhekimi"),
        ("Ulusal Uzay Ajansı Başkanlığına (UUA) atanan Prof. Dr. Ali Kaya görevi devraldı.", "Ali Kaya",
         "Ulusal Uzay Ajansı Başkanı"),
    ],
)
def test_a_new_post_said_in_the_dative_is_the_appointees_title(text, name, title):
    assert title in people(text)[name]


def test_the_appointees_office_said_after_the_post_is_a_title_of_its_own():
    titles = people("Atatürk Üniversitesi Rektörlüğüne Tıp Fakültesi Dekanı Prof. Dr. Ayşe Demir atandı.")["Ayşe Demir"]
    assert sorted(titles) == ["Atatürk Üniversitesi Rektörü", "Tıp Fakültesi Dekanı"]


def test_a_plural_office_before_names_with_honorifics_is_each_ones():
    found = people("Törene Dekan Yardımcıları Doç. Dr. Ali Kaya ve Prof. Dr. Ayşe Demir katıldı.")
    assert found == {"Ali Kaya": ["Dekan Yardımcısı"], "Ayşe Demir": ["Dekan Yardımcısı"]}


@pytest.mark.parametrize("address", ["Değerli", "Kıymetli", "Hemşehrimiz"])
def test_a_word_of_address_before_an_office_is_no_part_of_it(address):
    text = f'Sağlık Bakanı Ayşe Demir kente geldi. Vali, "{address} Bakanımız Demir\'e teşekkür ederiz" dedi.'
    assert people(text)["Ayşe Demir"] == ["Sağlık Bakanı"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Filmin prodüktörü Ayşe Demir konuştu.", "Ayşe Demir", "prodüktör"),
        ("Bienalin Genel Delegesi Ali Kaya konuştu.", "Ali Kaya", "Genel Delege"),
        ("Açılışta İstanbul Bienali Genel Delegesi Ali Kaya konuştu.", "Ali Kaya", "İstanbul Bienali Genel Delegesi"),
    ],
)
def test_producers_and_general_delegates_are_titles(text, name, title):
    assert people(text)[name] == [title]


def test_an_office_listed_after_one_with_its_body_shares_the_owner():
    titles = people("Türk Telekom Yönetim Kurulu Başkanı ve Genel Müdürü Ali Kaya konuştu.")["Ali Kaya"]
    assert titles == ["Türk Telekom Yönetim Kurulu Başkanı", "Genel Müdür"]


def test_a_field_adjective_opening_the_sentence_stays_in_the_office():
    assert people("Tıbbi Genetik Anabilim Dalı Başkanı Prof. Dr. Ayşe Demir konuştu.")["Ayşe Demir"] == [
        "Tıbbi Genetik Anabilim Dalı Başkanı"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ASKİ Genel Müdürü Ali Kaya konuştu.", "ASKİ Genel Müdürü"),
        ("ESKİ Genel Müdürü Ali Kaya konuştu.", "ESKİ Genel Müdürü"),  # a water utility, not ``eski``
        ("ESKİ BAŞBAKAN ALİ KAYA KONUŞTU", "eski Başbakan"),  # a headline in capitals
        ("Törene eski Başbakan Ali Kaya katıldı.", "eski Başbakan"),
    ],
)
def test_eski_in_capitals_before_lowercase_letters_is_an_acronym(text, title):
    assert people(text)["Ali Kaya"] == [title]
