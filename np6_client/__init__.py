"""Async SDK for the NP6 CM REST API 8.1.0."""
