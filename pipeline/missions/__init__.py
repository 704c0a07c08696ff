"""The mission stage (``trnews_missions``)."""
