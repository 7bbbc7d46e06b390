"""Moving a journal in and out: the trdjournal export (JSON and a CSV zip for spreadsheets)
and imports from trdjournal, Daylio and eMoods files.

Pure Python over the store: parsing happens here, every write goes through ``Journal``.
Both front ends call ``importer.import_file`` and ``document.write_export``.
"""
