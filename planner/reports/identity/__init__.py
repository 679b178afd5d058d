"""Qt pictures of the visual identity: thumbnails, logos, font samples and the brand-kit sheet."""
