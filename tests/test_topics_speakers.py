"""What one speaker says is no agenda, and a speaker's own clause is no item (issue 16, round
19: council speakers, briefings, press conferences). The sentences are written for these
tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


NO_AGENDA = [
    # a postposition before "konuştu" is no accusative object: one member's remarks
    "Belediye meclisinde muhalefet üyesi Ayşe Kaya, sahildeki kafeteryayla ilgili konuştu.",
    "Kurul toplantısında Mehmet Doğan, mahalledeki otopark hakkında konuştu.",
]

ITEMS = [
    # a finite verb in -lA- before "ve" ends the clause before the list
    ("Toplantıda Başkan Yılmaz, esnafın sorularını tek tek yanıtladı ve yeni pazar yeri hakkında bilgi verdi.",
     ["yeni pazar yeri"]),
    ("Toplantıda Vali Öztürk, köylüleri tek tek selamladı ve sulama kanalları hakkında bilgi verdi.",
     ["sulama kanalları"]),
]

TOGETHER = [
    # in the plural with "ile ilgili" the talk is still several people's
    ("Toplantıda iki bakan, sınırdaki gelişmelerle ilgili konuştular.", ["sınırdaki gelişmeler"]),
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_one_speakers_remarks_after_a_postposition_are_no_agenda(text):
    assert topics(text) == []


@pytest.mark.parametrize(("text", "expected"), ITEMS)
def test_the_speakers_own_clause_before_the_list_is_no_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOGETHER)
def test_a_talk_of_several_after_a_postposition_states_its_topics(text, expected):
    assert topics(text) == expected


BRIEFINGS_AWAY_FROM_A_MEETING = [
    # one speaker's briefing, with a meeting named only a paragraph later (in a quote)
    "Pazarda tezgah açan Esnaf Odası Başkanı Ali Demir, sebze fiyatları hakkında bilgi verdi.\n"
    "\"Geçen hafta bir toplantıda bunu belediyeye de anlattım ama kimse ilgilenmedi.\"",
    # a title abbreviated before a name does not end the sentence that names the visit
    "Müdür Ali Kaya'nın eşlik ettiği denetim ziyaretinde Vali'ye, Başhekim Doç. Dr. "
    "Ayşe Demir tarafından yeni poliklinik binası hakkında bilgi verildi.",
]


@pytest.mark.parametrize("text", BRIEFINGS_AWAY_FROM_A_MEETING)
def test_a_briefing_needs_its_meeting_nearby(text):
    assert topics(text) == []


def test_a_briefing_at_a_meeting_states_its_topics():
    text = "Kurul toplantısında Müdür Ali Demir, sebze fiyatları hakkında bilgi verdi."
    assert topics(text) == ["sebze fiyatları"]


@pytest.mark.parametrize(
    "text",
    [
        "Toplantıda heyet, kıyıdaki turizm fırsatlarını değerlendirmek için bölgeye geleceklerini söyledi.",
        "Toplantıda başkan, heyetin ihracat olanaklarını iyi değerlendirmesinden memnun olduğunu söyledi.",
    ],
)
def test_making_use_of_a_chance_is_no_discussion(text):
    assert topics(text) == []


def test_a_finite_assessment_of_chances_at_a_meeting_is_still_one():
    assert topics("Toplantıda bakanlar, kıyıdaki turizm imkanlarını değerlendirdi.") == ["kıyıdaki turizm imkanları"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # village heads a meeting is held for are its audience, not its topic
        ("Belediye koordinesinde, ilçe muhtarlarına yönelik bir toplantı yapıldı.", []),
        # deputy chairs in the genitive are who briefs, not what about
        ("Kurul toplandı. Başkanvekillerinin yasama takvimiyle ilgili sunumundan sonra üyeler söz aldı.",
         ["yasama takvimi"]),
        # the village heads as subject still leave the list to what they took up
        ("Toplantıda muhtarlar, köy yollarının onarımını ele aldı.", ["köy yollarının onarımı"]),
    ],
)
def test_village_heads_and_deputy_chairs_take_part(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event held ("süren", "düzenlenen") in the locative sets the scene before the list
        ("Kurul toplandı. Dört gün süren kampta seçim stratejisi masaya yatırıldı.", ["seçim stratejisi"]),
        ("Toplantı yapıldı. Dün düzenlenen programda ekonomi ve göç ele alındı.", ["ekonomi", "göç"]),
    ],
)
def test_an_event_held_sets_the_scene(text, expected):
    assert topics(text) == expected
