// Decodes art with SDL_image to prove the table can show it; plugs into
// LoadOptions::check_art so lint and live reload catch broken images.
#pragma once

#include "game/deck/deck_loader.hpp"

namespace hearth {

// A check that fully decodes PNG, JPEG and SVG files with SDL_image.
ArtCheck decode_art_check();

} // namespace hearth
