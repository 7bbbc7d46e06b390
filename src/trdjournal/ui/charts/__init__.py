"""Pieces of the Charts and Trials views: colours, date axis helpers, the medication band."""
