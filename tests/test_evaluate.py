import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import Scores, score_article
from pipeline.schema import Entity, Mention, Money, Record, Topic
from tests.conftest import GOLD_DEV

EMPTY_GOLD = {"persons": [], "countries": [], "missions": [], "organizations": [], "money": [], "topics": [], "dates": []}


def gold(**fields):
    return {**EMPTY_GOLD, **fields}


def record(entities=(), money=(), topics=()):
    return Record(id="x", published=None, entities=list(entities), money=list(money), topics=list(topics))


def org(name, acronym=None):
    return Entity(id="e1", type="ORGANIZATION", name=name, acronym=acronym, mentions=[Mention(start=0, end=1, text="x")])


def test_organization_matches_gold_alias_after_folding_suffixes():
    scores = Scores()
    score_article(record([org("AB'nin")]), gold(organizations=[{"name": "Avrupa Birliği", "aliases": ["AB"]}]), scores)
    assert scores.fields["organizations"].f1 == 1.0


def test_money_matches_within_half_a_percent_and_scores_approximate_separately():
    scores = Scores()
    system = [Money(text="", start=0, end=1, amount=7_020_000_000, currency="USD", approximate=False)]
    score_article(record(money=system), gold(money=[{"amount": 7e9, "currency": "USD", "approximate": True}]), scores)
    assert scores.fields["money"].f1 == 1.0
    assert scores.approximate_accuracy == 0.0


def test_money_in_another_currency_does_not_match():
    scores = Scores()
    system = [Money(text="", start=0, end=1, amount=7e9, currency="EUR")]
    score_article(record(money=system), gold(money=[{"amount": 7e9, "currency": "USD", "approximate": True}]), scores)
    assert scores.fields["money"].true_positives == 0


def test_topics_are_scored_on_five_letter_word_stems():
    scores = Scores()
    system = [Topic(text="düzensiz göçlerle", start=0, end=1)]
    score_article(record(topics=system), gold(topics=["düzensiz göçle mücadele"]), scores)
    counts = scores.fields["topics"]
    assert (counts.true_positives, counts.system, counts.gold) == (2, 2, 3)


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="needs ../shared/gold/dev")
def test_eval_command_on_the_dev_set_reports_countries_f1_of_at_least_095():
    import json

    result = CliRunner().invoke(app, ["eval", str(GOLD_DEV), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["fields"]["countries"]["f1"] >= 0.95
