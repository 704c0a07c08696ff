"""Office titles: a country or nationality after ``eski`` is dropped as one before the office
is, ``eski`` stays; a co-chair (``Eş Genel Başkanı``) is an office of its own; the field or place
of a lowercase office (``ilçe jandarma komutanı``) stays in it; a country's -lI adjective
(``Azerbaycanlı``) before an office is dropped as a demonym is; an office said with a participle
of holding it (``olarak görev yapan``) is the next name's, and one said with ``olarak görev
yapıyor`` is the subject's set off by ``ise``; a word in the nominative opening the sentence
before a mayor's office is its place. Sentences written for these tests."""

import pytest

import pipeline


def person_titles(text: str) -> list[tuple[str, list[str], list]]:
    return [(e.name, [t.title for t in e.titles], [t.country for t in e.titles])
            for e in pipeline.extract(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("Panelde eski Japonya Başbakanı Kenji Arata konuştu.", "eski Başbakan", "JP"),
        ("Panelde eski Fransız Cumhurbaşkanı Louis Garnier konuştu.", "eski Cumhurbaşkanı", "FR"),
        ("Panelde eski Norveç Dışişleri Bakanı Ola Nordby konuştu.", "eski Dışişleri Bakanı", "NO"),
        ("Panelde eski Şili Devlet Başkanı Pedro Salas konuştu.", "eski Devlet Başkanı", "CL"),
    ],
)
def test_a_country_after_eski_owns_the_office_and_leaves_the_title(text, title, country):
    ((_, titles, countries),) = person_titles(text)
    assert (titles, countries) == ([title], [country])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Panelde eski Türkiye Voleybol Federasyonu Başkanı Ayşe Demir konuştu.",
         "eski Türkiye Voleybol Federasyonu Başkanı"),  # the country names the body: it stays
        ("Panelde eski NATO Genel Sekreteri Ola Nordby konuştu.", "eski NATO Genel Sekreteri"),
        ("Panelde eski Başbakan Ali Kaya konuştu.", "eski Başbakan"),
    ],
)
def test_eski_before_a_body_or_a_bare_office_keeps_the_phrase(text, title):
    ((_, titles, _),) = person_titles(text)
    assert titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Kongrede YSP Eş Genel Başkanı Ayşe Demir konuştu.", "YSP Eş Genel Başkanı"),
        ("Komisyonun Eş Başkanı Ali Kaya oturumu açtı.", "Eş Başkanı"),
        ("Derneğin Eşbaşkanı Ali Kaya oturumu açtı.", "Eşbaşkanı"),
    ],
)
def test_a_co_chair_is_an_office_of_its_own(text, title):
    ((_, titles, _),) = person_titles(text)
    assert titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tatbikatı izleyen ilçe jandarma komutanı Ali Kaya bilgi verdi.", "ilçe jandarma komutanı"),
        ("Kampanyayı il sağlık müdürü Ayşe Demir başlattı.", "il sağlık müdürü"),
        ("İl Sağlık Müdürü Ayşe Demir kampanyayı başlattı.", "İl Sağlık Müdürü"),  # opening the sentence
        ("Kütüphane müdürü Ayşe Demir okurları karşıladı.", "Kütüphane müdürü"),
    ],
)
def test_the_field_or_place_of_a_lowercase_office_stays_in_it(text, title):
    ((_, titles, _),) = person_titles(text)
    assert titles == [title]


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("Panelde Azerbaycanlı Milletvekili Ali Kaya konuştu.", "Milletvekili", "AZ"),
        ("Panelde Yeni Zelandalı Dışişleri Bakanı Ola Nordby konuştu.", "Dışişleri Bakanı", "NZ"),
        ("Panelde Şilili Savunma Bakanı Pedro Salas konuştu.", "Savunma Bakanı", "CL"),
    ],
)
def test_a_country_adjective_in_li_before_an_office_gives_its_country(text, title, country):
    ((_, titles, countries),) = person_titles(text)
    assert (titles, countries) == ([title], [country])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Yıllarca Tarım Bakanı olarak görev yapan Ali Kaya anılarını yazdı.", "Tarım Bakanı"),
        ("Derneğin genel müdürü olarak atanan Ayşe Demir göreve başladı.", "Genel Müdür"),
        ("Kliniğin başhekim olarak çalışan Ayşe Demir konuştu.", "Başhekim"),
    ],
)
def test_an_office_said_with_a_participle_of_holding_it_is_the_next_names(text, title):
    ((_, titles, _),) = person_titles(text)
    assert titles == [title]


def test_a_subject_set_off_by_ise_holds_the_office_served():
    ((_, titles, _),) = person_titles("Ayşe Demir ise yıllardır Vali olarak görev yapıyor.")
    assert titles == ["Vali"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Yatağan Belediye Başkanı Ali Kaya yeni parkı açtı.", "Yatağan Belediye Başkanı"),
        ("Park açıldı.\nKartal Belediye Başkanı Ali Kaya, törende konuştu.", "Kartal Belediye Başkanı"),
        ("Merzifon Belediye Başkan Yardımcısı Ali Kaya konuştu.", "Merzifon Belediye Başkan Yardımcısı"),
        ("Açılışa Belediye Başkanı Ali Kaya katıldı.", "Belediye Başkanı"),  # a dative: an ordinary word
        ("Dün Belediye Başkanı Ali Kaya konuştu.", "Belediye Başkanı"),  # a time word
    ],
)
def test_a_word_opening_the_sentence_before_a_mayors_office_is_its_place(text, title):
    assert [(name, titles) for name, titles, _ in person_titles(text)] == [("Ali Kaya", [title])]
