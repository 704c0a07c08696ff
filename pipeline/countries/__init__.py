"""The country stage (``trnews_countries``)."""
