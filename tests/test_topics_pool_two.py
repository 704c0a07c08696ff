"""Agenda statements in shapes met in a second lot of fresh news (round 18): briefings on a
tour of a site, and the statements of phone-call summaries. The sentences are written for
these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


NO_AGENDA = [
    # a briefing while touring a site: what the guests were shown is no meeting's agenda
    "Vali Kaya, kaymakamlarla görüştü. Vali, fuar alanını gezerek yöresel ürünler hakkında bilgi aldı.",
    "Bakan Demir, belediye başkanıyla bir araya geldi. Bakan, seradaki fideleri inceleyerek yerli tohumlar hakkında bilgi aldı.",
    "Heyet, valiyi ziyaret etti. Kütüphaneyi dolaşan heyet, el yazması kitaplar hakkında bilgi aldı.",
    "Bakan Demir, kooperatifi ziyaret etti. Bakan üretim tesislerini gezdi ve süt ürünleri hakkında bilgi aldı.",
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda(text: str) -> None:
    assert topics(text) == []


def test_a_briefing_at_a_meeting_still_states_its_agenda() -> None:
    text = "Vali Kaya, kaymakamlarla toplantı yaptı. Vali, köy yollarındaki çalışmalar hakkında bilgi aldı."
    assert topics(text) == ["köy yollarındaki çalışmalar"]
