"""Person names found on unseen news: initials before a given name, an East Asian
given name written with a hyphenated lowercase syllable."""

import pipeline


def people(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "PERSON"]


def test_an_initial_before_a_given_name_is_part_of_the_name():
    assert people("Ödülü bu yıl K. Selin Aydoğan aldı.") == ["K. Selin Aydoğan"]


def test_a_lowercase_syllable_after_a_hyphen_joins_the_given_name():
    assert people("Güney Koreli yönetmen Park Chan-wook yeni filmini tanıttı.") == ["Park Chan-wook"]


def test_a_name_alone_on_its_line_ending_in_oglu_is_a_byline():
    text = "Hastanede idari soruşturma başlatıldı.\n\nSelin Nur Kahvecioğlu\n\nŞikayetler inceleniyor."
    assert people(text) == ["Selin Nur Kahvecioğlu"]


def test_a_paragraph_signed_in_parentheses_names_its_reporter():
    text = "Festival yarın başlıyor, biletler tükendi. (Deniz KARACA)\n\nYeni sezon"
    assert people(text) == ["Deniz Karaca"]


def test_an_unknown_given_name_after_ve_in_a_list_of_full_names_joins_the_last_name():
    text = "Törene Ayşe Kaplan, Murat Demir ve Zorbey Tarkan Yılmaz katıldı."
    assert people(text) == ["Ayşe Kaplan", "Murat Demir", "Zorbey Tarkan Yılmaz"]
