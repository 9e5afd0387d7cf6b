"""Outputs: the briefing (Markdown/HTML) and the exports (ledger, citron, json, csv, parquet)."""
