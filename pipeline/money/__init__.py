"""The money stage (``trnews_money``)."""
