"""The location stage (``trnews_locations``)."""
