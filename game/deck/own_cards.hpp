// The user's own cards: blank cards written at the table, kept so that later
// sessions of the same deck can draw them. They live in one file per deck,
// $XDG_DATA_HOME/hearth/own-cards/DECK-ID.toml, written in the deck format's
// [[cards]] syntax so a designer can copy them into a deck. They are read
// with the deck loader's own card rules and checked against the deck's types.
#pragma once

#include "game/base/user_folders.hpp"

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

struct OwnCards {
    std::vector<Card> cards;
    Diagnostics diagnostics;
    bool ok() const { return !diagnostics.has_errors(); }
};

// Reads own-cards text; diagnostics name the file as `shown`. Checks: the
// deck format's card keys and values, ids unique among themselves and apart
// from the deck's cards, types the deck has. With errors, `cards` is empty.
OwnCards read_own_cards(std::string_view text, const std::string& shown, const Deck& deck);
// Reads `file`; a missing file is no cards and no error.
OwnCards load_own_cards(const std::filesystem::path& file, const Deck& deck);

// The own-cards file text for `cards`: a comment, then one [[cards]] each.
std::string write_own_cards(const std::vector<Card>& cards);

// `existing` (an own-cards file's text) with `card` added at its end: every
// byte already there (the person's comments, keys, order) stays as it is.
std::string add_own_card_text(std::string_view existing, const Card& card);

// What keeping a card did.
struct OwnCardKept {
    std::vector<Card> cards; // every own card the file now holds (the new one last)
    std::string error;       // empty when it went well
    bool damaged = false;    // the file does not read as own cards: left as it is
};

// Adds `written` to the own-cards `file` of `deck`, in place: under a lock
// (two tables keeping cards at once both keep theirs), reading the file
// again first (a hand edit made meanwhile is kept), with a fresh own id,
// the new [[cards]] appended after every byte already there. Written
// atomically, mode 0600: a person's own words are private.
OwnCardKept keep_own_card(const std::filesystem::path& file, const Card& written, const Deck& deck);

// `written` (a card written at the table) as an own card: a fresh id
// "own-N" not used by `deck` or `existing`, the "written" tag kept.
Card own_card_from(const Card& written, const Deck& deck, const std::vector<Card>& existing);

// The own-cards file of the deck `deck_id`: under $XDG_DATA_HOME (absolute),
// else $HOME/.local/share; nullopt when neither is usable. `env` reads a
// variable (std::getenv in the engine, a map in tests).
std::optional<std::filesystem::path> own_cards_file(const EnvLookup& env, std::string_view deck_id);

} // namespace hearth
