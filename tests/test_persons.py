import spacy

import pipeline
from tests.conftest import run_stages_with_model_spans
from pipeline.assemble import doc_to_record


def people(text: str) -> list:
    return [e for e in pipeline.extract(text).entities if e.type == "PERSON"]


def person(text: str):
    (only,) = people(text)
    return only


def titles(text: str) -> list[tuple]:
    return [(t.title, t.role, t.portfolio, t.country) for t in person(text).titles]


def test_title_before_a_name_is_normalized_and_turkish_by_default():
    entity = person("Yarın Dışişleri Bakanı Hakan Fidan'ın ev sahipliğinde toplanacak.")
    assert entity.name == "Hakan Fidan"
    assert [m.text for m in entity.mentions] == ["Hakan Fidan'ın"]
    assert entity.titles[0].model_dump() == {
        "title": "Dışişleri Bakanı", "role": "minister", "portfolio": "foreign_affairs", "country": "TR",
        "title_en": "Minister of Foreign Affairs",
    }


def test_country_before_the_title_is_the_office_country_not_part_of_the_title():
    assert titles("Rusya Dışişleri Bakanı Sergey Lavrov ile görüştü.") == [
        ("Dışişleri Bakanı", "minister", "foreign_affairs", "RU")
    ]


def test_title_and_surname_mentions_are_one_person():
    text = "Dışişleri Bakanı Hakan Fidan konuştu. Bakan Fidan'ın açıklaması sonrası Fidan ayrıldı."
    entity = person(text)
    assert [m.text for m in entity.mentions] == ["Hakan Fidan", "Fidan'ın", "Fidan"]
    assert all(text[m.start : m.end] == m.text for m in entity.mentions)


def test_a_surname_before_the_full_name_joins_it():
    text = "Bakan Bolat: İhracat arttı.\n\nTicaret Bakanı Ömer Bolat, fuarın açılışında konuştu."
    entity = person(text)
    assert entity.name == "Ömer Bolat"
    assert [m.text for m in entity.mentions] == ["Bolat", "Ömer Bolat"]


def test_a_shorter_title_of_the_same_office_adds_nothing():
    assert titles("Dışişleri Bakanı Hakan Fidan geldi. Bakan Fidan görüştü.") == [
        ("Dışişleri Bakanı", "minister", "foreign_affairs", "TR")
    ]


def test_plural_role_phrases_are_not_persons():
    text = (
        "Toplantı, Arnavutluk, Karadağ ve Sırbistan dışişleri bakanlarının katılımıyla yapılacak. "
        "Bakan mevkidaşlarıyla görüşecek. Azerbaycan, İran ve Rusya Dışişleri Bakanları İstanbul'da."
    )
    assert people(text) == []


def test_a_ministry_is_no_title_but_its_spokesperson_is():
    entity = person("Dışişleri Bakanlığı Sözcüsü Öncü Keçeli açıklama yaptı.")
    assert entity.name == "Öncü Keçeli"
    assert [(t.title, t.role) for t in entity.titles] == [("Dışişleri Bakanlığı Sözcüsü", "spokesperson")]


def test_three_word_name_with_a_curly_apostrophe_suffix():
    entity = person("Cumhurbaşkanı Recep Tayyip Erdoğan’ın öncülüğünde ziyaret yapıldı.")
    assert (entity.name, entity.mentions[0].text) == ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan’ın")
    assert titles("Cumhurbaşkanı Recep Tayyip Erdoğan’ın öncülüğünde.") == [("Cumhurbaşkanı", "head_of_state", None, "TR")]


def test_an_organization_before_the_title_belongs_to_the_title():
    assert titles("Toplantıda konuşan NATO Genel Sekreteri Mark Rutte, desteği vurguladı.") == [
        ("NATO Genel Sekreteri", "secretary_general", None, None)
    ]


def test_a_genitive_organization_belongs_to_the_title():
    entity = person("Toplantıya AB Komisyonu’nun Genişlemeden Sorumlu Üyesi Marta Kos’un katılması bekleniyor.")
    assert (entity.name, [t.title for t in entity.titles]) == ("Marta Kos", ["AB Komisyonu Genişlemeden Sorumlu Üyesi"])


def test_an_office_and_a_rank_are_two_titles():
    assert titles("Açıklama yapan Deniz Kuvvetleri Komutanı Oramiral Ercüment Tatlıoğlu, konuştu.") == [
        ("Deniz Kuvvetleri Komutanı", "commander", None, "TR"),
        ("Oramiral", "military_rank", None, None),
    ]


def test_yardimcisi_makes_the_deputy():
    entity = person("Foruma Ticaret Bakan Yardımcısı Mustafa Tuzcu katıldı.")
    assert [(t.title, t.role, t.portfolio, t.title_en) for t in entity.titles] == [
        ("Ticaret Bakan Yardımcısı", "deputy_minister", "trade", "Deputy Minister of Trade")
    ]


def test_two_offices_joined_by_ve_both_belong_to_the_person():
    text = (
        "Avrupa Komisyonu Başkan Yardımcısı ve Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi "
        "Kaja Kallas, Ankara’ya gelecek."
    )
    assert [t.title for t in person(text).titles] == [
        "Avrupa Komisyonu Başkan Yardımcısı", "Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi"
    ]


def test_honorifics_announce_a_name_but_are_no_titles():
    entity = person("Forumda Ticaret Bakanı Prof. Dr. Ömer Bolat konuştu.")
    assert (entity.name, [t.title for t in entity.titles]) == ("Ömer Bolat", ["Ticaret Bakanı"])


def test_a_known_given_name_starts_a_name_without_a_title():
    entity = person("Hakan Fidan Paris'te Gazze konulu toplantıya katılacak.")
    assert (entity.name, entity.titles) == ("Hakan Fidan", [])


def test_a_byline_in_capitals_gets_title_case():
    entity = person("Mehmet H. GÜLEL\n\nForum Riyad'da toplandı.")
    assert (entity.name, entity.mentions[0].text) == ("Mehmet H. Gülel", "Mehmet H. GÜLEL")


def test_given_names_inside_an_institution_name_are_no_person():
    assert people("Balkan Barış Platformu toplandı ve Deniz Kuvvetleri tatbikat yaptı.") == []


def test_a_country_after_a_title_is_no_name():
    assert people("Türkiye ve Dönem Başkanı Azerbaycan'ın yanı sıra üye ülkeler katıldı.") == []


def test_a_known_surname_alone_is_a_person():
    entity = person("Genel desteğimiz Putin üzerinde baskı yaratıyor.")
    assert (entity.name, entity.titles) == ("Putin", [])


def test_another_spelling_with_the_same_office_is_the_same_person():
    text = "İran Dışişleri Bakanı Abbas Erakçi geldi.\n\nİran Dışişleri Bakanı Arakçi, yarın da burada olacak."
    entity = person(text)
    assert [m.text for m in entity.mentions] == ["Abbas Erakçi", "Arakçi"]


def test_a_title_set_off_by_commas_after_the_name_is_the_persons():
    text = "Açılışta Mark Rutte, NATO Genel Sekreteri olarak konuştu."
    assert [t.title for t in person(text).titles] == ["NATO Genel Sekreteri"]


def test_a_country_joined_to_another_name_stays_in_the_title():
    text = "Suudi Arabistan–Türkiye İş Konseyi Başkanı Sami Mohammed Al-Osaimi ve iş insanları katıldı."
    entity = person(text)
    assert (entity.name, [t.title for t in entity.titles]) == (
        "Sami Mohammed Al-Osaimi", ["Suudi Arabistan–Türkiye İş Konseyi Başkanı"]
    )


def test_the_head_of_a_country_without_qualifier_is_head_of_state():
    assert titles("ABD Başkanı Donald Trump açıklama yaptı.") == [("Başkan", "head_of_state", None, "US")]


def test_person_spans_of_a_statistical_model_are_used_too():
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_document")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Zorbey Ulaşlı"}])
    nlp.add_pipe("trnews_countries")
    nlp.add_pipe("trnews_persons")
    doc = nlp.make_doc("Toplantıda Zorbey Ulaşlı konuştu. Ulaşlı'nın sözleri alkışlandı.")
    doc._.trnews_id = "model-test"
    record = doc_to_record(nlp(doc))
    (entity,) = [e for e in record.entities if e.type == "PERSON"]
    assert (entity.name, [m.text for m in entity.mentions]) == ("Zorbey Ulaşlı", ["Zorbey Ulaşlı", "Ulaşlı'nın"])


def test_a_headline_in_capitals_gives_the_title_in_title_case():
    entity = person("DIŞİŞLERİ BAKANI HAKAN FİDAN BRÜKSEL'DE")
    assert (entity.name, [t.title for t in entity.titles]) == ("Hakan Fidan", ["Dışişleri Bakanı"])


def people_with_model_spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Persons when model PERSON spans stand at ``spans``."""
    doc = run_stages_with_model_spans(text, "PERSON", spans)
    return [e.name for e in doc._.trnews_entities if e.type == "PERSON"]


def test_a_model_person_of_two_capitalized_words_becomes_a_person():
    assert people_with_model_spans("Görüşmeye Jaroslav Nordqvist de katıldı.", [(10, 29)]) == ["Jaroslav Nordqvist"]


def test_a_capitalized_sentence_opener_marked_by_the_model_is_no_person():
    assert people_with_model_spans("Toplantıya yoğun katılım oldu.", [(0, 10)]) == []
