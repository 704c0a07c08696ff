"""Full names grouped into people (``group_mentions``): a full name joins the first person one
of whose names ends with it or is its ending; an undotted ``ı`` is the same letter."""

import pytest

from pipeline.persons.coreference import group_mentions
from pipeline.persons.names import PersonMention


def _mentions(*names: str) -> tuple[str, list[PersonMention]]:
    """The names in a text of their own, ten spaces apart, and their mentions."""
    mentions, start = [], 0
    for name in names:
        mentions.append(PersonMention(start, start + len(name), name, name.lower().split()))
        start += len(name) + 10
    return (" " * 10).join(names), mentions


@pytest.mark.parametrize(
    "names, people",
    [
        (["Ayşe Nur Demirkol", "Nur Demirkol"], [[0, 1]]),  # the shorter name later
        (["Nur Demirkol", "Ayşe Nur Demirkol"], [[0, 1]]),  # the shorter name first
        (["Nur Demirkol", "Ayşe Demirkol"], [[0], [1]]),  # two given names: two people
        (["Kostas Mıkrapulos", "Kostas Mikrapulos"], [[0, 1]]),  # the dot of the i only
        (["Buse Naz Akıncıoğlu", "Busenaz Akıncıoğlu"], [[0, 1]]),  # given names as two words or one
        (["Busenaz Akıncıoğlu", "Buse Naz Akıncıoğlu"], [[0, 1]]),
        # a name ending both people's names joins the first of them
        (["Ali Nur Demirkol", "Veli Nur Demirkol", "Nur Demirkol"], [[0, 2], [1]]),
    ],
)
def test_full_names_grouped(names, people):
    text, mentions = _mentions(*names)
    grouped = group_mentions(text, mentions)
    assert [[mentions.index(m) for m in person.mentions] for person in grouped] == people

