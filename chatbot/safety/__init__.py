"""Safety: red-flag triage, personal-advice rules, and the privacy of what is logged."""
