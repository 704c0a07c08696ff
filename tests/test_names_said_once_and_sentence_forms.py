"""Forms that single sentences of essays, memoirs and news show, where no other sentence of the
article helps: a person named once by one word (speaking, or a given name in a person's case),
ordinary words opening a sentence that are no one, a dialogue dash, an office word inside a
union's name, heads of bodies' names, an institution named by a noun in ``-lIk`` with its case,
a year's month with the possessive, a part of a sum of money. Inputs are sentences written for
these tests."""

import pytest

import pipeline


def names(text: str, entity_type: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == entity_type)


def titles_of(text: str) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles or []] for p in pipeline.extract(text).entities if p.type == "PERSON"}


# --- a person named once by one word --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        ("Kalimbo, ateşkesin sürdüğünü belirtti.", "Kalimbo"),  # opens the sentence and speaks
        ("Kurların yükseleceğini açıklayan Somçağ, enflasyonun artacağını söyledi.", "Somçağ"),
        ('"Bu kararı kabul etmiyoruz" diyen Demirkaya, itiraz edeceklerini açıkladı.', "Demirkaya"),
        ("Güzel bir günde Atatürk, Sabiha'yı da alarak okula gitti.", "Sabiha"),  # a given name, accusative
    ],
)
def test_a_word_said_once_is_a_person_where_it_speaks_or_takes_a_persons_case(text, person):
    assert person in names(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Yetkililer, yolun yarın açılacağını söyledi.",  # a plural opening the sentence
        "Bakanlık, kararın yarın açıklanacağını bildirdi.",  # an ordinary word opening it
        "Savcılık, soruşturma başlatıldığını bildirdi.",  # an institution's noun in -lIk
        "İddianamede, sanığın suçunu kabul ettiğini söyledi.",  # a noun in the locative
        "Felluceli, saldırıyı gördüğünü söyledi.",  # someone from a place
        "Kafile dün Aydın'a ulaştı.",  # a given name in a place's case
        "- Oğlum, dedi.",  # a dialogue dash opens the sentence: an ordinary word after it
        "Kaçtım, kurtuldum oradan, dedi.",  # a verb opening a quoted clause
    ],
)
def test_an_ordinary_word_or_a_place_said_once_is_no_person(text):
    assert names(text, "PERSON") == []


def test_turk_is_a_surname_only_after_a_given_name_of_the_turkish_lists():
    assert names("Bence Türk tarımının hedefi bu olmalı.", "PERSON") == []
    assert names("Toplantıya Ahmet Türk de katıldı.", "PERSON") == ["Ahmet Türk"]


@pytest.mark.parametrize(
    "text, people",
    [
        ("Cumhurbaşkanı Erdoğan'ın eşi Emine Erdoğan kermesi ziyaret etti.",
         {"Erdoğan": ["Cumhurbaşkanı"], "Emine Erdoğan": []}),
        ("Öğle yemeğine Başbakan Gül'ün eşi Hayrünnisa Gül katılmadı.", {"Gül": ["Başbakan"], "Hayrünnisa Gül": []}),
        ("Bakan Ali Kaya konuştu. Kaya'nın açıklaması dikkat çekti.", {"Ali Kaya": ["Bakan"]}),
    ],
)
def test_a_surname_in_the_genitive_before_a_relatives_full_name_is_another_person(text, people):
    assert titles_of(text) == people


# --- offices and bodies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("Toplantıda Memur-Sen Genel Başkanı Ali Yalçın konuştu.", "Memur-Sen Genel Başkanı"),
        ("Toplantıda Tüm Bel-Sen Genel Başkanı Ali Yalçın konuştu.", "Tüm Bel-Sen Genel Başkanı"),
    ],
)
def test_an_office_word_or_a_stopword_inside_a_unions_name_stays_in_its_office(text, title):
    assert titles_of(text) == {"Ali Yalçın": [title]}


@pytest.mark.parametrize(
    "text, organization",
    [
        ("İngiltere'de Lincolnshire İtfaiyesi yeni bir üniforma tasarladı.", "Lincolnshire İtfaiyesi"),
        ("Sergi, İstanbul Modern Fotoğraf Galerisi'nde açıldı.", "İstanbul Modern Fotoğraf Galerisi"),
        ("Sanatçı o yıllarda Gar Gazinosu'nda sahneye çıkardı.", "Gar Gazinosu"),
    ],
)
def test_fire_brigades_galleries_and_music_halls_are_organizations(text, organization):
    assert names(text, "ORGANIZATION") == [organization]


def test_a_military_company_is_no_persons_name():
    assert names("Zekeriya Sertel'e Bekir Ağa Bölüğü'nün kapısı açıldı.", "PERSON") == ["Zekeriya Sertel"]


@pytest.mark.parametrize(
    "text",
    ["Dün Başbakanlığa gelen Bakan açıklama yaptı.", "Toplantı dün Başbakanlıkta yapıldı."],
)
def test_an_institution_named_by_a_noun_in_lik_takes_its_case_without_an_apostrophe(text):
    assert names(text, "ORGANIZATION") == ["Başbakanlık"]


@pytest.mark.parametrize(
    "text, organizations",
    [
        ("YAŞ toplantısının ardından Başbakan açıklama yaptı.", ["Yüksek Askerî Şûra"]),
        ("Sınavda 18 YAŞ sınırı kaldırıldı.", []),  # the acronym is also a word: after a number, the word
        ("Bu görev Silahlı Kuvvetler'e düşer.", ["Silahlı Kuvvetler"]),
    ],
)
def test_an_acronym_that_is_also_a_word_and_a_short_form_of_the_armed_forces(text, organizations):
    assert names(text, "ORGANIZATION") == organizations


# --- dates and money --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [("Almanlar 1940 mayısından itibaren kamp kurdu.", "1940-05"), ("Şirket 2001 haziranında kuruldu.", "2001-06")],
)
def test_a_years_month_with_the_possessive_and_a_case_is_that_month(text, date):
    assert [d.value for d in pipeline.extract(text).dates] == [date]


def test_a_bare_number_with_a_possessive_scale_after_a_sum_in_the_genitive_is_part_of_it():
    record = pipeline.extract("Harcadığı 17 milyon doların 7 milyonunu reklama ayırdı.")
    assert [(m.amount, m.currency) for m in record.money] == [(17_000_000, "USD"), (7_000_000, "USD")]


def test_a_sum_in_the_possessive_before_another_number_has_no_part():
    record = pipeline.extract("Şirketin 40 milyon doları 5 yıl içinde ödenecek.")
    assert [(m.amount, m.currency) for m in record.money] == [(40_000_000, "USD")]
