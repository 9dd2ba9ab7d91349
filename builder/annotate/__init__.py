"""Annotate one source at a time (pure, cached by content hash, run on the executor):
entity mentions, names the registry does not know, time expressions, timeline
candidates, quotes, facts, claims, and what the source contributes to the cross-source
indexes."""
