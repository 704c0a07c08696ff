"""Person names found on unseen news (round 8): initials before a given name, an East Asian
given name written with a hyphenated lowercase syllable."""

import pipeline


def people(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "PERSON"]


def test_an_initial_before_a_given_name_is_part_of_the_name():
    assert people("Ödülü bu yıl K. Selin Aydoğan aldı.") == ["K. Selin Aydoğan"]


def test_a_lowercase_syllable_after_a_hyphen_joins_the_given_name():
    assert people("Güney Koreli yönetmen Park Chan-wook yeni filmini tanıttı.") == ["Park Chan-wook"]
