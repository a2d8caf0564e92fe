"""Banks: reading, checking, layering and compiling the YAML a clinician edits (no front-end code)."""
