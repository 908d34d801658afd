"""Build-time chart pipeline: validated CSV + metadata + one Altair function -> SVG, PNG, specs, HTML figure."""
