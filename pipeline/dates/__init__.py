"""The date stage (``trnews_dates``)."""
