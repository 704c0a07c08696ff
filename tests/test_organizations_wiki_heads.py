"""Head nouns counted from the ORG spans of the Wiki NER corpus: a capitalized run
ending in one is an organization's name. Sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sezonun ilk konserini Kıyı Senfoni Orkestrası verdi.", "Kıyı Senfoni Orkestrası"),
        ("Röportaj geçen ay Yeşil Vadi Dergisi için yapıldı.", "Yeşil Vadi Dergisi"),
        ("Roman bu kez Deniz Feneri Yayıncılık etiketiyle çıktı.", "Deniz Feneri Yayıncılık"),
        ("Öğrenciler yıllardır Kıyı Sağlık Yüksekokulu'nda okuyor.", "Kıyı Sağlık Yüksekokulu"),
        ("Oyun bu akşam Kent Tiyatroları sahnesinde.", "Kent Tiyatroları"),
        ("Final maçını dün Glasgow Lions FC kazandı.", "Glasgow Lions FC"),
        ("Belgesel ilk olarak North Star Channel ekranlarında yayımlandı.", "North Star Channel"),
        ("Film bu yıl Blue Harbor Productions tarafından çekildi.", "Blue Harbor Productions"),
    ],
)
def test_a_capitalized_run_ending_in_a_mined_head_is_an_organization(text, name):
    assert organization_names(text) == [name]
