"""A meeting described by its agenda: the participle of a discussion verb or of an agenda
noun's predicate before the meeting noun names that meeting's topics (issue 16, round 16).
The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # the future participle of an active cue before the meeting noun: its object is the topic
    ("Kuraklık ve su yönetimini ele alacak toplantı yarın yapılacak.", ["Kuraklık", "su yönetimi"]),
    # with "olan" between, and the meeting named by a body
    ("Liman projesini görüşecek olan Belediye Meclisi toplantısı ertelendi.", ["Liman projesi"]),
    # the -(y)An participle of an active cue before the meeting noun
    ("Tarım desteklerini değerlendiren toplantı öğle saatlerinde sona erdi.", ["Tarım destekleri"]),
    # an agenda noun's predicate in the participle "olan" before the meeting's name
    ("Bakan, ana gündem maddesi orman yangınları olan kurul toplantısının ardından konuştu.", ["orman yangınları"]),
    # a singular classifier after two names is shared by the list, and goes
    ("Kosova ve Sırbistan konusunu görüşecek olan zirve yarın başlıyor.", ["Kosova", "Sırbistan"]),
]

NO_STATEMENT = [
    # the participle describes a team, not a meeting
    "Liman projesini ele alacak ekip yarın kurulacak.",
    # a language spoken, not a topic discussed
    "Türkçe konuşan toplantı katılımcıları salonu doldurdu.",
    # "sonrası" says when the minister spoke: a time, not an object in the accusative
    "Bakan, kurul toplantısı sonrası gazetecilere konuştu.",
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_a_participle_before_a_meeting_names_its_topics(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_participle_before_another_noun_states_no_agenda(text):
    assert topics(text) == []
