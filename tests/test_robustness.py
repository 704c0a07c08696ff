"""No input makes the pipeline raise, and every offset it reports points into the input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline

TURKISH_NEWS_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789 .,;:'’-()%$€₺\n"
NEWS_WORDS = [
    "Türkiye'nin", "Dışişleri", "Bakanı", "Hakan", "Fidan'ın", "yaklaşık", "8,9", "milyar", "dolar", "yarın",
    "2025", "Ekim", "ayında", "NATO", "KFOR", "AB'nin", "ve", ",", "ele", "alındı", "konularını", "görüştü",
    "İstanbul'da", "yüzde", "bin", "TL'lik", "Bakan", "Cumhurbaşkanı", "Harekâtı", "Bakanlığı", "gündeminde",
]


def assert_offsets_point_into(text: str, record) -> None:
    spans = [m for e in record.entities for m in e.mentions] + record.money + record.topics + record.dates
    for span in spans:
        assert text[span.start : span.end] == span.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=TURKISH_NEWS_ALPHABET, max_size=400))
def test_random_characters_never_make_the_pipeline_raise(nlp, text):
    assert_offsets_point_into(text, pipeline.extract(text, published="2026-01-22", nlp=nlp))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(NEWS_WORDS), max_size=60).map(" ".join))
def test_random_news_words_never_make_the_pipeline_raise(nlp, text):
    assert_offsets_point_into(text, pipeline.extract(text, published="2026-01-22", nlp=nlp))
