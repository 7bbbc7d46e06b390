"""Reusable pieces that views and dialogs are built from (mood picker, tables, panels,
completers). A widget imports only ui.base."""
