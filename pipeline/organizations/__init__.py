"""The organization stage (``trnews_organizations``)."""
