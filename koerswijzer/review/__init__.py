"""Board review: read schoolplannen as .docx files and judge them against the koers."""
