// The warning for a card whose text does not fit its face, worded the same
// by lint, render and sheet: from the card view's own fit check, with how
// much to cut.
#pragma once

#include "engine/render/card_view.hpp"
#include "game/base/diagnostic.hpp"

#include <optional>
#include <string>

namespace hearth::tools {

// "card 'ID': its text does not fit a SIZE card at a readable size; cut about
// N line(s) (M words)", at the card's place in the deck file; nullopt when it fits.
std::optional<Diagnostic> fit_warning(const Card& card, const CardFitReport& fit,
                                      const std::string& size_name);

} // namespace hearth::tools
