"""The agenda topic stage (``trnews_topics``) with its helpers: sentences as tokens (``clauses``), agenda
cues (``cues``), list items (``items``), the statement finder (``agenda``) and the taxonomy (``taxonomy``)."""
