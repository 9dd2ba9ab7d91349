"""Link the annotated sources: cross-source indexes built from per-source contributions
(entities, co-mentions, relations, versions), the consolidated timeline, aliases that
are common words."""
