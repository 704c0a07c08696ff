"""Names of the wider world: particles, family name first, a surname after a given name that
carries an object suffix."""

import pytest

import pipeline


def people(text: str) -> list:
    return [e for e in pipeline.extract(text).entities if e.type == "PERSON"]


def test_a_hyphenated_arabic_article_is_part_of_the_name_and_the_bare_surname_joins_it():
    text = (
        "Suriye Dışişleri Bakanı Esad Hasan eş-Şeybani dün Ankara'ya geldi. "
        "Şeybani, görüşmelerin verimli geçtiğini söyledi."
    )
    (person,) = people(text)
    assert person.name == "Esad Hasan eş-Şeybani"
    assert [m.text for m in person.mentions] == ["Esad Hasan eş-Şeybani", "Şeybani"]


def test_a_hyphenated_article_inside_a_four_word_name_after_a_title():
    (person,) = people("Ürdün Başbakanı Cafer Hasan Said el-Halidi ile görüşüldü.")
    assert person.name == "Cafer Hasan Said el-Halidi"


def test_a_family_name_said_first_joins_its_full_name_when_the_same_office_is_said():
    text = (
        "Japonya'nın Ankara Büyükelçisi Tanaka Hiroshi kabul edildi. "
        "Büyükelçi Tanaka, iş birliğinin süreceğini belirtti."
    )
    (person,) = people(text)
    assert person.name == "Tanaka Hiroshi"
    assert len(person.mentions) == 2


def test_a_third_name_word_with_an_object_suffix_is_the_surname():
    (person,) = people("Bakan, Türkiye'nin Tunus Büyükelçisi Ahmet Durmuş Tuna'yı kabul etti.")
    assert person.name == "Ahmet Durmuş Tuna"


def test_a_place_with_a_spatial_suffix_after_a_name_is_not_a_surname():
    (person,) = people("Dışişleri Bakanı Hakan Fidan Ankara'da konuştu.")
    assert person.name == "Hakan Fidan"


def test_bey_and_hanim_after_a_name_are_not_part_of_it():
    names = sorted(p.name for p in people("Toplantıda Murat Bey ile Elif Kara Hanım söz aldı."))
    assert names == ["Elif Kara", "Murat"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mahallede yaşayan Fatma Teyze yaşadıklarını anlattı.", "Fatma"),
        ("Bakkal işleten Hasan Amca'nın dükkanı yandı.", "Hasan"),
        ("Mahallenin esnafı Servet Usta konuştu.", "Servet Usta"),  # Usta is a surname too
    ],
)
def test_a_word_of_kinship_after_a_given_name_is_no_part_of_the_name(text, name):
    assert [p.name for p in people(text)] == [name]


def test_a_surname_alone_refers_to_the_bearer_with_an_office():
    text = (
        "Başbakan Ayla Demirkol, babası Rıza Demirkol'u andı. "
        "Demirkol, kabinenin yarın toplanacağını söyledi."
    )
    prime_minister = next(p for p in people(text) if p.name == "Ayla Demirkol")
    assert [m.text for m in prime_minister.mentions] == ["Ayla Demirkol", "Demirkol"]


def test_particles_do_not_count_toward_the_length_of_a_name():
    (person,) = people("Ayrıca Şeyh Halid bin Zayed Al Nahyan törene katıldı.")
    assert person.name == "Halid bin Zayed Al Nahyan"


def test_an_abbreviated_rank_announces_a_name():
    (person,) = people("Toplantıya Korg. Durmuş Tanrıverdi başkanlık etti.")
    assert person.name == "Durmuş Tanrıverdi"


def test_an_addressed_title_is_no_name():
    assert people("Teşekkürler Sayın Bakanım. Yarın görüşürüz.") == []


def test_mevkidasi_announces_the_counterparts_name_without_giving_a_title():
    text = "Bakan Kaya, Cezayirli mevkidaşı Ammar Lamamra ile görüştü."
    counterpart = next(p for p in people(text) if p.name == "Ammar Lamamra")
    assert counterpart.titles == []


def test_a_romance_da_between_name_words_is_a_particle():
    (person,) = people("Portekiz Başbakanı Ana Maria da Costa dün Ankara'ya geldi.")
    assert person.name == "Ana Maria da Costa"


def test_the_clitic_da_after_a_name_ends_it_before_a_capitalized_word():
    names = [p.name for p in people("Bakan Hakan Fidan da Brüksel'deki toplantıya katıldı.")]
    assert names == ["Hakan Fidan"]


def test_four_name_words_after_a_title_are_one_name():
    (person,) = people("Gana Dışişleri Bakanı Anna Efua Akua Boateng dün konuştu.")
    assert person.name == "Anna Efua Akua Boateng"


def test_a_foreign_name_ending_in_su_after_a_title_is_read():
    (person,) = people("Japonya'nın JICA Başkanı Tatsumitsu Kobayashi ise konuştu.")
    assert person.name == "Tatsumitsu Kobayashi"
