"""A currency name several countries' currencies share (``riyal``: Saudi, Qatari, Iranian, Omani): the country its
sentence names picks the one.

``data/currencies.tsv`` gives such a name the kind ``shared`` and a code of its own (``riyal``: SAR), the one
read where the sentence names none of the countries; the country-qualified rows with the same head (``İran
riyali``: IRR, ``Katar riyali``: QAR) give each country's word. ``İran 50 trilyon riyal bütçe ayırdı`` and
``İranlı yetkili 50 trilyon riyal dedi`` are in IRR; a sentence naming two of them keeps the code of the name.
Plain ``dolar`` and ``lira`` are not shared: in Turkish news they are the dollar and the Turkish lira whatever
country the sentence names (``Suriye'ye 10 milyon lira yardım``).
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import sentence_bounds, turkish_lower
from pipeline.money.amounts import Currency
from pipeline.money.words import bare_compounds

SHARED = "shared"  #: the kind of such a name in data/currencies.tsv


class SharedNames:
    def __init__(self, currencies: dict[str, Currency]) -> None:
        shared = {turkish_lower(name): name for name, currency in currencies.items() if currency.kind == SHARED}
        #: the shared name -> the pattern of each country's word before it, and that country's currency
        self.countries: dict[str, list[tuple[re.Pattern, Currency]]] = {name: [] for name in shared.values()}
        for name, currency in currencies.items():
            for bare in bare_compounds(name):  # "İran riyali" -> "İran riyal"
                qualifier, _, head = bare.rpartition(" ")
                if turkish_lower(head) in shared:  # "İran" opens "İran", "İranlı", "İran'ın"
                    word = re.compile(rf"(?<![^\W_]){re.escape(qualifier)}")
                    self.countries[shared[turkish_lower(head)]].append((word, currency))

    def currency(self, text: str, start: int, end: int, name: str, written: Currency) -> Currency:
        """The currency of the shared ``name`` written at ``start:end``: the one country its sentence names, else
        ``written``."""
        sentence_start, sentence_stop = sentence_bounds(text, start, end)
        named = {currency for word, currency in self.countries.get(name, ())
                 if word.search(text, sentence_start, sentence_stop)}  # fmt: skip
        return named.pop() if len(named) == 1 else written
