"""Measuring the bot: evaluation files, leave-one-out and perturbations."""
