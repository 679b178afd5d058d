"""The Identity screen: brand kits (colours, fonts, guidelines) and the asset library."""
