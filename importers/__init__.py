"""Readers that turn analysts' files into validated dataset content."""
