"""Present the linked dossier: every generated page (templates in `templates/`), page
fingerprints, the machine-readable exports (JSON, CSV, FollowTheMoney), the site
settings."""
