"""Team workshops on the centrale vragen: sessions with cards and dots, and werkbladen."""
