"""Title phrases found on unseen news (round 8): a possessive after an apostrophe, a country
that opens an association's name, an organization before a founder or a vice-chair."""

import pipeline


def titles(text: str) -> list[tuple[str, str | None]]:
    (person,) = [e for e in pipeline.extract(text).entities if e.type == "PERSON"]
    return [(t.title, t.country) for t in person.titles]


def test_an_abbreviated_head_takes_its_possessive_after_an_apostrophe():
    assert titles("Toplantıya BMW CEO'su Ayşe Kaplan da katıldı.")[0][0] == "BMW CEO"


def test_a_country_opening_a_federation_stays_in_the_title():
    text = "Türkiye Basketbol Federasyonu Başkanı Ayşe Kaplan açıklama yaptı."
    assert titles(text) == [("Türkiye Basketbol Federasyonu Başkanı", "TR")]


def test_a_country_before_a_state_organ_is_the_office_country():
    text = "Japonya Merkez Bankası Başkanı Kenji Sato faizleri sabit tuttu."
    assert titles(text) == [("Merkez Bankası Başkanı", "JP")]
