// The proof: one contact sheet of every card, each with its number and id
// under it, the cards with warnings framed in red and their warnings
// written out, numbered, under the cards.
#pragma once

#include "game/base/diagnostic.hpp"
#include "tools/card_images.hpp"

#include <string>
#include <vector>

namespace hearth::tools {

struct ProofCard {
    const Card* card = nullptr;
    std::vector<std::string> warnings; // the messages, without file and line
};

// Every card of `deck` with the warnings about it: a diagnostic belongs to
// the card whose entry in the deck file it falls in (the last card that
// starts at or before its line in the same file). Warnings before the first
// card are the deck's own and are left out.
std::vector<ProofCard> proof_cards(const Deck& deck, const std::vector<Diagnostic>& warnings);

struct ProofLayout {
    int columns = 6;
    std::string heading; // the line at the top (the deck's name and counts)
};

// The contact sheet, cards drawn as `spec` says. Throws std::runtime_error
// when SDL cannot make the image.
SurfacePtr make_proof(FontLibrary& fonts, const Deck& deck, const std::vector<ProofCard>& cards,
                      const PrintSpec& spec, const ProofLayout& layout);

// Where each card's picture is on a proof of `count` cards (for tests).
SDL_Rect proof_slot(const PrintSpec& spec, const ProofLayout& layout, int i);

// The proof as a one-page PDF of the image's size at `dpi`; nullopt with
// `error` set if cairo fails.
std::optional<std::string> proof_pdf(SDL_Surface* image, int dpi, const std::string& title,
                                     std::string& error);

} // namespace hearth::tools
