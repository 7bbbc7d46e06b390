"""Moving a journal in and out: the trdjournal export (JSON and a CSV zip for spreadsheets),
the FHIR R4 Bundle for a clinic's record (fhir.py), and imports from trdjournal, Daylio and
eMoods files.

Pure Python over the store: parsing happens here, every write goes through ``Journal``.
Both front ends call ``importer.import_file`` and ``document.write_export``.
"""
