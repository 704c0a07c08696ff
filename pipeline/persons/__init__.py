"""The person stage (``trnews_persons``) with its helpers: office titles (``titles``), reading names
(``names``) and in-article coreference (``coreference``)."""
