"""Field-language rules, the phrase matcher and the glossary of terms."""
