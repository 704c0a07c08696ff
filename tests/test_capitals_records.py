"""Records of texts whose headline is written in capitals: the stages read the line as running
text cases it (``pipeline.lang.tr.capitals``), the record quotes the text as given. The report is
invented for these tests."""

import pipeline

HEADLINE = (
    "YEŞİL PARTİ MERKEZ YÜRÜTME KURULU, CUMHURBAŞKANI VE YEŞİL PARTİ GENEL BAŞKANI KEMAL TUNA "
    "BAŞKANLIĞINDA TOPLANDI."
)
TEXT = HEADLINE + (
    "\nParti Merkez Yürütme Kurulu, dün Cumhurbaşkanı ve Yeşil Parti Genel Başkanı Kemal Tuna "
    "başkanlığında toplandı. Görüşmede ortak projeler ele alındı. Toplantıya Dışişleri Bakanlığı "
    "temsilcileri de katıldı."
)


def record(text: str):
    return pipeline.extract(text, published="2024-02-01")


def test_the_common_words_of_a_headline_in_capitals_are_no_names():
    people = {e.name: [t.title for t in e.titles] for e in record(TEXT).entities if e.type == "PERSON"}
    assert people == {"Kemal Tuna": ["Cumhurbaşkanı", "Yeşil Parti Genel Başkanı"]}  # no person "Ve"


def test_mentions_quote_the_headline_as_given():
    mentions = [m for e in record(TEXT).entities for m in e.mentions]
    assert all(m.text == TEXT[m.start : m.end] for m in mentions)
    assert "KEMAL TUNA" in [m.text for m in mentions if m.start < len(HEADLINE)]
