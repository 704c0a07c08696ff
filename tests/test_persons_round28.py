"""Persons, round 28: initials standing alone, a given name with a title of address after a full
name, names spelled with a circumflex, converbs and party adjectives that are no name words,
office words that are given names, foreign given names shaped like verbs, regnal numbers,
East Asian syllables, events named after people and nicknames inside a name. Sentences written
for these tests."""

import pytest

from tests.conftest import persons_and_titles as people


def names(text: str) -> set[str]:
    return {name for name, _ in people(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Olayda M.K. hayatını kaybetti.", "M.K."),
        ("Polis H.K.'yi gözaltına aldı.", "H.K."),
        ("Cinayet şüphelisi A.T.'nin ifadesi alındı.", "A.T."),
        ("Kızı E.A. olay yerinde öldü.", "E.A."),
        ("Yaralanan Ş.Ö.Y. hastaneye kaldırıldı.", "Ş.Ö.Y."),
    ],
)
def test_initials_standing_alone_are_a_person_kept_anonymous(text, name):
    assert names(text) == {name}


def test_initials_listed_alone_are_two_people():
    assert names("Mahkeme, T.K. ve F.Y. için tahliye yolunu açtı.") == {"T.K.", "F.Y."}


@pytest.mark.parametrize(
    "text",
    [
        "Başvuruda T.C. kimlik numarası istendi.",  # the state
        "Kent M.Ö. 300 yılında kuruldu.",  # an era
        "Şirket A.Ş.'nin hisseleri satıldı.",  # a legal form
        "Haberi verenler (A.A.) ajansıydı.",  # in parentheses
        "Yazar J.R. Tolkien okundu.",  # a name's initials before its surname
        "Kitabı G.H. von Wright yayımladı.",  # before a name's particle
        "Oyuncu Norveç'in Troms I.L. takımından geldi.",  # after a word of a club's name
        "İngilizce alanında B.A. derecesi aldı.",  # a degree
    ],
)
def test_dotted_abbreviations_and_initials_of_a_name_are_no_anonymous_person(text):
    assert not {n for n in names(text) if n.replace(".", "").isupper() and "." in n}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Okan Buruk maçtan memnun. Okan Hoca'nın sözleri tartışıldı.", "Okan Buruk"),
        ("Nevzat Demir konuştu. Nevzat Hoca takımı övdü.", "Nevzat Demir"),
        ("İsmet İnönü Lozan'a gitti. İsmet Paşa orada konuştu.", "İsmet İnönü"),
    ],
)
def test_a_given_name_with_a_title_of_address_joins_the_full_name_said_before(text, name):
    assert names(text) == {name}


def test_a_given_name_with_pasa_and_no_full_name_keeps_the_title():
    assert names("Enver Paşa Berlin'e gitti.") == {"Enver Paşa"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Toplantıya Kâzım Doğru katıldı.", "Kâzım Doğru"),
        ("Toplantıya Nâzım İnce katıldı.", "Nâzım İnce"),
        ("Toplantıya Muhterem İnce katıldı.", "Muhterem İnce"),
    ],
)
def test_a_given_name_written_with_a_circumflex_is_the_listed_name(text, name):
    assert names(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        'Gülerek "Sen önce adayı bul" dedi.',
        'Ağlayarak "Oğlumu geri verin" dedi.',
    ],
)
def test_a_converb_opening_a_sentence_is_no_name(text):
    assert names(text) == set()


def test_a_foreign_surname_ending_like_a_converb_out_of_harmony_stays_a_name():
    assert names("Şarkı sözleri grup lideri Rolf Kasparek'e ait.") == {"Rolf Kasparek"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazada Sultan Kaya ile Emir Doğan yaralandı.", {("Sultan Kaya", ()), ("Emir Doğan", ())}),
        ("Kadroda Emir Tokgöz de yer aldı.", {("Emir Tokgöz", ())}),
    ],
)
def test_an_office_word_opening_a_name_before_a_turkish_surname_is_the_given_name(text, expected):
    assert {(name, tuple(titles)) for name, titles in people(text)} == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Vali Ali Kaya açıklama yaptı.", "Ali Kaya", "Vali"),
        ("Emir Temim Ankara'ya geldi.", "Temim", "Emir"),
        ("Sultan Abdülhamid döneminde yapıldı.", "Abdülhamid", "Sultan"),
    ],
)
def test_an_office_before_a_ruler_s_name_or_a_full_name_stays_an_office(text, name, title):
    assert (name, [title]) in people(text)


def test_an_office_word_that_is_a_rare_given_name_stays_an_office():
    assert people("Kardinal Offishall ile çalıştı.") == [("Offishall", ["Kardinal"])]


def test_a_foreign_given_name_shaped_like_a_verb_after_a_title_is_a_name():
    assert ("Bahtiyor Saidov", ["Dışişleri Bakanı"]) in people(
        "Özbekistan Dışişleri Bakanı Bahtiyor Saidov Ankara'ya geldi.")


def test_a_verb_after_a_title_in_a_title_case_headline_is_no_name():
    assert names("Bakan Geliyor Yarın Sabah") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cumhurbaşkanı Erdoğan, Ürdün Kralı II. Abdullah ile telefonda görüştü.", "II. Abdullah"),
        ("İngiltere Kralı III. Charles açıklama yaptı.", "III. Charles"),
        ("İspanya Kralı VI. Felipe Ankara'ya geldi.", "VI. Felipe"),
        ("Prusya Kralı IV. Friedrich Wilhelm tahta çıktı.", "IV. Friedrich Wilhelm"),
    ],
)
def test_a_king_s_regnal_number_after_his_office_is_part_of_the_name(text, name):
    assert (name, ["Kral"]) in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Güney Kore Devlet Başkanı Lee Jae-myung açıklama yaptı.", "Lee Jae-myung"),
        ("Tayvan lideri Lai Ching-te'nin açıklaması tepki çekti.", "Lai Ching-te"),
    ],
)
def test_a_lowercase_syllable_of_five_letters_after_a_hyphen_belongs_to_the_name(text, name):
    assert names(text) == {name}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Senato Çoğunluk Lideri Cumhuriyetçi John Thune konuştu.", "John Thune", ["Senato Çoğunluk Lideri"]),
        ("Senato Dış İlişkiler Komitesi Başkanı Cumhuriyetçi Senatör Jim Risch konuştu.", "Jim Risch",
         ["Senato Dış İlişkiler Komitesi Başkanı", "Senatör"]),
        ("Temsilciler Meclisi Başkanı Demokrat Nancy Pelosi konuştu.", "Nancy Pelosi", ["Temsilciler Meclisi Başkanı"]),
    ],
)
def test_a_party_adjective_between_an_office_and_a_name_is_no_name_word(text, name, titles):
    assert people(text) == [(name, titles)]


@pytest.mark.parametrize(
    "text",
    [
        "Sporcu Dan Kolov-Nikola Petrov Uluslararası Güreş Turnuvası'nda altın madalya kazandı.",
        "Sporcular Vehbi Emre ve Hamit Kaplan Turnuvası'nda yarıştı.",
        "Koşucular Mehmet Terzi Yarı Maratonu'nda yarıştı.",
        "Koşucular Ahmet Kaya Anma Koşusu'nda yarıştı.",
        "Takım Gazi Mustafa Kemal Atatürk Kupası'nı kazandı.",
        "Cemaat Gazi Hüsrev Bey Camii'nin avlusunda toplandı.",
    ],
)
def test_the_people_an_event_or_a_building_is_named_after_are_no_persons_there(text):
    assert names(text) == set()


def test_a_name_before_a_cup_of_a_country_is_a_person():
    assert ("Ali Kaya", ["Vali"]) in people("Vali Ali Kaya ve Can Öz Türkiye Kupası'nı izledi.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Brezilyalı Rafael "Rafinha" Costa gol attı.', [("Rafael Costa", [])]),
        ('Eski Başbakan Recep "Reis" Yılmaz konuştu.', [("Recep Yılmaz", ["eski Başbakan"])]),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_left_out_of_it(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Taliban yönetimi sözcüsü Zebihullah Mücahid açıklama yaptı.", "Zebihullah Mücahid", "Taliban yönetimi sözcüsü"),
        ("Kiev yönetimi sözcüsü Oleh Nikiforov açıklama yaptı.", "Oleh Nikiforov", "Kiev yönetimi sözcüsü"),
    ],
)
def test_a_spokesman_of_a_body_s_administration_said_in_lowercase_is_a_title(text, name, title):
    assert people(text) == [(name, [title])]
